package org.partnership.outcomes.config;

import java.io.IOException;
import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Currency;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalLong;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.partnership.outcomes.InputProblem;
import org.partnership.outcomes.config.ConfigFile.PartnerEntry;
import org.partnership.outcomes.config.ConfigFile.ThemeEntry;
import org.springframework.boot.context.properties.bind.BindException;
import org.springframework.boot.context.properties.bind.BindHandler;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.bind.DataObjectPropertyName;
import org.springframework.boot.context.properties.bind.UnboundConfigurationPropertiesException;
import org.springframework.boot.context.properties.bind.handler.NoUnboundElementsBindHandler;
import org.springframework.boot.context.properties.bind.validation.BindValidationException;
import org.springframework.boot.context.properties.bind.validation.ValidationBindHandler;
import org.springframework.boot.context.properties.source.ConfigurationProperty;
import org.springframework.boot.context.properties.source.ConfigurationPropertyName;
import org.springframework.boot.context.properties.source.ConfigurationPropertyName.Form;
import org.springframework.boot.context.properties.source.ConfigurationPropertySource;
import org.springframework.boot.context.properties.source.IterableConfigurationPropertySource;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.boot.origin.Origin;
import org.springframework.boot.origin.OriginProvider;
import org.springframework.boot.origin.PropertySourceOrigin;
import org.springframework.boot.origin.TextResourceOrigin;
import org.springframework.core.env.PropertySource;
import org.springframework.core.io.FileSystemResource;
import org.springframework.validation.FieldError;
import org.springframework.validation.ObjectError;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;

/**
 * Reads and validates {@code partnership.yml} with Spring Boot's {@link Binder}, before the job
 * starts: relaxed names ({@code ror_ids} and {@code Ror Ids} are {@code ror-ids}), defaults and
 * Bean Validation as declared on {@link ConfigFile}, and an unknown key refused rather than
 * ignored. The rules no annotation expresses (ids, ROR ids, a theme's keywords, the number of
 * partners) are checked here. Every mistake is one {@link InputProblem} naming the file, the line
 * and the key, because a wrong configuration silently changes every figure.
 */
public final class ConfigLoader {

    private static final Pattern ROR_URL = Pattern.compile("(?i)^https?://(www\\.)?ror\\.org/");
    private static final Pattern ROR_ID = Pattern.compile("^0[a-z0-9]{6}[0-9]{2}$");
    private static final Pattern THEME_ID = Pattern.compile("^[A-Za-z0-9][A-Za-z0-9_.-]*$");

