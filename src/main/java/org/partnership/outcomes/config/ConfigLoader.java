package org.partnership.outcomes.config;

import java.io.IOException;
import java.io.Reader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.partnership.outcomes.InputProblem;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;

/**
 * Reads and validates {@code partnership.yml}. Keys are matched like CSV headers (case, spaces,
 * hyphens and underscores do not matter), so {@code ror_ids} is {@code ror-ids}. Every mistake
 * is reported with the file name, because a wrong configuration silently changes every figure.
 */
public final class ConfigLoader {

    private static final Pattern ROR_URL = Pattern.compile("(?i)^https?://(www\\.)?ror\\.org/");
    private static final Pattern ROR_ID = Pattern.compile("^0[a-z0-9]{6}[0-9]{2}$");
    private static final Pattern THEME_ID = Pattern.compile("^[A-Za-z0-9][A-Za-z0-9_.-]*$");

    private final String displayName;

    private ConfigLoader(String displayName) {
        this.displayName = displayName;
    }

    /** Loads the configuration; {@code displayName} is how the file is named in error messages. */
    public static PartnershipConfig load(Path file, String displayName) {
        return new ConfigLoader(displayName).read(file);
    }

    private PartnershipConfig read(Path file) {
        if (!Files.isRegularFile(file)) {
            throw problem("configuration file not found");
        }
        Object document;
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            document = new Yaml(new SafeConstructor(new LoaderOptions())).load(reader);
        } catch (MarkedYAMLException e) {
            int line = e.getProblemMark() == null ? 0 : e.getProblemMark().getLine() + 1;
            throw new InputProblem(InputProblem.Kind.CONFIGURATION, displayName,
                    line > 0 ? java.util.OptionalLong.of(line) : java.util.OptionalLong.empty(),
                    "not valid YAML: " + e.getProblem());
        } catch (YAMLException | IOException e) {
            throw problem("cannot be read: " + e.getMessage());
        }
        Map<String, Object> root = map(document, "the file");
        List<Partner> partners = partners(root.get("partners"));
        List<Theme> themes = themes(root.get("themes"));
        int month = wholeNumber(root, "fiscal-year-start-month", 4, 1, 12);
        String currency = text(root, "base-currency", "GBP").toUpperCase(Locale.ROOT);
        if (!currency.matches("[A-Z]{3}")) {
            throw problem("base-currency must be an ISO 4217 code such as GBP, not '" + currency + "'");
        }
        BigDecimal maxRate = decimal(root, "max-reject-rate", new BigDecimal("0.05"));
        if (maxRate.signum() < 0 || maxRate.compareTo(BigDecimal.ONE) > 0) {
            throw problem("max-reject-rate must be between 0 and 1, not " + maxRate.toPlainString());
        }
        int allowance = wholeNumber(root, "reject-allowance", 5, 0, Integer.MAX_VALUE);
        return new PartnershipConfig(partners, themes, month, currency, maxRate, allowance);
    }

    private List<Partner> partners(Object node) {
        if (node == null) {
            throw problem("'partners' is missing: list the partner institutions");
        }
        List<Partner> partners = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        int position = 0;
        for (Object item : list(node, "partners")) {
            position++;
            Map<String, Object> entry = map(item, "partner " + position);
            String id = text(entry, "id", "");
            if (id.isEmpty()) {
                throw problem("partner " + position + " has no id");
            }
            if (!ids.add(id.toLowerCase(Locale.ROOT))) {
                throw problem("partner id '" + id + "' appears twice");
            }
            List<String> rorIds = new ArrayList<>();
            for (String ror : strings(entry.get("ror-ids"), "ror-ids of partner " + id)) {
                String bare = ROR_URL.matcher(ror).replaceFirst("").toLowerCase(Locale.ROOT);
                if (!ROR_ID.matcher(bare).matches()) {
                    throw problem("partner " + id + " has ROR id '" + ror + "', which is not a ROR id such as 02jx3x895");
                }
                rorIds.add(bare);
            }
            List<String> aliases = strings(entry.get("aliases"), "aliases of partner " + id);
            if (rorIds.isEmpty() && aliases.isEmpty()) {
                throw problem("partner " + id + " has neither a ROR id nor an alias, so no affiliation can match it");
            }
            List<String> exclusions = strings(entry.get("exclusions"), "exclusions of partner " + id);
            partners.add(new Partner(id, text(entry, "name", id), rorIds, aliases, exclusions));
        }
        if (partners.size() < 2) {
            throw problem("a partnership needs at least two partners, found " + partners.size());
        }
        if (partners.size() > 62) {
            throw problem("at most 62 partners are supported, found " + partners.size());
        }
        return partners;
    }

    private List<Theme> themes(Object node) {
        if (node == null) {
            return List.of();
        }
        List<Theme> themes = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        int position = 0;
        for (Object item : list(node, "themes")) {
            position++;
            Map<String, Object> entry = map(item, "theme " + position);
            String id = text(entry, "id", "");
            if (id.isEmpty()) {
                throw problem("theme " + position + " has no id");
            }
            if (!THEME_ID.matcher(id).matches()) {
                throw problem("theme id '" + id + "' may hold only letters, digits, '-', '_' and '.'");
            }
            if (id.equalsIgnoreCase(Theme.UNCLASSIFIED) || id.equalsIgnoreCase(Theme.ALL)) {
                throw problem("theme id '" + id + "' is reserved for the report");
            }
            if (!ids.add(id.toLowerCase(Locale.ROOT))) {
                throw problem("theme id '" + id + "' appears twice");
            }
            themes.add(new Theme(id, text(entry, "name", id), strings(entry.get("keywords"), "keywords of theme " + id)));
        }
        if (themes.size() > PartnershipConfig.MAX_THEMES) {
            throw problem("at most " + PartnershipConfig.MAX_THEMES + " themes are supported, found " + themes.size());
        }
        return themes;
    }

    private Map<String, Object> map(Object node, String what) {
        if (!(node instanceof Map<?, ?> raw)) {
            throw problem(what + " must be a mapping of keys to values");
        }
        Map<String, Object> normalised = new LinkedHashMap<>();
        raw.forEach((key, value) -> normalised.put(normaliseKey(String.valueOf(key)), value));
        return normalised;
    }

    /** A list of entries; a mapping of id to entry is read as that list, each entry taking its key as id. */
    private List<?> list(Object node, String what) {
        if (node instanceof Map<?, ?> byId) {
            List<Object> entries = new java.util.ArrayList<>();
            byId.forEach((id, entry) -> {
                Map<Object, Object> withId = new LinkedHashMap<>();
                withId.put("id", id);
                if (entry instanceof Map<?, ?> fields) {
                    withId.putAll(fields);
                } else if (entry != null) {
                    throw problem("'" + what + "': entry " + id + " must be a mapping of keys to values");
                }
                entries.add(withId);
            });
            return entries;
        }
        if (!(node instanceof List<?> items)) {
            throw problem("'" + what + "' must be a list");
        }
        return items;
    }

    private List<String> strings(Object node, String what) {
        if (node == null) {
            return List.of();
        }
        Collection<?> items = node instanceof Collection<?> c ? c : List.of(node);
        List<String> values = new ArrayList<>();
        for (Object item : items) {
            if (item instanceof Map || item instanceof Collection) {
                throw problem(what + " must be a list of texts");
            }
            String value = item == null ? "" : item.toString().trim();
            if (!value.isEmpty()) {
                values.add(value);
            }
        }
        return values;
    }

    private String text(Map<String, Object> entry, String key, String fallback) {
        Object value = entry.get(key);
        if (value instanceof Map || value instanceof Collection) {
            throw problem("'" + key + "' must be a single value");
        }
        String text = value == null ? "" : value.toString().trim();
        return text.isEmpty() ? fallback : text;
    }

    private int wholeNumber(Map<String, Object> root, String key, int fallback, int min, int max) {
        String text = text(root, key, "");
        if (text.isEmpty()) {
            return fallback;
        }
        if (!text.matches("\\d{1,9}")) {
            throw problem(key + " must be a whole number, not '" + text + "'");
        }
        int value = Integer.parseInt(text);
        if (value < min || value > max) {
            throw problem(key + " must be between " + min + " and " + max + ", not " + value);
        }
        return value;
    }

    private BigDecimal decimal(Map<String, Object> root, String key, BigDecimal fallback) {
        if (root.get(key) instanceof Number number) { // YAML reads 0.0001 as a double, written 1.0E-4
            return new BigDecimal(number.toString()).stripTrailingZeros();
        }
        String text = text(root, key, "");
        if (text.isEmpty()) {
            return fallback;
        }
        if (!text.matches("\\d+(\\.\\d+)?|\\.\\d+")) {
            throw problem(key + " must be a decimal number such as 0.05, not '" + text + "'");
        }
        return new BigDecimal(text);
    }

    private InputProblem problem(String reason) {
        return InputProblem.configuration(displayName, reason);
    }

    static String normaliseKey(String key) {
        return key.trim().toLowerCase(Locale.ROOT).replaceAll("[\\s_-]+", "-");
    }
}
