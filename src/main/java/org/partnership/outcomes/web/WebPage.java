package org.partnership.outcomes.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import org.partnership.outcomes.brief.Figures;
import org.partnership.outcomes.brief.QuarterInBrief;
import org.partnership.outcomes.period.ReportPeriods;
import org.partnership.outcomes.report.ChartImage;
import org.partnership.outcomes.report.DataQuality;
import org.partnership.outcomes.report.PackTables;
import org.partnership.outcomes.report.PackTables.TextTable;
import org.partnership.outcomes.report.ReportData;
import org.partnership.outcomes.report.ReportWriter;

/**
 * {@code index.html}: the brief, the headline table and the charts in one self-contained page.
 * The charts are data: URIs, the style is inline, and a Content-Security-Policy allows nothing
 * else (no script, no request), so the page works offline, attached or forwarded, and can run
 * nothing. Every text from the input is escaped. It reads on a phone and prints on A4.
 */
public final class WebPage {

    public static final String FILE_NAME = "index.html";

    private static final String STYLE = """
            :root { color: #222; font-family: "DejaVu Sans", Arial, Helvetica, sans-serif; line-height: 1.45; }
            body { margin: 0 auto; max-width: 60rem; padding: 1rem; }
            h1 { color: #1f4e79; font-size: 1.7rem; margin: 0.2rem 0; }
            h2 { color: #1f4e79; font-size: 1.25rem; margin: 1.6rem 0 0.5rem; border-bottom: 1px solid #bfbfbf; }
            .partners { font-size: 1.1rem; margin: 0.2rem 0; }
            .when, .note, footer { color: #555; font-size: 0.9rem; }
            ul.brief li { margin-bottom: 0.45rem; }
            .table { overflow-x: auto; }
            table { border-collapse: collapse; font-size: 0.9rem; width: 100%; }
            th, td { padding: 0.3rem 0.45rem; border-bottom: 1px solid #d0d0d0; text-align: right; white-space: nowrap; }
            th:first-child, td:first-child { text-align: left; white-space: normal; min-width: 9rem; }
            thead th { background: #dce6f1; }
            figure { margin: 1rem 0 1.5rem; }
            figure img { display: block; width: 100%; height: auto; }
            figcaption { color: #555; font-size: 0.85rem; }
            @media (max-width: 40rem) { body { padding: 0.6rem; } h1 { font-size: 1.35rem; } table { font-size: 0.8rem; } }
            @page { size: A4; margin: 14mm; }
            @media print {
              body { max-width: none; padding: 0; font-size: 10pt; }
              .table { overflow: visible; }
              table { font-size: 8pt; }
              th, td { white-space: normal; padding: 2pt 3pt; }
              th:first-child { min-width: 0; width: 22%; }
              table, figure, li { break-inside: avoid; }
              h2 { break-after: avoid; }
            }
            """;

    private WebPage() {
    }

    /** Writes {@code index.html} into {@code folder}; returns its path. */
    public static Path write(ReportData data, QuarterInBrief brief, List<ChartImage> charts, Path folder)
            throws IOException {
        Path file = folder.resolve(FILE_NAME);
        Files.writeString(file, html(data, brief, charts), StandardCharsets.UTF_8);
        return file;
    }

