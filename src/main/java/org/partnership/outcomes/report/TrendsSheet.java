package org.partnership.outcomes.report;

import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.partnership.outcomes.metrics.Metric;
import org.partnership.outcomes.period.Period;
import org.partnership.outcomes.report.CellStyles.Kind;

/**
 * Quarter by quarter, one block per headline metric (and per programme metric, when the run has
 * activities): a row per quarter, a column per theme. A
 * block per metric reads down like a time series and compares themes across, which a block per
 * theme would not.
 */
final class TrendsSheet {

    static final String NAME = "Trends";

    static final List<Metric> METRICS = List.of(Metric.PUBLICATIONS, Metric.JOINT_PUBLICATIONS, Metric.JOINT_SHARE,
            Metric.JOINT_CITATIONS_PER_PAPER, Metric.GRANTS_AWARDED, Metric.GRANT_SUCCESS_RATE, Metric.AWARDED_VALUE,
            Metric.EXTERNAL_VALUE, Metric.LEVERAGE_RATIO, Metric.PHD_COMPLETIONS, Metric.PHD_ACTIVE_AT_END);

    private TrendsSheet() {
    }

    static void write(Workbook workbook, CellWriter cells, ReportData data) {
        Sheet sheet = workbook.createSheet(NAME);
        List<String> themes = data.config().reportThemeIds();
        List<Period> quarters = data.periods().quarters();
        sheet.setColumnWidth(0, 28 * 256);
        for (int c = 1; c <= themes.size(); c++) {
            sheet.setColumnWidth(c, 14 * 256);
        }
        DetailSheet.layOutPages(sheet);
        int r = 0;
        cells.text(sheet.createRow(r++), 0, "Trends by quarter", Kind.TITLE);
        cells.text(sheet.createRow(r++), 0, "One block per metric, a row per quarter and a column per theme. Themes"
                + " are counted fully. Money in " + data.config().baseCurrency() + "."
                + (data.periods().toDate() ? " The last quarter is to date (as of " + data.periods().asOf() + ")." : ""),
                Kind.NOTE);
        List<Metric> metrics = new java.util.ArrayList<>(METRICS);
        data.metrics().metrics().stream().filter(Metric::isProgramme).forEach(metrics::add);
        for (Metric metric : metrics) {
            r++;
            cells.text(sheet.createRow(r++), 0, DisplayNames.metricWithUnit(metric, data.config().baseCurrency()),
                    Kind.SECTION);
            Row header = sheet.createRow(r++);
            header.setHeightInPoints(45);
            cells.text(header, 0, "Quarter", Kind.HEADER);
            for (int t = 0; t < themes.size(); t++) {
                cells.text(header, t + 1, data.config().themeName(themes.get(t)), Kind.NUMBER_HEADER);
            }
            for (Period quarter : quarters) {
                Row row = sheet.createRow(r++);
                cells.text(row, 0, DisplayNames.periodHeading(quarter, data.periods().toDate(), data.periods().asOf()));
                for (int t = 0; t < themes.size(); t++) {
                    cells.metric(row, t + 1, metric, data.metrics().value(quarter.label(), themes.get(t), metric));
                }
            }
        }
    }
}
