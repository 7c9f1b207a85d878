package org.partnership.outcomes.report;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.partnership.outcomes.config.Partner;
import org.partnership.outcomes.config.PartnershipConfig;
import org.partnership.outcomes.config.Theme;
import org.partnership.outcomes.metrics.Metric;
import org.partnership.outcomes.period.Period;

/** How the report names things for people: metrics, themes, partners, periods. */
final class DisplayNames {

    private static final DateTimeFormatter LONG_DATE = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);

    private DisplayNames() {
    }

    /** A short column heading; the Definitions sheet has the full definition. */
    static String metric(Metric metric) {
        return switch (metric) {
            case PUBLICATIONS -> "Publications";
            case JOINT_PUBLICATIONS -> "Joint publications";
            case JOINT_SHARE -> "Joint share";
            case JOINT_CITATIONS -> "Joint citations";
            case JOINT_CITATIONS_PER_PAPER -> "Citations per joint paper";
            case JOINT_H_INDEX -> "Joint h-index";
            case JOINT_MEAN_FWCI -> "Joint mean FWCI";
            case JOINT_OPEN_ACCESS_SHARE -> "Joint open-access share";
            case GRANT_APPLICATIONS_DECIDED -> "Grant decisions";
            case GRANTS_AWARDED -> "Grants awarded";
            case GRANT_SUCCESS_RATE -> "Grant success rate";
            case AWARDED_VALUE -> "Awarded value";
            case SEED_VALUE -> "Seed value";
            case EXTERNAL_VALUE -> "External value";
            case LEVERAGE_RATIO -> "Leverage ratio";
            case PHD_COMPLETIONS -> "PhD completions";
            case PHD_MEDIAN_MONTHS_TO_AWARD -> "Median months to PhD award";
            case PHD_WITHDRAWALS -> "PhD withdrawals";
            case PHD_ACTIVE_AT_END -> "PhD students active at end";
            case PHD_FOUR_YEAR_SUBMISSION_RATE -> "PhD submission within 4 years (7 part-time)";
            case EXCHANGES_STARTED -> "Faculty exchanges started";
            case EXCHANGE_DAYS -> "Faculty exchange days";
            case FELLOWSHIPS_STARTED -> "Fellowships started";
            case FELLOWS_ACTIVE_AT_END -> "Fellows active at end";
            case EVENTS_HELD -> "Workshops and trainings held";
            case EVENT_PARTICIPANTS -> "Event participants";
            case INVENTION_DISCLOSURES -> "Invention disclosures";
            case PATENT_FILINGS -> "Patent filings";
            case LICENCES -> "Licences";
            case SPIN_OUTS -> "Spin-outs";
            case PROGRAMME_SEED_FUNDED_SHARE -> "Exchanges and fellowships seed-funded";
        };
    }

    /** The heading with its unit where the number alone would be ambiguous: money carries the currency. */
    static String metricWithUnit(Metric metric, String baseCurrency) {
        return metric.unit() == Metric.Unit.MONEY ? metric(metric) + " (" + baseCurrency + ")" : metric(metric);
    }

    /** The themes of a theme mask; no theme at all is "Unclassified". */
    static String themes(PartnershipConfig config, long mask) {
        List<String> ids = config.themeIds(mask);
        return ids.isEmpty() ? config.themeName(Theme.UNCLASSIFIED)
                : ids.stream().map(config::themeName).collect(Collectors.joining("; "));
    }

    static String partners(PartnershipConfig config, long mask) {
        List<String> ids = config.partnerIds(mask);
        return config.partners().stream().filter(p -> ids.contains(p.id())).map(Partner::name)
                .collect(Collectors.joining("; "));
    }

    /** "University College London – Indian Institute of Science, Bengaluru" */
    static String partnership(PartnershipConfig config) {
        return config.partners().stream().map(Partner::name).collect(Collectors.joining(" – "));
    }

    static String date(LocalDate date) {
        return LONG_DATE.format(date);
    }

    /** "1 Jul 2026 to 30 Sep 2026" */
    static String span(Period period) {
        return date(period.start()) + " to " + date(period.end());
    }

    /** The period's label, marked when it ends on the as-of date rather than its natural end. */
    static String periodHeading(Period period, boolean toDate, LocalDate asOf) {
        return toDate && period.end().equals(asOf) ? period.label() + " to date (as of " + asOf + ")" : period.label();
    }
}
