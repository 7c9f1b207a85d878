package org.partnership.outcomes.deck;

import java.awt.Color;
import java.awt.Dimension;
import java.awt.geom.Rectangle2D;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.apache.poi.sl.usermodel.PictureData;
import org.apache.poi.sl.usermodel.TableCell.BorderEdge;
import org.apache.poi.sl.usermodel.VerticalAlignment;
import org.apache.poi.xslf.usermodel.XMLSlideShow;
import org.apache.poi.xslf.usermodel.XSLFPictureData;
import org.apache.poi.xslf.usermodel.XSLFPictureShape;
import org.apache.poi.xslf.usermodel.XSLFSlide;
import org.apache.poi.xslf.usermodel.XSLFTable;
import org.apache.poi.xslf.usermodel.XSLFTableCell;
import org.apache.poi.xslf.usermodel.XSLFTextBox;
import org.apache.poi.xslf.usermodel.XSLFTextParagraph;
import org.apache.poi.xslf.usermodel.XSLFTextRun;
import org.openxmlformats.schemas.presentationml.x2006.main.CTPicture;
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
 * The slide deck leadership presents: a title slide, the quarter in brief, the headline table,
 * one slide per chart (the PNGs of the workbook, each with its message as alt text), the themes
 * table and a closing slide on data quality and where the definitions are. 16:9, blank slides
 * with their own text boxes, so that PowerPoint and LibreOffice lay them out alike.
 */
public final class DeckWriter {

    /** 13.33 x 7.5 inches, in points. */
    static final int WIDTH = 960;
    static final int HEIGHT = 540;
    private static final double MARGIN = 40;
    private static final String FONT = "Arial";
    private static final Color INK = new Color(0x222222);
    private static final Color MUTED = new Color(0x555555);
    private static final Color ACCENT = new Color(0x1F4E79);
    private static final Color HEADER_FILL = new Color(0xDCE6F1);
    private static final Color RULE = new Color(0xBFBFBF);
    /** Rows of the themes table per slide: 12 pt type on 16:9 holds about this many. */
    static final int THEME_ROWS_PER_SLIDE = 14;

    private final ReportData data;
    private final XMLSlideShow deck;

    private DeckWriter(ReportData data, XMLSlideShow deck) {
        this.data = data;
        this.deck = deck;
        deck.setPageSize(new Dimension(WIDTH, HEIGHT));
    }

    /** {@code partnership-report-FY2026-27-Q2.pptx} */
    public static String fileName(ReportData data) {
        return "partnership-report-" + data.quarterSlug() + ".pptx";
    }

    /** Writes the deck into {@code folder}; returns its path. */
    public static Path write(ReportData data, QuarterInBrief brief, List<ChartImage> charts, Path folder)
            throws IOException {
        Path file = folder.resolve(fileName(data));
        try (XMLSlideShow deck = new XMLSlideShow(); OutputStream out = Files.newOutputStream(file)) {
            new DeckWriter(data, deck).slides(brief, charts);
            deck.write(out);
        }
        return file;
    }

    private DeckWriter slides(QuarterInBrief brief, List<ChartImage> charts) {
        titleSlide();
        briefSlide(brief);
        tableSlide("Headline figures: all themes", PackTables.headlines(data),
                "Each record counted once. Changes in shares are in percentage points (pp); \u2013 : not available.");
        for (ChartImage chart : charts) {
            chartSlide(chart);
        }
        // many themes continue on further slides rather than shrink below reading size
        TextTable themes = PackTables.themes(data);
        int pages = (themes.rows().size() + THEME_ROWS_PER_SLIDE - 1) / THEME_ROWS_PER_SLIDE;
        for (int page = 0; page < pages; page++) {
            List<List<String>> rows = themes.rows().subList(page * THEME_ROWS_PER_SLIDE,
                    Math.min(themes.rows().size(), (page + 1) * THEME_ROWS_PER_SLIDE));
            tableSlide("Themes in " + quarterName() + (pages > 1 ? " (" + (page + 1) + " of " + pages + ")" : ""),
                    new TextTable(themes.header(), rows), "A publication, grant or student in two themes counts in"
                            + " each, so themes add up to more than All themes.");
        }
        closingSlide();
        return this;
    }

