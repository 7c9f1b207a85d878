package org.partnership.outcomes.report;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.apache.poi.ss.usermodel.Drawing;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.util.Units;
import org.partnership.outcomes.brief.QuarterInBrief;
import org.partnership.outcomes.config.Theme;
import org.partnership.outcomes.metrics.Metric;
import org.partnership.outcomes.period.Period;
import org.partnership.outcomes.period.ReportPeriods;
import org.partnership.outcomes.report.CellStyles.Kind;

/**
 * The page leadership reads first: the headline figures of the report quarter for all themes
 * against the quarter before and the same quarter a year before, a line on data quality, and
 * the charts.
 */
final class SummarySheet {

    static final String NAME = "Summary";

    static final List<Metric> HEADLINES = List.of(Metric.PUBLICATIONS, Metric.JOINT_PUBLICATIONS, Metric.JOINT_SHARE,
            Metric.JOINT_CITATIONS_PER_PAPER, Metric.GRANTS_AWARDED, Metric.AWARDED_VALUE, Metric.EXTERNAL_VALUE,
            Metric.GRANT_SUCCESS_RATE, Metric.LEVERAGE_RATIO, Metric.PHD_COMPLETIONS, Metric.PHD_ACTIVE_AT_END);

    /** Charts are shown at this share of their pixel size, two side by side. */
    private static final double CHART_SCALE = 0.42;
    private static final int COLUMNS = 9;
    private static final int BRIEF_LINE_CHARACTERS = 140;

    private SummarySheet() {
    }

    /** Where the charts go: they are drawn while the other sheets are written, and placed last. */
    record ChartPlace(Sheet sheet, int firstRow) {
        void add(List<ChartImage> charts) {
            addCharts(sheet, firstRow, charts);
        }
    }

    static ChartPlace write(Workbook workbook, CellWriter cells, ReportData data, QuarterInBrief brief) {
        Sheet sheet = workbook.createSheet(NAME);
        sheet.setColumnWidth(0, 36 * 256);
        for (int c = 1; c < COLUMNS + 12; c++) { // also the columns the charts span, for PictureAnchors
            sheet.setColumnWidth(c, (c < COLUMNS ? 14 : 12) * 256);
        }
        DetailSheet.layOutPages(sheet);
        title(sheet, cells, data);
        int r = brief(sheet, cells, brief, 4);
        r = headlines(sheet, cells, data, r + 1);
        r++;
        DataQuality quality = data.dataQuality();
        cells.text(sheet.createRow(r++), 0, String.format(Locale.UK, "Data: %,d rows read, %,d accepted, %,d rejected"
                + " (see Data Quality); %,d duplicate publication rows merged.", quality.rowsRead(), quality.accepted(),
                quality.rejected(), quality.duplicatesMerged()), Kind.TEXT);
        cells.text(sheet.createRow(r++), 0, "\u2013 : not available (the quarter is before the first record, or the"
                + " value is undefined, e.g. a ratio over 0).", Kind.NOTE);
        r++;
        sheet.setRowBreak(r - 1); // the figures on the first printed page, the charts on the next
        cells.text(sheet.createRow(r++), 0, "Charts (also saved as PNG files in charts/)", Kind.SECTION);
        return new ChartPlace(sheet, r);
    }

    private static void title(Sheet sheet, CellWriter cells, ReportData data) {
        ReportPeriods periods = data.periods();
        Period quarter = periods.report();
        Row titleRow = sheet.createRow(0);
        titleRow.setHeightInPoints(24);
        cells.text(titleRow, 0, "Partnership outcomes: " + DisplayNames.partnership(data.config()), Kind.TITLE);
        String heading = periods.toDate()
                ? "Report quarter " + quarter.label() + ", to date (as of " + periods.asOf() + "): "
                : "Report quarter " + quarter.label() + ": ";
        cells.text(sheet.createRow(1), 0, heading + DisplayNames.span(quarter), Kind.SUBTITLE);
        cells.text(sheet.createRow(2), 0, "All themes, each record counted once. Money in "
                + data.config().baseCurrency() + ". Changes in shares are in percentage points (pp)."
                + (periods.toDate() ? " The report quarter is not over: it is compared with whole quarters." : ""),
                Kind.NOTE);
    }

    /** The quarter in brief from {@code firstRow}, one wrapped sentence per row; returns the row after it. */
    private static int brief(Sheet sheet, CellWriter cells, QuarterInBrief brief, int firstRow) {
        int r = firstRow;
        cells.text(sheet.createRow(r++), 0, brief.title(), Kind.SECTION);
        for (String sentence : brief.sentences()) {
            Row row = sheet.createRow(r);
            cells.text(row, 0, "\u2022 " + sentence, Kind.WRAP);
            sheet.addMergedRegion(new CellRangeAddress(r, r, 0, COLUMNS - 1));
            // a merged cell does not grow to fit its text: about 140 characters fit on a line of A:I
            row.setHeightInPoints(15f * (1 + sentence.length() / BRIEF_LINE_CHARACTERS));
            r++;
        }
        return r;
    }

