package org.partnership.outcomes.brief;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import org.partnership.outcomes.config.PartnershipConfig;
import org.partnership.outcomes.config.Theme;
import org.partnership.outcomes.metrics.Metric;
import org.partnership.outcomes.metrics.MetricsTable;
import org.partnership.outcomes.period.Period;
import org.partnership.outcomes.period.ReportPeriods;

/**
 * Composes the quarter in brief from the metrics table alone (what {@code metrics.csv} holds) and
 * the run's row counts. Every sentence states only what the figures show: an unchanged figure is
 * "unchanged", a change over a base of zero has no percentage, a period the report does not cover
 * is said to be before the first record.
 */
public final class BriefComposer {

    /** A theme with fewer joint publications than this in both quarters is not ranked: one paper would swing it. */
    static final int FEWEST_TO_COMPARE = 5;

    /** The headline movements, in the order leadership asked for them. */
    static final List<Metric> HEADLINES = List.of(Metric.JOINT_PUBLICATIONS, Metric.JOINT_SHARE,
            Metric.AWARDED_VALUE, Metric.LEVERAGE_RATIO, Metric.PHD_COMPLETIONS);

    /** How many input rows were read and how many were left out as faulty. */
    public record RowCounts(long read, long rejected) {
    }

    private final PartnershipConfig config;
    private final ReportPeriods periods;
    private final MetricsTable metrics;
    private final Period quarter;
    private final String quarterName;

    private BriefComposer(PartnershipConfig config, ReportPeriods periods, MetricsTable metrics) {
        this.config = config;
        this.periods = periods;
        this.metrics = metrics;
        this.quarter = periods.report();
        this.quarterName = quarter.label() + (periods.toDate() ? " (to date)" : "");
    }

    public static QuarterInBrief compose(PartnershipConfig config, ReportPeriods periods, MetricsTable metrics,
            RowCounts rows) {
        return new BriefComposer(config, periods, metrics).sentences(rows);
    }

    private QuarterInBrief sentences(RowCounts rows) {
        List<String> sentences = new ArrayList<>();
        boolean empty = empty();
        if (empty) {
            sentences.add("Nothing is recorded for " + quarterName + ": no publications, grant decisions or PhD"
                    + " completions.");
        } else {
            HEADLINES.forEach(metric -> sentences.add(movement(metric)));
            themes().ifPresent(sentences::add);
            whatIsNew().ifPresent(sentences::add);
        }
        if (periods.toDate()) {
            sentences.add(quarter.label() + " is not over: its figures run to " + Figures.date(periods.asOf())
                    + " and are compared with whole quarters.");
        }
        if (rows.rejected() > 0) {
            sentences.add(String.format(Locale.UK, "%,d of the %,d input rows were left out for data quality"
                    + " (see the Data Quality sheet).", rows.rejected(), rows.read()));
        }
        if (!empty) { // with nothing recorded, every theme has too few: the first sentence said so
            tooFewToCompare().ifPresent(sentences::add);
        }
        return new QuarterInBrief(quarter.label() + " in brief", sentences);
    }

    private boolean empty() {
        return zero(Metric.PUBLICATIONS) && zero(Metric.GRANT_APPLICATIONS_DECIDED) && zero(Metric.PHD_COMPLETIONS);
    }

    private boolean zero(Metric metric) {
        return value(quarter, Theme.ALL, metric).map(v -> v.signum() == 0).orElse(true);
    }

    /** "Joint publications: 20 in FY2026-27 Q2, up 4 (+25%) on FY2026-27 Q1 (16) and down 5 (−20%) on ..." */
    private String movement(Metric metric) {
        Optional<BigDecimal> now = value(quarter, Theme.ALL, metric);
        String name = headlineName(metric);
        if (now.isEmpty()) {
            return name + ": not defined for " + quarterName + " (" + undefinedBecause(metric) + ").";
        }
        return name + ": " + show(metric, now.get()) + " in " + quarterName + ", "
                + comparison(metric, now.get(), 1) + " and " + comparison(metric, now.get(), 4) + ".";
    }

    private String comparison(Metric metric, BigDecimal now, int quartersBefore) {
        String label = periods.calendar().quarterLabel(periods.reportQuarter() - quartersBefore);
        Optional<Period> before = periods.quarterBefore(quartersBefore);
        if (before.isEmpty()) {
            return "no comparison with " + label + ", which is before the first record";
        }
        Optional<BigDecimal> then = value(before.get(), Theme.ALL, metric);
        if (then.isEmpty()) {
            return "no comparison with " + label + ", where it is not defined";
        }
        return change(metric, now, then.get()) + " " + label + " (" + show(metric, then.get()) + ")";
    }

    /** "up 4 (+25%) on", "down £5,000 on", "unchanged from"; no percentage over zero or for shares. */
    private String change(Metric metric, BigDecimal now, BigDecimal then) {
        BigDecimal shown = Figures.shownChange(metric.unit(), now.subtract(then));
        if (shown.signum() == 0) {
            return "unchanged from";
        }
        boolean percent = then.signum() != 0 && (metric.unit() == Metric.Unit.COUNT || metric.unit() == Metric.Unit.MONEY);
        return (shown.signum() > 0 ? "up " : "down ") + Figures.change(metric.unit(), shown, config.baseCurrency())
                + (percent ? " (" + Figures.percent(now.subtract(then), then) + ")" : "") + " on";
    }