    static String html(ReportData data, QuarterInBrief brief, List<ChartImage> charts) {
        ReportPeriods periods = data.periods();
        String quarter = data.quarterLabel() + (periods.toDate() ? " (to date)" : "");
        StringBuilder page = new StringBuilder(1 << 20);
        page.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; img-src data:;"
                        + " style-src 'unsafe-inline'\">\n")
                .append("<title>").append(escape("Partnership outcomes: " + quarter)).append("</title>\n")
                .append("<style>\n").append(STYLE).append("</style>\n</head>\n<body>\n<header>\n")
                .append("<h1>Partnership outcomes: ").append(escape(quarter)).append("</h1>\n")
                .append("<p class=\"partners\">").append(escape(PackTables.partnership(data))).append("</p>\n")
                .append("<p class=\"when\">").append(escape(span(periods))).append("</p>\n</header>\n<main>\n");
        page.append("<section>\n<h2>").append(escape(brief.title())).append("</h2>\n<ul class=\"brief\">\n");
        brief.sentences().forEach(s -> page.append("<li>").append(escape(s)).append("</li>\n"));
        page.append("</ul>\n</section>\n");
        page.append("<section>\n<h2>Headline figures: all themes</h2>\n");
        table(page, PackTables.headlines(data));
        page.append("<p class=\"note\">Each record counted once. Money in ").append(escape(data.config().baseCurrency()))
                .append(". Changes in shares are in percentage points (pp); \u2013 : not available.</p>\n</section>\n");
        page.append("<section>\n<h2>Charts</h2>\n");
        for (ChartImage chart : charts) {
            page.append("<figure>\n<img src=\"data:image/png;base64,")
                    .append(Base64.getEncoder().encodeToString(chart.png()))
                    .append("\" width=\"1600\" height=\"900\" alt=\"").append(escape(chart.message())).append("\">\n")
                    .append("<figcaption>").append(escape(chart.title())).append("</figcaption>\n</figure>\n");
        }
        page.append("</section>\n<section>\n<h2>Themes in ").append(escape(quarter)).append("</h2>\n");
        table(page, PackTables.themes(data));
        page.append("<p class=\"note\">A record in two themes counts in each, so themes add up to more than All"
                + " themes.</p>\n</section>\n</main>\n<footer>\n<p>").append(escape(quality(data))).append("</p>\n<p>")
                .append(escape("Every figure is defined in the Definitions sheet of " + ReportWriter.workbookFileName(data)
                        + " and in docs/metrics.md.")).append("</p>\n</footer>\n</body>\n</html>\n");
        return page.toString();
    }

    private static void table(StringBuilder page, TextTable table) {
        page.append("<div class=\"table\">\n<table>\n<thead><tr>");
        table.header().forEach(h -> page.append("<th scope=\"col\">").append(escape(h)).append("</th>"));
        page.append("</tr></thead>\n<tbody>\n");
        for (List<String> row : table.rows()) {
            page.append("<tr><th scope=\"row\">").append(escape(row.get(0))).append("</th>");
            row.subList(1, row.size()).forEach(v -> page.append("<td>").append(escape(v)).append("</td>"));
            page.append("</tr>\n");
        }
        page.append("</tbody>\n</table>\n</div>\n");
    }

    private static String span(ReportPeriods periods) {
        return periods.toDate()
                ? "To date: " + Figures.date(periods.report().start()) + " to " + Figures.date(periods.asOf())
                        + " (the quarter is not over)"
                : Figures.date(periods.report().start()) + " to " + Figures.date(periods.report().end())
                        + "; as of " + Figures.date(periods.asOf());
    }

    private static String quality(ReportData data) {
        DataQuality quality = data.dataQuality();
        return String.format(Locale.UK, "Data: %,d input rows read, %,d accepted, %,d rejected for data quality;"
                + " %,d duplicate publication rows merged.", quality.rowsRead(), quality.accepted(), quality.rejected(),
                quality.duplicatesMerged());
    }

    /** Text as HTML shows it, never as markup: also inside attribute values. */
    public static String escape(String text) {
        StringBuilder escaped = new StringBuilder(text.length() + 16);
        for (char c : text.toCharArray()) {
            switch (c) {
                case '&' -> escaped.append("&amp;");
                case '<' -> escaped.append("&lt;");
                case '>' -> escaped.append("&gt;");
                case '"' -> escaped.append("&quot;");
                case '\'' -> escaped.append("&#39;");
                default -> escaped.append(c);
            }
        }
        return escaped.toString();
    }
}
