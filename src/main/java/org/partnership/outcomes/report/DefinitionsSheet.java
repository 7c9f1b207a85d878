package org.partnership.outcomes.report;

import java.time.Month;
import java.time.format.TextStyle;
import java.util.Locale;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.partnership.outcomes.config.PartnershipConfig;
import org.partnership.outcomes.metrics.Metric;
import org.partnership.outcomes.report.CellStyles.Kind;

/** Each metric in plain words, and what a reader must know to read the figures right. */
final class DefinitionsSheet {

    static final String NAME = "Definitions";
    private static final int NAME_WIDTH = 30;
    private static final int TEXT_WIDTH = 100;

    private DefinitionsSheet() {
    }

    static void write(Workbook workbook, CellWriter cells, ReportData data) {
        Sheet sheet = workbook.createSheet(NAME);
        sheet.setColumnWidth(0, NAME_WIDTH * 256);
        sheet.setColumnWidth(1, 30 * 256);
        sheet.setColumnWidth(2, TEXT_WIDTH * 256);
        DetailSheet.layOutPages(sheet);
        sheet.getPrintSetup().setLandscape(false);
        int r = 0;
        cells.text(sheet.createRow(r++), 0, "Definitions", Kind.TITLE);
        r++;
        Row header = sheet.createRow(r++);
        cells.text(header, 0, "Metric", Kind.HEADER);
        cells.text(header, 1, "Id (metrics.csv)", Kind.HEADER);
        cells.text(header, 2, "Definition", Kind.HEADER);
        String currency = data.config().baseCurrency();
        for (Metric metric : data.metrics().metrics()) {
            Row row = sheet.createRow(r++);
            cells.text(row, 0, DisplayNames.metricWithUnit(metric, currency), Kind.WRAP);
            cells.text(row, 1, metric.id());
            cells.text(row, 2, metric.definition(), Kind.WRAP);
            fitHeight(row, Math.max(lines(DisplayNames.metricWithUnit(metric, currency), NAME_WIDTH),
                    lines(metric.definition(), TEXT_WIDTH)));
        }
        r++;
        cells.text(sheet.createRow(r++), 0, "How to read the figures", Kind.SECTION);
        java.util.List<String[]> notes = new java.util.ArrayList<>(java.util.Arrays.asList(notes(data)));
        if (data.metrics().hasProgrammes()) {
            notes.add(PROGRAMMES_NOTE);
        }
        for (String[] note : notes) {
            Row row = sheet.createRow(r++);
            cells.text(row, 0, note[0], Kind.BOLD);
            cells.text(row, 2, note[1], Kind.WRAP);
            fitHeight(row, lines(note[1], TEXT_WIDTH));
        }
    }

    /**
     * Lines that wrapped text takes in a column of {@code width} characters, estimated: neither
     * SXSSF nor every spreadsheet sizes rows to wrapped text, and text would overlap the next row.
     */
    static int lines(String text, int width) {
        int perLine = width * 115 / 100; // a column's width counts digits; text averages narrower
        int lines = 1;
        int used = 0;
        for (String word : text.split(" ")) {
            if (used > 0 && used + 1 + word.length() > perLine) {
                lines++;
                used = 0;
            }
            used += (used > 0 ? 1 : 0) + word.length();
        }
        return lines;
    }

    private static void fitHeight(Row row, int lines) {
        if (lines > 1) {
            row.setHeightInPoints(lines * 15f);
        }
    }

    private static String[][] notes(ReportData data) {
        PartnershipConfig config = data.config();
        String startMonth = Month.of(config.fiscalYearStartMonth()).getDisplayName(TextStyle.FULL, Locale.UK);
        return new String[][] {
            {"Fiscal quarters", "Fiscal years start in " + startMonth + "; Q1 is its first three months. "
                    + data.quarterLabel() + " runs " + DisplayNames.span(data.periods().report()) + "."},
            {"Fiscal year to date (YTD)", "From the first day of the fiscal year to the end of the report quarter."},
            {"All time", "From the first day of the quarter of the earliest record to the end of the report quarter."},
            {"To date", "A report quarter that has not ended by the as-of date is \"to date\": it, the year to date and"
                    + " all time end on the as-of date (" + data.periods().asOf() + "). Records dated after the as-of"
                    + " date are in no period."},
            {"Themes", "A record in two themes counts fully in each, and once in All themes, so the themes add up to"
                    + " more than All themes. A record in no theme is Unclassified."},
            {"Money", "All values are in " + config.baseCurrency() + ": each award is converted at the latest rate on or"
                    + " before its decision date."},
            {"Empty cells", "A ratio whose denominator is 0, and a mean or median of nothing, is left empty: it is"
                    + " undefined, not 0."},
            {"Changes", "On the Summary sheet a change in a share is in percentage points (pp)."},
        };
    }

    /** Said only in a report with programme activities. */
    private static final String[] PROGRAMMES_NOTE = {"Programmes", "Exchanges, fellowships, events and innovation"
            + " milestones count when active or completed, by their start date; planned and cancelled ones are listed"
            + " on the Programmes sheet and counted in no metric. An end date after the as-of date has not happened"
            + " yet."};
}