    /**
     * The themes whose joint publications grew and fell most against the previous quarter, among
     * those with enough to compare.
     */
    private Optional<String> themes() {
        Optional<Period> before = periods.quarterBefore(1);
        if (before.isEmpty()) {
            return Optional.empty();
        }
        List<ThemeChange> changes = comparableThemes(before.get());
        if (changes.isEmpty()) {
            return Optional.empty();
        }
        String label = before.get().label();
        long most = changes.stream().mapToLong(ThemeChange::change).max().orElseThrow();
        long least = changes.stream().mapToLong(ThemeChange::change).min().orElseThrow();
        if (most == 0 && least == 0) {
            return Optional.of("Themes: joint publications were unchanged from " + label + " in every theme with"
                    + " enough to compare.");
        }
        List<String> parts = new ArrayList<>();
        if (most > 0) {
            parts.add(names(changes, most) + " grew most, up " + most + " to " + nowOf(changes, most));
        }
        if (least < 0) {
            parts.add(names(changes, least) + " fell most, down " + (-least) + " to " + nowOf(changes, least));
        }
        return Optional.of("Themes, joint publications against " + label + ": " + String.join("; ", parts) + ".");
    }

    private record ThemeChange(String name, long now, long then) {
        long change() {
            return now - then;
        }
    }

    private List<ThemeChange> comparableThemes(Period before) {
        List<ThemeChange> changes = new ArrayList<>();
        for (var theme : config.themes()) {
            long now = count(quarter, theme.id(), Metric.JOINT_PUBLICATIONS);
            long then = count(before, theme.id(), Metric.JOINT_PUBLICATIONS);
            if (Math.max(now, then) >= FEWEST_TO_COMPARE) {
                changes.add(new ThemeChange(theme.name(), now, then));
            }
        }
        return changes;
    }

    private static String names(List<ThemeChange> changes, long change) {
        return and(changes.stream().filter(c -> c.change() == change).map(ThemeChange::name).toList());
    }

    /** The tied themes' figures, which may differ: "7" or "7 and 9". */
    private static String nowOf(List<ThemeChange> changes, long change) {
        return and(changes.stream().filter(c -> c.change() == change).map(c -> String.format(Locale.UK, "%,d", c.now()))
                .toList());
    }

    /** First awarded grants and first PhD completions of a theme in the report quarter. */
    private Optional<String> whatIsNew() {
        List<String> news = new ArrayList<>();
        for (var theme : config.themes()) {
            firstIn(theme.id(), Metric.GRANTS_AWARDED).ifPresent(n ->
                    news.add((n == 1 ? "the first grant awarded in " : "the first grants awarded (" + n + ") in ")
                            + theme.name()));
        }
        for (var theme : config.themes()) {
            firstIn(theme.id(), Metric.PHD_COMPLETIONS).ifPresent(n ->
                    news.add((n == 1 ? "the first PhD completion in " : "the first PhD completions (" + n + ") in ")
                            + theme.name()));
        }
        return news.isEmpty() ? Optional.empty() : Optional.of("New in " + quarter.label() + ": " + and(news) + ".");
    }

    /** The count of the report quarter when it is the theme's first ever. */
    private Optional<Long> firstIn(String theme, Metric metric) {
        long now = count(quarter, theme, metric);
        boolean before = periods.quarters().stream().filter(p -> p != quarter)
                .anyMatch(p -> count(p, theme, metric) > 0);
        return now > 0 && !before ? Optional.of(now) : Optional.empty();
    }

    private Optional<String> tooFewToCompare() {
        Optional<Period> before = periods.quarterBefore(1);
        if (before.isEmpty() || config.themes().isEmpty()) {
            return Optional.empty();
        }
        List<String> few = config.themes().stream()
                .filter(t -> Math.max(count(quarter, t.id(), Metric.JOINT_PUBLICATIONS),
                        count(before.get(), t.id(), Metric.JOINT_PUBLICATIONS)) < FEWEST_TO_COMPARE)
                .map(t -> t.name()).toList();
        if (few.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of("Too few joint publications to compare (fewer than " + FEWEST_TO_COMPARE + " in "
                + quarter.label() + " and in " + before.get().label() + "): " + and(few) + ".");
    }

    private String headlineName(Metric metric) {
        return switch (metric) {
            case JOINT_PUBLICATIONS -> "Joint publications";
            case JOINT_SHARE -> "Joint share of publications";
            case AWARDED_VALUE -> "Grant value awarded";
            case LEVERAGE_RATIO -> "Leverage (external follow-on funding per unit of seed funding, cumulative)";
            case PHD_COMPLETIONS -> "PhD completions";
            default -> throw new IllegalArgumentException(metric.id());
        };
    }

    private static String undefinedBecause(Metric metric) {
        return switch (metric) {
            case JOINT_SHARE -> "no publications";
            case LEVERAGE_RATIO -> "no seed grant awarded yet";
            default -> "no records";
        };
    }

    private String show(Metric metric, BigDecimal value) {
        return Figures.format(metric.unit(), value, config.baseCurrency());
    }

    private Optional<BigDecimal> value(Period period, String theme, Metric metric) {
        return metrics.value(period.label(), theme, metric);
    }

    private long count(Period period, String theme, Metric metric) {
        return value(period, theme, metric).map(BigDecimal::longValue).orElse(0L);
    }

    /** "a", "a and b", "a, b and c" */
    static String and(List<String> items) {
        if (items.size() <= 1) {
            return String.join("", items);
        }
        return items.subList(0, items.size() - 1).stream().collect(Collectors.joining(", "))
                + " and " + items.get(items.size() - 1);
    }
}
