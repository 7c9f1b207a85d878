package org.partnership.outcomes.config;

import java.util.List;

/** A partner institution and the names and ROR ids by which its affiliations are recognised. */
public record Partner(String id, String name, List<String> rorIds, List<String> aliases, List<String> exclusions) {
    public Partner {
        rorIds = List.copyOf(rorIds);
        aliases = List.copyOf(aliases);
        exclusions = List.copyOf(exclusions);
    }
}