    private void titleSlide() {
        XSLFSlide slide = deck.createSlide();
        ReportPeriods periods = data.periods();
        text(slide, new Rectangle2D.Double(MARGIN, 150, WIDTH - 2 * MARGIN, 60), "Partnership outcomes", 40, true, ACCENT);
        text(slide, new Rectangle2D.Double(MARGIN, 215, WIDTH - 2 * MARGIN, 70), PackTables.partnership(data), 24, false,
                INK);
        text(slide, new Rectangle2D.Double(MARGIN, 300, WIDTH - 2 * MARGIN, 40), "Quarterly report: " + quarterName(),
                28, true, INK);
        String dates = periods.toDate()
                ? "To date: " + Figures.date(periods.report().start()) + " to " + Figures.date(periods.asOf())
                        + " (the quarter is not over)"
                : Figures.date(periods.report().start()) + " to " + Figures.date(periods.report().end());
        text(slide, new Rectangle2D.Double(MARGIN, 345, WIDTH - 2 * MARGIN, 30), dates, 18, false, MUTED);
        text(slide, new Rectangle2D.Double(MARGIN, 375, WIDTH - 2 * MARGIN, 30),
                "As of " + Figures.date(periods.asOf()), 18, false, MUTED);
    }

    private void briefSlide(QuarterInBrief brief) {
        XSLFSlide slide = titled(brief.title());
        XSLFTextBox box = box(slide, new Rectangle2D.Double(MARGIN, 95, WIDTH - 2 * MARGIN, HEIGHT - 135));
        int characters = brief.sentences().stream().mapToInt(String::length).sum();
        // about 2,000 characters fit at 13 pt; fewer words get larger type
        double size = characters > 2000 ? 12 : characters > 1500 ? 13 : characters > 1000 ? 15 : 18;
        for (String sentence : brief.sentences()) {
            XSLFTextParagraph paragraph = box.addNewTextParagraph();
            paragraph.setBullet(true);
            paragraph.setLeftMargin(18.0);
            paragraph.setIndent(-18.0);
            paragraph.setSpaceAfter(40.0);
            run(paragraph, sentence, size, false, INK);
        }
    }

    private void tableSlide(String title, TextTable table, String note) {
        XSLFSlide slide = titled(title);
        int columns = table.header().size();
        int rows = table.rows().size() + 1;
        XSLFTable shape = slide.createTable(rows, columns);
        double width = WIDTH - 2 * MARGIN;
        double first = width * (columns > 6 ? 0.28 : 0.30);
        double rowHeight = Math.min(30, (HEIGHT - 180.0) / rows);
        double size = 12;
        for (int c = 0; c < columns; c++) {
            shape.setColumnWidth(c, c == 0 ? first : (width - first) / (columns - 1));
        }
        for (int r = 0; r < rows; r++) {
            shape.setRowHeight(r, rowHeight);
            List<String> values = r == 0 ? table.header() : table.rows().get(r - 1);
            for (int c = 0; c < columns; c++) {
                XSLFTableCell cell = shape.getCell(r, c);
                cell.setVerticalAlignment(VerticalAlignment.MIDDLE);
                cell.setInsets(new org.apache.poi.sl.usermodel.Insets2D(2, 4, 2, 4));
                cell.setBorderColor(BorderEdge.bottom, RULE);
                cell.setBorderWidth(BorderEdge.bottom, 0.75);
                if (r == 0) {
                    cell.setFillColor(HEADER_FILL);
                }
                XSLFTextParagraph paragraph = cell.addNewTextParagraph();
                paragraph.setTextAlign(c == 0 ? org.apache.poi.sl.usermodel.TextParagraph.TextAlign.LEFT
                        : org.apache.poi.sl.usermodel.TextParagraph.TextAlign.RIGHT);
                boolean bold = r == 0 || r == rows - 1 && values.get(0).equals("All themes");
                run(paragraph, values.get(c), size, bold, INK);
            }
        }
        shape.setAnchor(new Rectangle2D.Double(MARGIN, 95, width, rowHeight * rows));
        text(slide, new Rectangle2D.Double(MARGIN, HEIGHT - 75, WIDTH - 2 * MARGIN, 30), note, 11, false, MUTED);
    }

