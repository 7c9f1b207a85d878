package org.partnership.outcomes.imports;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.function.Function;
import org.partnership.outcomes.InputProblem;
import org.partnership.outcomes.csv.CsvHeader;
import org.partnership.outcomes.csv.FileShape;
import org.partnership.outcomes.ingest.InputFiles;
import org.partnership.outcomes.ingest.Source;
import org.springframework.boot.context.properties.bind.BindException;
import org.springframework.boot.context.properties.bind.BindHandler;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.bind.UnboundConfigurationPropertiesException;
import org.springframework.boot.context.properties.bind.handler.NoUnboundElementsBindHandler;
import org.springframework.boot.context.properties.source.ConfigurationPropertySource;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.core.io.FileSystemResource;

/**
 * The {@code sources:} section of {@code partnership.yml}: for each source folder, the mappings of
 * files that are not in the job's own shape. Bound by Spring Boot's {@link Binder} and checked
 * before anything runs; every mistake is one line naming the key.
 */
public record SourceMappings(List<SourceMapping> mappings) implements InputFiles.Formats {

    /** What {@code sources:} may hold: one list of mappings per source folder. */
    record Section(List<FileMapping> publications, List<FileMapping> grants, List<FileMapping> phds) {
    }

    public static final SourceMappings NONE = new SourceMappings(List.of());

    public SourceMappings {
        mappings = List.copyOf(mappings);
    }

    /** Reads and checks {@code sources:}; none when the file has no such section. */
    public static SourceMappings load(Path configFile, String configName) {
        Binder binder;
        try {
            binder = new Binder(new YamlPropertySourceLoader().load(configName, new FileSystemResource(configFile))
                    .stream().map(ConfigurationPropertySource::from).toList());
        } catch (IOException | RuntimeException e) {
            throw new InputProblem(InputProblem.Kind.CONFIGURATION, configName, OptionalLong.empty(),
                    "cannot be read: " + e.getMessage());
        }
        Section section;
        try {
            section = binder.bind("sources", Bindable.of(Section.class),
                    new NoUnboundElementsBindHandler(BindHandler.DEFAULT)).orElse(null);
        } catch (BindException e) {
            throw new InputProblem(InputProblem.Kind.CONFIGURATION, configName, OptionalLong.empty(), reason(e));
        }
        if (section == null) {
            return NONE;
        }
        List<SourceMapping> mappings = new ArrayList<>();
        add(mappings, configName, Source.PUBLICATIONS, section.publications());
        add(mappings, configName, Source.GRANTS, section.grants());
        add(mappings, configName, Source.PHDS, section.phds());
        return new SourceMappings(mappings);
    }

    /** One line naming the key that could not be bound, and why. */
    private static String reason(BindException e) {
        if (e.getCause() instanceof UnboundConfigurationPropertiesException unbound) {
            return unbound.getUnboundProperties().iterator().next().getName().toString()
                    + ": unknown key (sources: publications, grants, phds; see docs/imports.md)";
        }
        String cause = e.getCause() == null ? e.getMessage() : e.getCause().getMessage();
        String name = e.getProperty() != null ? e.getProperty().getName().toString() : e.getName().toString();
        String value = e.getProperty() != null ? " '" + e.getProperty().getValue() + "'" : "";
        return name + ":" + value + " " + String.valueOf(cause).lines().findFirst().orElse("cannot be read");
    }

    /** The mapping that reads a file of a source folder, or the built-in format it names, if one does. */
    @Override
    public Optional<FileShape> of(Source source, String fileName) {
        return mappings.stream().filter(m -> m.source() == source && m.reads(fileName)).findFirst()
                .map(m -> m.settings().format() == null ? m : ExportFormat.named(m.settings().format()).orElseThrow());
    }

    /** A bibliographic database's export in {@code publications/}, recognised from the file itself. */
    @Override
    public Optional<FileShape> detect(Source source, Path file, String displayName) {
        return source == Source.PUBLICATIONS ? ExportFormat.detect(file, displayName).map(FileShape.class::cast)
                : Optional.empty();
    }

    private static void add(List<SourceMapping> mappings, String configName, Source source, List<FileMapping> list) {
        if (list == null) {
            return;
        }
        for (int i = 0; i < list.size(); i++) {
            String key = "sources." + source.location() + "[" + i + "]";
            mappings.add(new SourceMapping(key, configName, source, checked(key, configName, source, list.get(i))));
        }
    }

