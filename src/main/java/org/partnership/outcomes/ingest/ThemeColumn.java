package org.partnership.outcomes.ingest;

import java.util.List;
import java.util.Optional;
import org.partnership.outcomes.config.PartnershipConfig;
import org.partnership.outcomes.csv.FieldReader;
import org.partnership.outcomes.csv.RowRejected;

/** Reads a row's {@code themes} column: when filled it decides alone, and every id must be configured. */
public final class ThemeColumn {

    private ThemeColumn() {
    }

    /** The theme bits named by the column, or empty when the column is blank. */
    public static Optional<Long> explicitThemes(PartnershipConfig config, FieldReader fields) {
        List<String> ids = fields.items("themes");
        if (ids.isEmpty()) {
            return Optional.empty();
        }
        long mask = 0;
        for (String id : ids) {
            int index = config.themeIndex(id).orElseThrow(() -> new RowRejected("themes", id,
                    "unknown theme id (not in partnership.yml)"));
            mask |= 1L << index;
        }
        return Optional.of(mask);
    }
}