    /** The headline table from {@code firstRow}; returns the row after it. */
    private static int headlines(Sheet sheet, CellWriter cells, ReportData data, int firstRow) {
        ReportPeriods periods = data.periods();
        Period quarter = periods.report();
        Row groups = sheet.createRow(firstRow);
        groups.setHeightInPoints(30);
        for (int c = 0; c < COLUMNS; c++) {
            groups.createCell(c).setCellStyle(cells.styles().get(Kind.GROUP_HEADER));
        }
        cells.text(groups, 1, quarter.label() + (periods.toDate() ? " (to date)" : ""), Kind.GROUP_HEADER);
        cells.text(groups, 2, "Previous quarter: " + periods.calendar().quarterLabel(periods.reportQuarter() - 1),
                Kind.GROUP_HEADER);
        cells.text(groups, 5, "Same quarter a year before: "
                + periods.calendar().quarterLabel(periods.reportQuarter() - 4), Kind.GROUP_HEADER);
        cells.text(groups, 8, periods.yearToDate().label(), Kind.GROUP_HEADER);
        sheet.addMergedRegion(new CellRangeAddress(firstRow, firstRow, 2, 4));
        sheet.addMergedRegion(new CellRangeAddress(firstRow, firstRow, 5, 7));
        Row header = sheet.createRow(firstRow + 1);
        header.setHeightInPoints(30);
        String[] headings = {"Measure", "Value", "Value", "Change", "Change %", "Value", "Change", "Change %", "Value"};
        for (int c = 0; c < headings.length; c++) {
            cells.text(header, c, headings[c], c == 0 ? Kind.HEADER : Kind.NUMBER_HEADER);
        }
        Optional<Period> before = periods.quarterBefore(1);
        Optional<Period> lastYear = periods.quarterBefore(4);
        int r = firstRow + 2;
        for (Metric metric : HEADLINES) {
            Row row = sheet.createRow(r++);
            Optional<BigDecimal> now = value(data, Optional.of(quarter), metric);
            cells.text(row, 0, DisplayNames.metricWithUnit(metric, data.config().baseCurrency()));
            valueOrDash(cells, row, 1, metric, now);
            comparison(cells, row, 2, metric, now, value(data, before, metric));
            comparison(cells, row, 5, metric, now, value(data, lastYear, metric));
            valueOrDash(cells, row, 8, metric, value(data, Optional.of(periods.yearToDate()), metric));
        }
        return r;
    }

    private static Optional<BigDecimal> value(ReportData data, Optional<Period> period, Metric metric) {
        return period.flatMap(p -> data.metrics().value(p.label(), Theme.ALL, metric));
    }

    private static void valueOrDash(CellWriter cells, Row row, int column, Metric metric, Optional<BigDecimal> value) {
        if (value.isPresent()) {
            cells.metric(row, column, metric, value);
        } else {
            cells.text(row, column, "\u2013", Kind.MISSING);
        }
    }

    /** The earlier value, the change and the change in per cent (none for a share: pp say it better). */
    private static void comparison(CellWriter cells, Row row, int column, Metric metric, Optional<BigDecimal> now,
            Optional<BigDecimal> then) {
        valueOrDash(cells, row, column, metric, then);
        if (now.isEmpty() || then.isEmpty()) {
            cells.text(row, column + 1, "\u2013", Kind.MISSING);
            cells.text(row, column + 2, "\u2013", Kind.MISSING);
            return;
        }
        BigDecimal change = now.get().subtract(then.get());
        boolean share = metric.unit() == Metric.Unit.SHARE;
        cells.number(row, column + 1, (share ? change.movePointRight(2) : change).doubleValue(),
                CellStyles.changeFor(metric.unit()));
        if (share || then.get().signum() == 0) {
            cells.text(row, column + 2, "\u2013", Kind.MISSING);
        } else {
            cells.number(row, column + 2, change.divide(then.get().abs(), MathContext.DECIMAL64).doubleValue(),
                    Kind.CHANGE_PERCENT);
        }
    }

    private static void addCharts(Sheet sheet, int firstRow, List<ChartImage> charts) {
        Drawing<?> drawing = sheet.createDrawingPatriarch();
        long width = Units.pixelToEMU((int) Math.round(ChartRenderer.WIDTH * CHART_SCALE));
        long height = Units.pixelToEMU((int) Math.round(ChartRenderer.HEIGHT * CHART_SCALE));
        long gap = Units.pixelToEMU(12);
        for (int i = 0; i < charts.size(); i++) {
            int picture = sheet.getWorkbook().addPicture(charts.get(i).png(), Workbook.PICTURE_TYPE_PNG);
            long x = (i % 2) * (width + gap);
            long y = (i / 2) * (height + gap);
            drawing.createPicture(PictureAnchors.place(sheet, firstRow, x, y, width, height), picture);
        }
    }
}
