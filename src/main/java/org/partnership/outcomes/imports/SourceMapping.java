package org.partnership.outcomes.imports;

import java.nio.charset.Charset;
import java.nio.file.FileSystems;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.time.LocalDate;
import java.time.Year;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.partnership.outcomes.InputProblem;
import org.partnership.outcomes.csv.CsvHeader;
import org.partnership.outcomes.csv.FileShape;
import org.partnership.outcomes.ingest.Source;

/**
 * One checked mapping of {@code partnership.yml}: the files of a source folder it reads and how
 * their columns and values become the job's own, so that the processors read them as if the file
 * were in the job's shape. A value the mapping cannot convert (a date in none of its formats) is
 * passed on as it is, for the processor to reject with its reason.
 *
 * @param key where the mapping is in {@code partnership.yml} ({@code sources.grants[0]}), for messages
 * @param configName how {@code partnership.yml} is named in messages
 */
public record SourceMapping(String key, String configName, Source source, FileMapping settings) implements FileShape {

    /** The job's fields whose values are dates, lists and numbers. */
    private static final Set<String> DATES = Set.of("publication_date", "decision_date", "start_date",
            "submission_date", "award_date", "withdrawal_date", "date");
    private static final Set<String> LISTS = Set.of("institutions", "themes", "keywords", "partner_institutions");
    private static final Set<String> NUMBERS = Set.of("amount", "citations", "fwci", "fte", "rate");
    private static final Pattern CURRENCY_SIGN = Pattern.compile("^\\p{Sc}+|\\p{Sc}+$");

    /** Whether this mapping reads the file of that name. */
    public boolean reads(String fileName) {
        PathMatcher glob = FileSystems.getDefault().getPathMatcher("glob:" + settings.files());
        return glob.matches(Path.of(fileName));
    }

    @Override
    public CSVFormat format() {
        return CSVFormat.RFC4180.builder().setDelimiter(settings.delimiterChar()).setQuote(settings.quoteChar()).get();
    }

    @Override
    public Charset charset() {
        return settings.encoding();
    }

    /**
     * The file's columns by the job's names, then a column for each constant and for each default
     * whose field the file has no column for.
     */
    @Override
    public List<String> columns(String file, List<String> header) {
        List<String> names = new ArrayList<>(header.size() + settings.constants().size() + settings.defaults().size());
        Map<String, String> fieldByColumn = new HashMap<>();
        settings.columns().forEach((field, column) -> {
            String normalised = CsvHeader.normalise(column);
            if (!header.contains(normalised)) {
                throw new InputProblem(InputProblem.Kind.CONFIGURATION, configName, java.util.OptionalLong.empty(),
                        key + ".columns." + field + ": column '" + column + "' is not in the header of " + file);
            }
            fieldByColumn.put(normalised, field);
        });
        // the fields the mapping takes from elsewhere: a column named like one of them is not read
        Set<String> takenElsewhere = new HashSet<>(fieldByColumn.values());
        takenElsewhere.addAll(settings.constants().keySet());
        for (String name : header) {
            String field = fieldByColumn.get(name);
            names.add(field != null ? field : takenElsewhere.contains(name) ? "(unmapped) " + name : name);
        }
        names.addAll(settings.constants().keySet());
        settings.defaults().keySet().stream().filter(field -> !names.contains(field)).forEach(names::add);
        return names;
    }

    @Override
    public String blankValue(String column) {
        String constant = settings.constants().get(column);
        return constant != null ? constant : settings.defaults().getOrDefault(column, "");
    }

    @Override
    public String convert(String column, String value) {
        String converted = mappedValue(column, value);
        if (DATES.contains(column)) {
            return isoDate(converted);
        }
        if (LISTS.contains(column) && settings.listSeparator() != null) {
            return converted.replace(settings.listSeparator(), ";");
        }
        if (NUMBERS.contains(column)) {
            String number = CURRENCY_SIGN.matcher(converted).replaceAll("").strip();
            return settings.thousandsSeparator() == null ? number : number.replace(settings.thousandsSeparator(), "");
        }
        return converted;
    }

    private String mappedValue(String column, String value) {
        Map<String, List<String>> mapping = settings.values().get(column);
        if (mapping == null) {
            return value;
        }
        for (Map.Entry<String, List<String>> ours : mapping.entrySet()) {
            for (String theirs : ours.getValue()) {
                if (theirs.strip().equalsIgnoreCase(value)) {
                    return ours.getKey();
                }
            }
        }
        return value;
    }

    /**
     * A mapping whose date formats include one without a day ({@code yyyy}, {@code MM/yyyy}) reads
     * publication dates that may be a month or a year alone: it opts into coarse dates.
     */
    @Override
    public boolean coarseDates() {
        return settings.dateFormats().stream().anyMatch(pattern -> !pattern.contains("d"));
    }

    private String isoDate(String value) {
        for (String pattern : settings.dateFormats()) {
            try {
                if (!pattern.contains("d")) { // a month or a year alone, kept as coarse as it is written
                    return pattern.contains("M") ? YearMonth.parse(value, formatter(pattern)).toString()
                            : Year.parse(value, formatter(pattern)).toString();
                }
                return LocalDate.parse(value, formatter(pattern)).toString();
            } catch (DateTimeParseException notThisOne) {
                // the next pattern, or the value as it is, for the processor to reject
            }
        }
        return value;
    }

    static DateTimeFormatter formatter(String pattern) {
        return DateTimeFormatter.ofPattern(pattern.replace("yyyy", "uuuu"), Locale.ROOT)
                .withResolverStyle(ResolverStyle.STRICT);
    }
}
