package org.partnership.outcomes.report;

import org.partnership.outcomes.config.PartnershipConfig;
import org.partnership.outcomes.metrics.MetricsTable;
import org.partnership.outcomes.period.ReportPeriods;

/**
 * Everything the workbook and the charts show: the configuration (themes, partners, base
 * currency), the periods, the metrics exactly as in {@code metrics.csv}, the data-quality account
 * and the detail rows.
 */
public record ReportData(PartnershipConfig config, ReportPeriods periods, MetricsTable metrics,
        DataQuality dataQuality, ReportDetails details) {

    /** {@code FY2026-27 Q2} */
    public String quarterLabel() {
        return periods.report().label();
    }

    /** {@code FY2026-27-Q2}, for file and folder names. */
    public String quarterSlug() {
        return quarterLabel().replace(' ', '-');
    }
}
