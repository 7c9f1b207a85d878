package org.partnership.outcomes.imports;

import java.nio.charset.Charset;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How to read the files of a source folder that are not in the job's own shape, as
 * {@code partnership.yml} describes them under {@code sources.<folder>[n]}: which files, how they
 * are written, which of their columns holds each field the job reads, and how their values are
 * turned into the job's own.
 *
 * @param files a glob of file names in the source folder ({@code sfi-*.csv}, {@code *.tsv})
 * @param delimiter one character, or {@code tab}
 * @param encoding the files' charset; a byte-order mark is skipped whatever it is
 * @param quote the character that quotes a field holding the delimiter, quotes or line breaks, or
 *        {@code none} for files that quote nothing (a {@code "} is then a character like any other)
 * @param columns the job's field name to the column of the file that holds it
 * @param constants the job's field name to the value every row has (a register with no status
 *        column, every row an award)
 * @param defaults the job's field name to the value a row has when its cell is blank, or when the
 *        file has no column for the field (a register in one currency that names none)
 * @param dateFormats the patterns ({@code dd/MM/yyyy}) dates are written in, tried in order
 * @param listSeparator what separates the items of a list field, instead of {@code ;}
 * @param thousandsSeparator what groups the digits of numbers ({@code ,} in {@code 99,836.00}); a
 *        currency sign before or after a number is dropped too
 * @param values the job's field name, then the job's value to the file's values that mean it
 * @param format a built-in format that reads the files ({@code scopus}, {@code wos},
 *        {@code wos-plain-text}, {@code openalex}), instead of the keys above
 */
public record FileMapping(String files, @DefaultValue(",") String delimiter, @DefaultValue("UTF-8") Charset encoding,
        @DefaultValue("\"") String quote, Map<String, String> columns, Map<String, String> constants,
        Map<String, String> defaults, List<String> dateFormats, String listSeparator, String thousandsSeparator,
        Map<String, Map<String, List<String>>> values, String format) {

    /** The {@code quote} of files that quote nothing. */
    public static final String NO_QUOTE = "none";

    public FileMapping {
        // in the order partnership.yml gives them, so that a problem names the first
        columns = columns == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(columns));
        constants = constants == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(constants));
        defaults = defaults == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(defaults));
        dateFormats = dateFormats == null ? List.of() : List.copyOf(dateFormats);
        values = values == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(values));
    }

    /** The delimiter as one character. */
    public char delimiterChar() {
        return delimiter.equalsIgnoreCase("tab") || delimiter.equals("\\t") ? '\t' : delimiter.charAt(0);
    }

    /** The quote as one character, or null for files that quote nothing (as Commons CSV has it). */
    public Character quoteChar() {
        return quote.equalsIgnoreCase(NO_QUOTE) ? null : quote.charAt(0);
    }
}