    private void chartSlide(ChartImage chart) {
        XSLFSlide slide = deck.createSlide();
        XSLFPictureData picture = deck.addPicture(chart.png(), PictureData.PictureType.PNG);
        XSLFPictureShape shape = slide.createPicture(picture);
        // the chart carries its own title; it fills the slide at its own 16:9 proportions
        double height = HEIGHT - 2 * 20 - 20;
        double width = height * 16 / 9;
        shape.setAnchor(new Rectangle2D.Double((WIDTH - width) / 2, 20, width, height));
        var properties = ((CTPicture) shape.getXmlObject()).getNvPicPr().getCNvPr();
        properties.setName(chart.fileName());
        properties.setDescr(chart.message());
        footer(slide);
    }

    private void closingSlide() {
        XSLFSlide slide = titled("Data quality and definitions");
        DataQuality quality = data.dataQuality();
        long afterAsOf = quality.files().stream().mapToLong(f -> f.rowsAfterAsOf()).sum();
        List<String> lines = List.of(
                String.format(Locale.UK, "%,d input rows read: %,d accepted, %,d rejected for data quality (each"
                        + " with its reason in the workbook's Data Quality sheet and in rejects.csv).",
                        quality.rowsRead(), quality.accepted(), quality.rejected()),
                String.format(Locale.UK, "%,d duplicate publication rows merged (the same DOI, or title and year,"
                        + " exported by more than one partner).", quality.duplicatesMerged()),
                String.format(Locale.UK, "%,d rows dated after the as-of date (%s) left out of every period.",
                        afterAsOf, Figures.date(data.periods().asOf())),
                "Every figure is defined in the Definitions sheet of " + ReportWriter.workbookFileName(data)
                        + " and in docs/metrics.md; metrics.csv holds every figure unrounded.",
                "A quarter marked \u201cto date\u201d is not over. An empty value (\u2013) is not defined, never zero.");
        XSLFTextBox box = box(slide, new Rectangle2D.Double(MARGIN, 95, WIDTH - 2 * MARGIN, HEIGHT - 135));
        for (String line : lines) {
            XSLFTextParagraph paragraph = box.addNewTextParagraph();
            paragraph.setBullet(true);
            paragraph.setLeftMargin(18.0);
            paragraph.setIndent(-18.0);
            paragraph.setSpaceAfter(60.0);
            run(paragraph, line, 18, false, INK);
        }
    }

    private XSLFSlide titled(String title) {
        XSLFSlide slide = deck.createSlide();
        text(slide, new Rectangle2D.Double(MARGIN, 28, WIDTH - 2 * MARGIN, 50), title, 28, true, ACCENT);
        footer(slide);
        return slide;
    }

    private void footer(XSLFSlide slide) {
        text(slide, new Rectangle2D.Double(MARGIN, HEIGHT - 32, WIDTH - 2 * MARGIN, 22),
                "Partnership outcomes \u00b7 " + quarterName() + " \u00b7 as of " + Figures.date(data.periods().asOf())
                        + " \u00b7 " + deck.getSlides().size(), 10, false, MUTED);
    }

    private String quarterName() {
        return data.quarterLabel() + (data.periods().toDate() ? " (to date)" : "");
    }

    private static XSLFTextBox box(XSLFSlide slide, Rectangle2D anchor) {
        XSLFTextBox box = slide.createTextBox();
        box.setAnchor(anchor);
        box.setWordWrap(true);
        box.clearText();
        return box;
    }

    private static void text(XSLFSlide slide, Rectangle2D anchor, String text, double size, boolean bold, Color colour) {
        run(box(slide, anchor).addNewTextParagraph(), text, size, bold, colour);
    }

    private static XSLFTextRun run(XSLFTextParagraph paragraph, String text, double size, boolean bold, Color colour) {
        XSLFTextRun run = paragraph.addNewTextRun();
        run.setText(text);
        run.setFontFamily(FONT);
        run.setFontSize(size);
        run.setBold(bold);
        run.setFontColor(colour);
        return run;
    }
}