    private static final ConfigurationPropertyName PARTNERS = ConfigurationPropertyName.of("partners");
    private static final ConfigurationPropertyName THEMES = ConfigurationPropertyName.of("themes");
    private static final ConfigurationPropertyName ENRICHMENT = ConfigurationPropertyName.of("enrichment");
    /**
     * Top-level sections that other parts of the job bind and validate themselves: {@code sources}
     * (how vendor exports map onto the input columns) and {@code mail} (delivery of the report).
     * Their insides are not checked here; an unknown key anywhere else is refused.
     */
    private static final List<ConfigurationPropertyName> OTHER_SECTIONS = Stream.of("sources", "mail")
            .map(ConfigurationPropertyName::of).toList();

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
        IterableConfigurationPropertySource yaml = yaml(file);
        try {
            BindHandler checked = new ValidationBindHandler(new NoUnboundElementsBindHandler(BindHandler.DEFAULT),
                    BeanValidation.validator(ConfigFile.class));
            ConfigFile settings = new Binder(yaml.filter(name -> !inSection(name)))
                    .bindOrCreate(ConfigurationPropertyName.EMPTY, Bindable.of(ConfigFile.class), checked);
            List<Partner> partners = partners(entries(yaml, PARTNERS, PartnerEntry.class,
                    (entry, key) -> new PartnerEntry(entry.id() == null ? key : entry.id(), entry.name(), entry.rorIds(), entry.aliases(),
                            entry.exclusions())));
            List<Theme> themes = themes(entries(yaml, THEMES, ThemeEntry.class,
                    (entry, key) -> new ThemeEntry(entry.id() == null ? key : entry.id(), entry.name(), entry.keywords())));
            return new PartnershipConfig(partners, themes, settings.fiscalYearStartMonth(),
                    currency(settings.baseCurrency()), settings.maxRejectRate(), settings.rejectAllowance(),
                    settings.coarseDates(), enrichment(settings.enrichment()));
        } catch (BindException e) {
            throw bindProblem(e);
        }
    }

    private IterableConfigurationPropertySource yaml(Path file) {
        List<PropertySource<?>> documents;
        try {
            documents = new YamlPropertySourceLoader().load(displayName, new FileSystemResource(file));
        } catch (MarkedYAMLException e) {
            int line = e.getProblemMark() == null ? 0 : e.getProblemMark().getLine() + 1;
            throw new InputProblem(InputProblem.Kind.CONFIGURATION, displayName,
                    line > 0 ? OptionalLong.of(line) : OptionalLong.empty(), "not valid YAML: " + e.getProblem());
        } catch (YAMLException | IOException | IllegalStateException e) {
            throw problem("cannot be read: " + e.getMessage());
        }
        if (documents.size() > 1) {
            throw problem("holds " + documents.size() + " YAML documents; write the configuration as one");
        }
        if (documents.isEmpty()) {
            throw problem("'partners' is missing: list the partner institutions");
        }
        return (IterableConfigurationPropertySource) ConfigurationPropertySource.from(documents.get(0));
    }

    /** Whether a key belongs to the partners, the themes or a section bound elsewhere. */
    private static boolean inSection(ConfigurationPropertyName name) {
        return Stream.concat(Stream.of(PARTNERS, THEMES), OTHER_SECTIONS.stream())
                .anyMatch(section -> section.equals(name) || section.isAncestorOf(name));
    }

    /**
     * The partners or themes, written as a list or as a mapping by id (an entry without an id then
     * takes its key as id); null when the section is missing.
     */
    private <E> List<E> entries(IterableConfigurationPropertySource yaml, ConfigurationPropertyName section,
            Class<E> type, BiFunction<E, String, E> withId) {
        Binder binder = new Binder(yaml);
        BindHandler checked = new NoUnboundElementsBindHandler(BindHandler.DEFAULT);
        int depth = section.getNumberOfElements();
        boolean byId = yaml.stream().anyMatch(name -> section.isAncestorOf(name) && !name.isNumericIndex(depth));
        if (!byId) {
            return binder.bind(section, Bindable.listOf(type), checked).orElse(null);
        }
        List<E> entries = new ArrayList<>();
        binder.bind(section, Bindable.mapOf(String.class, type), checked).orElse(Map.of())
                .forEach((id, entry) -> entries.add(withId.apply(entry, id)));
        return entries;
    }

    private List<Partner> partners(List<PartnerEntry> entries) {
        if (entries == null) {
            throw problem("'partners' is missing: list the partner institutions");
        }
        List<Partner> partners = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        int position = 0;
        for (PartnerEntry entry : entries) {
            position++;
            String id = text(entry.id());
            if (id.isEmpty()) {
                throw problem("partner " + position + " has no id");
            }
            if (!ids.add(id.toLowerCase(Locale.ROOT))) {
                throw problem("partner id '" + id + "' appears twice");
            }
            List<String> rorIds = new ArrayList<>();
            for (String ror : texts(entry.rorIds())) {
                String bare = ROR_URL.matcher(ror).replaceFirst("").toLowerCase(Locale.ROOT);
                if (!ROR_ID.matcher(bare).matches()) {
                    throw problem("partner " + id + " has ROR id '" + ror + "', which is not a ROR id such as 02jx3x895");
                }
                rorIds.add(bare);
            }
            List<String> aliases = texts(entry.aliases());
            if (rorIds.isEmpty() && aliases.isEmpty()) {
                throw problem("partner " + id + " has neither a ROR id nor an alias, so no affiliation can match it");
            }
            String name = text(entry.name());
            partners.add(new Partner(id, name.isEmpty() ? id : name, rorIds, aliases, texts(entry.exclusions())));
        }
        if (partners.size() < 2) {
            throw problem("a partnership needs at least two partners, found " + partners.size());
        }
        if (partners.size() > 62) {
            throw problem("at most 62 partners are supported, found " + partners.size());
        }
        return partners;
    }

    private List<Theme> themes(List<ThemeEntry> entries) {
        if (entries == null) {
            return List.of();
        }
        List<Theme> themes = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        int position = 0;
        for (ThemeEntry entry : entries) {
            position++;
            String id = text(entry.id());
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
            List<String> keywords = texts(entry.keywords());
            if (keywords.isEmpty()) {
                throw problem("theme " + id + " has no keywords, so no record can be classified into it");
            }
            String name = text(entry.name());
            themes.add(new Theme(id, name.isEmpty() ? id : name, keywords));
        }
        if (themes.size() > PartnershipConfig.MAX_THEMES) {
            throw problem("at most " + PartnershipConfig.MAX_THEMES + " themes are supported, found " + themes.size());
        }
        return themes;
    }

    /** Each ranking names known source kinds, each at most once. */
    private Enrichment enrichment(ConfigFile.EnrichmentEntry entry) {
        Map<String, List<String>> rankings = new LinkedHashMap<>();
        rankings.put("date", entry.date());
        rankings.put("citations", entry.citations());
        rankings.put("fwci", entry.fwci());
        rankings.put("open-access", entry.openAccess());
        Map<String, List<String>> checked = new LinkedHashMap<>();
        rankings.forEach((field, kinds) -> {
            List<String> ranking = new ArrayList<>();
            for (String written : kinds) {
                String kind = text(written).toLowerCase(Locale.ROOT);
                if (!Enrichment.SOURCE_KINDS.contains(kind)) {
                    throw problem("enrichment." + field + " names '" + written + "', which is not a kind of source ("
                            + String.join(", ", Enrichment.SOURCE_KINDS) + ")");
                }
                if (ranking.contains(kind)) {
                    throw problem("enrichment." + field + " names '" + kind + "' twice");
                }
                ranking.add(kind);
            }
            checked.put(field, ranking);
        });
        return new Enrichment(checked.get("date"), checked.get("citations"), checked.get("fwci"),
                checked.get("open-access"));
    }

    private String currency(String code) {
        String upper = text(code).toUpperCase(Locale.ROOT);
        try {
            return Currency.getInstance(upper).getCurrencyCode();
        } catch (IllegalArgumentException e) {
            throw problem("base-currency must be an ISO 4217 code such as GBP, not '" + code + "'");
        }
    }

    private InputProblem bindProblem(BindException e) {
        if (e.getCause() instanceof UnboundConfigurationPropertiesException unbound) {
            ConfigurationProperty first = unbound.getUnboundProperties().stream()
                    .min(Comparator.comparingLong(p -> line(p.getOrigin()).orElse(Long.MAX_VALUE))).orElseThrow();
            return problem(line(first.getOrigin()), unknown(first));
        }
        if (e.getCause() instanceof BindValidationException invalid) {
            ObjectError error = invalid.getValidationErrors().getAllErrors().get(0);
            Origin origin = error instanceof OriginProvider provider ? provider.getOrigin() : null;
            if (error instanceof FieldError field) {
                return problem(line(origin), DataObjectPropertyName.toDashedForm(field.getField()) + " "
                        + field.getDefaultMessage() + ", not " + field.getRejectedValue());
            }
            return problem(line(origin), error.getDefaultMessage());
        }
        ConfigurationProperty property = e.getProperty();
        if (property == null) {
            return problem(e.getName() + " must be " + expected(e.getTarget().getType().resolve()));
        }
        return problem(line(property.getOrigin()), asWritten(property) + " must be "
                + expected(e.getTarget().getType().resolve()) + ", not '" + property.getValue() + "'");
    }

    private static String expected(Class<?> type) {
        if (type != null && type.isEnum()) {
            return "one of " + Stream.of(type.getEnumConstants())
                    .map(value -> ((Enum<?>) value).name().toLowerCase(Locale.ROOT).replace('_', '-'))
                    .collect(Collectors.joining(", "));
        }
        if (type == int.class || type == Integer.class) {
            return "a whole number";
        }
        if (type == BigDecimal.class) {
            return "a decimal number such as 0.05";
        }
        if (type == String.class) {
            return "a single value";
        }
        if (type != null && List.class.isAssignableFrom(type)) {
            return "a list";
        }
        return "a mapping of keys to values";
    }

    /**
     * Why a key is unknown: a list or mapping written under a known key that takes something else
     * ({@code base-currency: [GBP]}), or a misspelling, with the known key nearest to it when it is
     * near enough to be the one meant.
     */
    private static String unknown(ConfigurationProperty property) {
        ConfigurationPropertyName key = property.getName();
        while (key.isLastElementIndexed() && key.getNumberOfElements() > 1) {
            key = key.getParent();
        }
        if (ENRICHMENT.isAncestorOf(key)) {
            return "unknown key '" + key + "' (enrichment ranks the fields date, citations, fwci and open-access)";
        }
        Map<String, Boolean> known = knownKeys(key);
        if (known.containsKey(key.getLastElement(Form.DASHED)) && onTheKnownKeysLevel(key)) {
            return "'" + key + "' holds a list where a single value belongs";
        }
        ConfigurationPropertyName parent = key.getParent();
        if (!parent.isEmpty() && known.containsKey(parent.getLastElement(Form.DASHED)) && onTheKnownKeysLevel(parent)) {
            return "'" + parent + "' holds a mapping where " + (known.get(parent.getLastElement(Form.DASHED))
                    ? "a list" : "a single value") + " belongs";
        }
        int level = PARTNERS.isAncestorOf(key) || THEMES.isAncestorOf(key) ? 3 : 1;
        String typed = key.chop(Math.min(level, key.getNumberOfElements())).getLastElement(Form.UNIFORM);
        return "unknown key '" + asWritten(property) + "'" + known.keySet().stream()
                .filter(candidate -> editDistance(typed, uniform(candidate)) <= Math.max(2, typed.length() / 3))
                .min(Comparator.comparingInt(candidate -> editDistance(typed, uniform(candidate))))
                .map(candidate -> " (did you mean '" + candidate + "'?)").orElse("");
    }

    /** Whether a name is a top-level key, or a key of one partner or theme. */
    private static boolean onTheKnownKeysLevel(ConfigurationPropertyName name) {
        int depth = name.getNumberOfElements();
        return depth == 1 || (depth == 3 && (PARTNERS.isAncestorOf(name) || THEMES.isAncestorOf(name)));
    }

    /**
     * The keys known where a name stands (at the top of the file, in a partner or in a theme),
     * each telling whether it takes a list.
     */
    private static Map<String, Boolean> knownKeys(ConfigurationPropertyName name) {
        Class<?> at = PARTNERS.isAncestorOf(name) ? PartnerEntry.class
                : THEMES.isAncestorOf(name) ? ThemeEntry.class : ConfigFile.class;
        Map<String, Boolean> keys = new LinkedHashMap<>();
        for (RecordComponent component : at.getRecordComponents()) {
            keys.put(DataObjectPropertyName.toDashedForm(component.getName()), List.class == component.getType());
        }
        if (at == ConfigFile.class) {
            Stream.of("partners", "themes", "sources", "mail").forEach(section -> keys.put(section, true));
        }
        return keys;
    }

    private static String uniform(String key) {
        return ConfigurationPropertyName.of(key).getLastElement(Form.UNIFORM);
    }

    /** Levenshtein distance: the fewest single-character edits that turn one text into the other. */
    static int editDistance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                current[j] = Math.min(substitution, Math.min(previous[j], current[j - 1]) + 1);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }

    private static OptionalLong line(Origin origin) {
        for (Origin at = origin; at != null; at = at instanceof PropertySourceOrigin in ? in.getOrigin() : at.getParent()) {
            if (at instanceof TextResourceOrigin text && text.getLocation() != null) {
                return OptionalLong.of(text.getLocation().getLine() + 1L);
            }
        }
        return OptionalLong.empty();
    }

    /** A key as the file spells it ({@code Fiscal Year Start Mnth}), not as Spring Boot reads it. */
    private static String asWritten(ConfigurationProperty property) {
        return property.getOrigin() instanceof PropertySourceOrigin in ? in.getPropertyName()
                : property.getName().toString();
    }

    private static String text(String value) {
        return value == null ? "" : value.trim();
    }

    /** The items of a list of texts, trimmed, blank ones left out. */
    private static List<String> texts(List<String> values) {
        return values.stream().map(ConfigLoader::text).filter(value -> !value.isEmpty()).toList();
    }

    private InputProblem problem(String reason) {
        return InputProblem.configuration(displayName, reason);
    }

    private InputProblem problem(OptionalLong line, String reason) {
        return new InputProblem(InputProblem.Kind.CONFIGURATION, displayName, line, reason);
    }
}