    /** The mapping with the job's field names in canonical form, or a problem naming the key. */
    private static FileMapping checked(String key, String configName, Source source, FileMapping m) {
        Function<String, InputProblem> problem = reason -> new InputProblem(InputProblem.Kind.CONFIGURATION,
                configName, OptionalLong.empty(), key + reason);
        if (m.files() == null || m.files().isBlank()) {
            throw problem.apply(".files: missing; name the files this mapping reads, e.g. '*.csv'");
        }
        if (m.format() != null) {
            return checkedFormat(m, source, problem);
        }
        String delimiter = m.delimiter();
        if (!(delimiter.length() == 1 || delimiter.equalsIgnoreCase("tab") || delimiter.equals("\\t"))) {
            throw problem.apply(".delimiter: '" + delimiter + "' is not one character (or 'tab')");
        }
        String quote = m.quote();
        if (!(quote.length() == 1 || quote.equalsIgnoreCase(FileMapping.NO_QUOTE))) {
            throw problem.apply(".quote: '" + quote + "' is not one character (or '" + FileMapping.NO_QUOTE + "')");
        }
        if (m.quoteChar() != null && (m.quoteChar() == m.delimiterChar() || m.quoteChar() == '\n'
                || m.quoteChar() == '\r')) {
            throw problem.apply(".quote: '" + quote + "' is the delimiter or a line break; it cannot quote too");
        }
        Set<String> fields = source.columnsRead();
        Map<String, String> columns = fields(m.columns(), fields, ".columns", problem);
        Map<String, String> constants = fields(m.constants(), fields, ".constants", problem);
        Map<String, String> defaults = fields(m.defaults(), fields, ".defaults", problem);
        Map<String, Map<String, List<String>>> values = fields(m.values(), fields, ".values", problem);
        for (int i = 0; i < m.dateFormats().size(); i++) {
            try {
                SourceMapping.formatter(m.dateFormats().get(i));
            } catch (IllegalArgumentException e) {
                throw problem.apply(".date-formats[" + i + "]: '" + m.dateFormats().get(i)
                        + "' is not a date pattern (" + e.getMessage() + ")");
            }
        }
        for (String field : constants.keySet()) {
            if (columns.containsKey(field)) {
                throw problem.apply(".constants." + field + ": the field is mapped to a column too");
            }
            if (defaults.containsKey(field)) {
                throw problem.apply(".defaults." + field + ": the field is a constant too");
            }
        }
        defaults.forEach((field, value) -> {
            if (value == null || value.isBlank()) {
                throw problem.apply(".defaults." + field + ": blank; give the value a blank cell stands for");
            }
        });
        if (m.listSeparator() != null && m.listSeparator().isEmpty()) {
            throw problem.apply(".list-separator: empty");
        }
        return new FileMapping(m.files(), m.delimiter(), m.encoding(), quote, columns, constants, defaults,
                m.dateFormats(), m.listSeparator(), m.thousandsSeparator(), values, null);
    }

    /** An entry naming a built-in format: its files and the format's name, nothing else. */
    private static FileMapping checkedFormat(FileMapping m, Source source, Function<String, InputProblem> problem) {
        if (ExportFormat.named(m.format()).isEmpty()) {
            throw problem.apply(".format: '" + m.format() + "' is not a built-in format (formats: "
                    + String.join(", ", ExportFormat.names()) + ")");
        }
        if (source != Source.PUBLICATIONS) {
            throw problem.apply(".format: the built-in formats are publication exports; map a "
                    + source.location() + " file by its columns instead (see docs/imports.md)");
        }
        boolean more = !m.columns().isEmpty() || !m.constants().isEmpty() || !m.defaults().isEmpty()
                || !m.values().isEmpty() || !m.quote().equals("\"")
                || !m.dateFormats().isEmpty() || m.listSeparator() != null || m.thousandsSeparator() != null
                || !m.delimiter().equals(",") || !m.encoding().equals(java.nio.charset.StandardCharsets.UTF_8);
        if (more) {
            throw problem.apply(".format: a built-in format reads its files its own way; give 'files' and 'format'"
                    + " alone, or map the columns without 'format'");
        }
        return m;
    }

    /** The entries by the job's canonical field name; a name the source does not read is refused. */
    private static <V> Map<String, V> fields(Map<String, V> byField, Set<String> fields, String section,
            Function<String, InputProblem> problem) {
        Map<String, V> canonical = new LinkedHashMap<>();
        byField.forEach((name, value) -> {
            String field = CsvHeader.normalise(name);
            if (!fields.contains(field)) {
                throw problem.apply(section + "." + name + ": not a field of this source (fields: "
                        + String.join(", ", new java.util.TreeSet<>(fields)) + ")");
            }
            canonical.put(field, value);
        });
        return canonical;
    }
}
