package org.partnership.outcomes.config;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The contents of {@code partnership.yml}: who the partners are, what the themes are, and the rules' settings. */
public record PartnershipConfig(List<Partner> partners, List<Theme> themes, int fiscalYearStartMonth,
        String baseCurrency, BigDecimal maxRejectRate, int rejectAllowance, CoarseDates coarseDates,
        Enrichment enrichment) {

    /** At most 62 themes: a record's themes are kept as bits of a long. */
    public static final int MAX_THEMES = 62;

    public PartnershipConfig {
        partners = List.copyOf(partners);
        themes = List.copyOf(themes);
    }

    /** A configuration with the default handling of coarse dates and the default enrichment ranking. */
    public PartnershipConfig(List<Partner> partners, List<Theme> themes, int fiscalYearStartMonth,
            String baseCurrency, BigDecimal maxRejectRate, int rejectAllowance) {
        this(partners, themes, fiscalYearStartMonth, baseCurrency, maxRejectRate, rejectAllowance,
                CoarseDates.EXCLUDE, Enrichment.DEFAULT);
    }

    /** Position of a configured theme id (case-insensitive), empty when not configured. */
    public Optional<Integer> themeIndex(String id) {
        for (int i = 0; i < themes.size(); i++) {
            if (themes.get(i).id().equalsIgnoreCase(id)) {
                return Optional.of(i);
            }
        }
        return Optional.empty();
    }

    /** Theme ids in report order: the configured themes, then {@code unclassified}, then {@code all}. */
    public List<String> reportThemeIds() {
        List<String> ids = new ArrayList<>();
        themes.forEach(t -> ids.add(t.id()));
        ids.add(Theme.UNCLASSIFIED);
        ids.add(Theme.ALL);
        return ids;
    }

    /** Display name of a report theme id. */
    public String themeName(String id) {
        if (Theme.ALL.equals(id)) {
            return "All themes";
        }
        if (Theme.UNCLASSIFIED.equals(id)) {
            return "Unclassified";
        }
        return themes.stream().filter(t -> t.id().equals(id)).map(Theme::name).findFirst().orElse(id);
    }

    /** Theme ids whose bits are set in a theme mask, in configuration order. */
    public List<String> themeIds(long mask) {
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < themes.size(); i++) {
            if ((mask & (1L << i)) != 0) {
                ids.add(themes.get(i).id());
            }
        }
        return ids;
    }

    /** Partner ids whose bits are set in a partner mask, in configuration order. */
    public List<String> partnerIds(long mask) {
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < partners.size(); i++) {
            if ((mask & (1L << i)) != 0) {
                ids.add(partners.get(i).id());
            }
        }
        return ids;
    }
}
