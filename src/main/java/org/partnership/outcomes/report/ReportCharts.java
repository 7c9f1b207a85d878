package org.partnership.outcomes.report;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.text.NumberFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.title.TextTitle;
import org.partnership.outcomes.config.PartnershipConfig;
import org.partnership.outcomes.config.Theme;
import org.partnership.outcomes.metrics.Metric;
import org.partnership.outcomes.metrics.MetricsTable;
import org.partnership.outcomes.period.Period;
import org.partnership.outcomes.period.ReportPeriods;

/**
 * The charts leadership puts on slides, each drawn from the metrics table so that a chart never
 * shows a figure the workbook does not. Bars per theme leave out All themes, which would dwarf
 * them; its figure is in each chart's subtitle.
 */
final class ReportCharts {

    /** The trend shows at most five years; the Trends sheet has every quarter. */
    static final int TREND_QUARTERS = 20;

    private final PartnershipConfig config;
    private final ReportPeriods periods;
    private final MetricsTable metrics;
    private final ThemeColours colours;
    private final List<String> themes;

    ReportCharts(ReportData data) {
        this.config = data.config();
        this.periods = data.periods();
        this.metrics = data.metrics();
        this.colours = new ThemeColours(config);
        this.themes = config.reportThemeIds().stream().filter(id -> !Theme.ALL.equals(id)).toList();
    }

    List<ChartImage> render() {
        return List.of(jointPublicationsByTheme(), quarterlyTrend(), grantValueByTheme(), phdCompletionsByTheme());
    }

    private ChartImage jointPublicationsByTheme() {
        Period quarter = periods.report();
        Optional<Period> yearBefore = periods.quarterBefore(4);
        String yearBeforeLabel = periods.calendar().quarterLabel(periods.reportQuarter() - 4);
        ThemeBarChart chart = new ThemeBarChart(config, colours);
        String allThemes = "All themes: " + count(quarter, Metric.JOINT_PUBLICATIONS) + " in " + quarter.label();
        if (yearBefore.isPresent()) {
            chart.series(yearBeforeLabel, true, id -> value(yearBefore.get(), id, Metric.JOINT_PUBLICATIONS));
            allThemes += ", " + count(yearBefore.get(), Metric.JOINT_PUBLICATIONS) + " in " + yearBeforeLabel;
        } else {
            allThemes += "; " + yearBeforeLabel + " is before the first record";
        }
        chart.series(quarter.label() + toDate(), false, id -> value(quarter, id, Metric.JOINT_PUBLICATIONS))
                .title("Joint publications by theme: " + quarter.label() + toDate() + " and a year before",
                        "Publications with authors from at least two partners; a publication in two themes counts in"
                                + " each. " + allThemes + asOfNote())
                .valueAxis("Publications", NumberFormat.getIntegerInstance(Locale.UK), true);
        return image("joint-publications-by-theme.png", chart.build(themes));
    }

    private ChartImage quarterlyTrend() {
        List<Period> quarters = periods.quarters();
        List<String> shown = quarters.subList(Math.max(0, quarters.size() - TREND_QUARTERS), quarters.size()).stream()
                .map(Period::label).toList();
        String span = shown.size() < quarters.size() ? "the last " + shown.size() + " quarters" : "every quarter";
        JFreeChart chart = QuarterlyTrendChart.build(
                "Joint publications per quarter, to " + periods.report().label() + toDate(),
                "All themes, " + span + " (the Trends sheet has every quarter and theme)" + asOfNote(),
                shown,
                "Joint publications", label -> metrics.value(label, Theme.ALL, Metric.JOINT_PUBLICATIONS),
                "Joint share of publications", label -> metrics.value(label, Theme.ALL, Metric.JOINT_SHARE));
        return image("quarterly-trend.png", chart);
    }

    private ChartImage grantValueByTheme() {
        Period year = periods.yearToDate();
        String currency = config.baseCurrency();
        NumberFormat money = moneyFormat(currency);
        String allThemes = "All themes: " + money.format(amount(year, Metric.AWARDED_VALUE)) + " (external "
                + money.format(amount(year, Metric.EXTERNAL_VALUE)) + ", seed "
                + money.format(amount(year, Metric.SEED_VALUE)) + ")";
        ThemeBarChart chart = new ThemeBarChart(config, colours)
                .series("External funders", false, id -> value(year, id, Metric.EXTERNAL_VALUE))
                .series("Partnership seed fund", true, id -> value(year, id, Metric.SEED_VALUE))
                .stacked()
                .title("Grant value awarded by theme and funding type: " + year.label() + toDate(),
                        "Awards decided " + DisplayNames.span(year) + ", in " + currency + " at the rate of each"
                                + " decision date; a grant in two themes counts in each. " + allThemes)
                .valueAxis(currencyAxisLabel(currency), money, false);
        return image("grant-value-by-theme.png", chart.build(themes));
    }

    private ChartImage phdCompletionsByTheme() {
        Period year = periods.yearToDate();
        Period allTime = periods.allTime();
        ThemeBarChart chart = new ThemeBarChart(config, colours)
                .series("All time", true, id -> value(allTime, id, Metric.PHD_COMPLETIONS))
                .series(year.label() + toDate(), false, id -> value(year, id, Metric.PHD_COMPLETIONS))
                .title("PhD completions by theme: " + year.label() + toDate() + " and all time",
                        "Collaborative PhD students awarded their degree; a student in two themes counts in each."
                                + " All themes: " + count(year, Metric.PHD_COMPLETIONS) + " in " + year.label() + ", "
                                + count(allTime, Metric.PHD_COMPLETIONS) + " since " + DisplayNames.date(allTime.start()))
                .valueAxis("PhDs awarded (students)", NumberFormat.getIntegerInstance(Locale.UK), true);
        return image("phd-completions-by-theme.png", chart.build(themes));
    }

    private ChartImage image(String fileName, JFreeChart chart) {
        String message = chart.getTitle().getText();
        for (Object subtitle : chart.getSubtitles()) {
            if (subtitle instanceof TextTitle text) {
                message += ". " + text.getText();
            }
        }
        return new ChartImage(fileName, chart.getTitle().getText(), message, ChartRenderer.png(chart));
    }

    private Optional<BigDecimal> value(Period period, String theme, Metric metric) {
        return metrics.value(period.label(), theme, metric);
    }

    private String count(Period period, Metric metric) {
        return value(period, Theme.ALL, metric).map(v -> NumberFormat.getIntegerInstance(Locale.UK).format(v))
                .orElse("–");
    }

    private BigDecimal amount(Period period, Metric metric) {
        return value(period, Theme.ALL, metric).orElse(BigDecimal.ZERO);
    }

    private String toDate() {
        return periods.toDate() ? " to date" : "";
    }

    private String asOfNote() {
        return periods.toDate() ? ". To date: as of " + periods.asOf() : "";
    }

    /** {@code £1,250,000} for pounds, {@code 1,250,000 USD} otherwise, as in the workbook. */
    static NumberFormat moneyFormat(String currency) {
        DecimalFormatSymbols symbols = DecimalFormatSymbols.getInstance(Locale.UK);
        return "GBP".equals(currency) ? new DecimalFormat("£#,##0", symbols)
                : new DecimalFormat("#,##0 '" + currency + "'", symbols);
    }

    static String currencyAxisLabel(String currency) {
        return "GBP".equals(currency) ? "£ (GBP)" : "Value (" + currency + ")";
    }
}
