package org.partnership.outcomes.report;

import java.util.List;
import java.util.Map;

/**
 * The account of one input file: every row read is either accepted or rejected.
 *
 * @param rejectsByReason rejected rows per reason, in first-seen order
 * @param rowsAfterAsOf accepted rows dated after the as-of date, left out of every period
 * @param personalDataColumns columns ignored because they hold personal data
 */
public record FileQuality(String file, String source, String sha256, long rowsRead, long accepted, long rejected,
        Map<String, Long> rejectsByReason, long rowsAfterAsOf, List<String> personalDataColumns) {

    public FileQuality {
        rejectsByReason = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(rejectsByReason));
        personalDataColumns = List.copyOf(personalDataColumns);
    }
}
