package org.partnership.outcomes.report;

import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.partnership.outcomes.metrics.Metric;
import org.partnership.outcomes.period.Period;
import org.partnership.outcomes.report.CellStyles.Kind;

/**
 * One row per theme (All themes last), and for the report quarter, the fiscal year to date and
 * all time a group of columns holding every metric, exactly as {@code metrics.csv} has it: only
 * the number format rounds.
 */
final class ThemesSheet {

    static final String NAME = "Themes";
    private static final int GROUP_ROW = 3;
    private static final int HEADER_ROW = 4;

    private ThemesSheet() {
    }

    static void write(Workbook workbook, CellWriter cells, ReportData data) {
        Sheet sheet = workbook.createSheet(NAME);
        List<Period> periods = List.of(data.periods().report(), data.periods().yearToDate(), data.periods().allTime());
        List<Metric> metrics = data.metrics().metrics();
        cells.text(sheet.createRow(0), 0, "Metrics by theme", Kind.TITLE);
        cells.text(sheet.createRow(1), 0, "Themes are counted fully, so they add up to more than All themes. Money in "
                + data.config().baseCurrency() + ". An empty cell is undefined (e.g. a ratio over 0), not 0."
                + " Definitions on the Definitions sheet.", Kind.NOTE);
        Row groups = sheet.createRow(GROUP_ROW);
        Row header = sheet.createRow(HEADER_ROW);
        header.setHeightInPoints(62);
        sheet.setColumnWidth(0, 26 * 256);
        cells.text(groups, 0, "", Kind.GROUP_HEADER);
        cells.text(header, 0, "Theme", Kind.HEADER);
        int column = 1;
        for (Period period : periods) {
            int first = column;
            for (Metric metric : metrics) {
                sheet.setColumnWidth(column, 13 * 256);
                cells.text(header, column, DisplayNames.metricWithUnit(metric, data.config().baseCurrency()),
                        Kind.NUMBER_HEADER);
                groups.createCell(column).setCellStyle(cells.styles().get(Kind.GROUP_HEADER));
                column++;
            }
            cells.text(groups, first, DisplayNames.periodHeading(period, data.periods().toDate(), data.periods().asOf())
                    + ": " + DisplayNames.span(period), Kind.GROUP_HEADER);
            sheet.addMergedRegion(new CellRangeAddress(GROUP_ROW, GROUP_ROW, first, column - 1));
            sheet.setColumnBreak(column - 1);
        }
        int r = HEADER_ROW + 1;
        for (String theme : data.config().reportThemeIds()) {
            Row row = sheet.createRow(r++);
            cells.text(row, 0, data.config().themeName(theme), Kind.BOLD);
            int c = 1;
            for (Period period : periods) {
                for (Metric metric : metrics) {
                    cells.metric(row, c++, metric, data.metrics().value(period.label(), theme, metric));
                }
            }
        }
        sheet.createFreezePane(1, HEADER_ROW + 1);
        DetailSheet.layOutPages(sheet);
        sheet.getPrintSetup().setFitWidth((short) periods.size()); // one page per period, theme names repeated
        sheet.setRepeatingColumns(CellRangeAddress.valueOf("A:A"));
        sheet.setRepeatingRows(CellRangeAddress.valueOf((GROUP_ROW + 1) + ":" + (HEADER_ROW + 1)));
    }
}
