package org.partnership.outcomes.config;

import java.util.List;

/** A research theme of the partnership; records are classified into it by its keywords. */
public record Theme(String id, String name, List<String> keywords) {
    /** The theme of records that fall in no configured theme; reported like any other. */
    public static final String UNCLASSIFIED = "unclassified";
    /** The pseudo-theme that counts every record once. */
    public static final String ALL = "all";

    public Theme {
        keywords = List.copyOf(keywords);
    }
}
