package org.partnership.outcomes.report;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.partnership.outcomes.brief.Figures;
import org.partnership.outcomes.config.Theme;
import org.partnership.outcomes.metrics.Metric;
import org.partnership.outcomes.period.Period;
import org.partnership.outcomes.period.ReportPeriods;

/**
 * The Summary's headline table and the themes table as text, for the deck and the web page: the
 * same figures as the workbook, rounded as its cells show them.
 */
public final class PackTables {

    /** The headline figures of the themes table, for the report quarter. */
    static final List<Metric> THEME_COLUMNS = List.of(Metric.JOINT_PUBLICATIONS, Metric.JOINT_SHARE,
            Metric.GRANTS_AWARDED, Metric.AWARDED_VALUE, Metric.PHD_COMPLETIONS, Metric.PHD_ACTIVE_AT_END);

    /** A table of text; the first column names the row. */
    public record TextTable(List<String> header, List<List<String>> rows) {
    }

    private PackTables() {
    }

    /** Measure, the quarter, the previous quarter and change, a year before and change, the year to date. */
    public static TextTable headlines(ReportData data) {
        ReportPeriods periods = data.periods();
        Period quarter = periods.report();
        String previous = periods.calendar().quarterLabel(periods.reportQuarter() - 1);
        String yearBefore = periods.calendar().quarterLabel(periods.reportQuarter() - 4);
        List<String> header = List.of("Measure", quarter.label() + (periods.toDate() ? " (to date)" : ""), previous,
                "Change", yearBefore, "Change", periods.yearToDate().label());
        List<List<String>> rows = new ArrayList<>();
        for (Metric metric : SummarySheet.HEADLINES) {
            Optional<BigDecimal> now = value(data, Optional.of(quarter), metric);
            Optional<BigDecimal> before = value(data, periods.quarterBefore(1), metric);
            Optional<BigDecimal> lastYear = value(data, periods.quarterBefore(4), metric);
            rows.add(List.of(DisplayNames.metricWithUnit(metric, data.config().baseCurrency()), show(data, metric, now),
                    show(data, metric, before), change(data, metric, now, before), show(data, metric, lastYear),
                    change(data, metric, now, lastYear),
                    show(data, metric, value(data, Optional.of(periods.yearToDate()), metric))));
        }
        return new TextTable(header, rows);
    }

    /** One row per theme (All themes last) for the report quarter. */
    public static TextTable themes(ReportData data) {
        List<String> header = new ArrayList<>(List.of("Theme"));
        THEME_COLUMNS.forEach(m -> header.add(DisplayNames.metricWithUnit(m, data.config().baseCurrency())));
        List<List<String>> rows = new ArrayList<>();
        Period quarter = data.periods().report();
        for (String theme : data.config().reportThemeIds()) {
            List<String> row = new ArrayList<>(List.of(data.config().themeName(theme)));
            THEME_COLUMNS.forEach(m -> row.add(show(data, m, data.metrics().value(quarter.label(), theme, m))));
            rows.add(row);
        }
        return new TextTable(header, rows);
    }

    /** The name of a metric as the workbook's headings say it. */
    public static String metricName(Metric metric) {
        return DisplayNames.metric(metric);
    }

    /** "University College London – Indian Institute of Science, Bengaluru" */
    public static String partnership(ReportData data) {
        return DisplayNames.partnership(data.config());
    }

    private static Optional<BigDecimal> value(ReportData data, Optional<Period> period, Metric metric) {
        return period.flatMap(p -> data.metrics().value(p.label(), Theme.ALL, metric));
    }

    private static String show(ReportData data, Metric metric, Optional<BigDecimal> value) {
        return value.map(v -> Figures.format(metric.unit(), v, data.config().baseCurrency())).orElse("\u2013");
    }

    private static String change(ReportData data, Metric metric, Optional<BigDecimal> now, Optional<BigDecimal> then) {
        if (now.isEmpty() || then.isEmpty()) {
            return "\u2013";
        }
        return Figures.signedChange(metric.unit(), now.get(), then.get(), data.config().baseCurrency());
    }
}
