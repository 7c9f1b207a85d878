package org.partnership.outcomes.ingest.grant;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;

/**
 * A validated grant of the register. {@code baseValue} is the awarded amount converted to the base
 * currency (exact), present for awarded grants; {@code themes} has bit i for theme i.
 */
public record Grant(String grantId, String title, String funder, Optional<String> scheme, String fundingType,
        Optional<String> leadInstitution, Optional<String> partnerInstitutions, long themes, String status,
        Optional<LocalDate> decisionDate, Optional<BigDecimal> amount, Optional<String> currency,
        Optional<BigDecimal> baseValue, Optional<String> followOnFrom) {

    public static final String SEED = "seed";
    public static final String EXTERNAL = "external";
    public static final String AWARDED = "awarded";
    public static final String DECLINED = "declined";

    public boolean isDecided() {
        return status.equals(AWARDED) || status.equals(DECLINED);
    }
}
