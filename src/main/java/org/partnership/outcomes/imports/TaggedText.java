package org.partnership.outcomes.imports;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.partnership.outcomes.InputProblem;
import org.partnership.outcomes.csv.CsvHeader;
import org.partnership.outcomes.csv.CsvRow;
import org.partnership.outcomes.csv.LineReader;
import org.partnership.outcomes.csv.RowFile;

/**
 * Web of Science's plain-text export, read as rows: an {@code FN} line (and a {@code VR} line)
 * first; then records, each a run of fields that start with a two-letter tag and a space, a field
 * going on over the lines indented below it; {@code ER} ends a record, {@code EF} the file. A
 * row holds the values of the given tags (lower case, as the job names columns) and the physical
 * line of its record's first field. A field over several lines is joined with {@code "; "} for
 * the tags that list one item a line (authors, addresses, cited references) and with a space
 * otherwise, as the tab-delimited export writes them. Exports joined into one file (each download
 * is capped) are read through: after {@code EF}, another {@code FN} and its records may follow.
 */
final class TaggedText implements RowFile {

    /** Tags whose lines are items of a list. */
    private static final Set<String> LISTS = Set.of("AU", "AF", "BA", "BF", "BE", "CA", "GP", "CR", "C1");
    /** Tags that only start a record (or a file): a record still open before one has lost its {@code ER}. */
    private static final Set<String> STARTS = Set.of("PT", "FN");
    /** A field's first line: a two-character tag (a capital, then a capital or digit: {@code C1}) and a space. */
    private static final Pattern TAGGED = Pattern.compile("[A-Z][A-Z0-9](?: .*)?");

    private final String displayName;
    private final int fileIndex;
    private final CsvHeader header;
    private final Charset charset;
    private final BufferedReader reader;
    /** Lines read so far: after a line, its number. */
    private long line;
    /** A line read that belongs to the next record: a record that lost its {@code ER} ends before it. */
    private String pending;

    private TaggedText(Path path, String displayName, int fileIndex, Charset charset, List<String> tags)
            throws IOException {
        this.displayName = displayName;
        this.fileIndex = fileIndex;
        this.charset = charset;
        this.header = CsvHeader.named(tags);
        // LineReader decodes strictly and names the line of a byte not in the charset
        this.reader = new BufferedReader(LineReader.inLargePieces(Files.newInputStream(path), charset));
    }

    /** Opens a file and checks that it starts as the export does, with an {@code FN} line. */
    static TaggedText open(Path path, String displayName, int fileIndex, Charset charset, List<String> tags) {
        TaggedText text;
        try {
            text = new TaggedText(path, displayName, fileIndex, charset, tags);
        } catch (IOException e) {
            throw InputProblem.input(displayName, "cannot be read: " + e.getMessage());
        }
        String first;
        do {
            first = text.readLine();
        } while (first != null && first.isBlank());
        if (first == null || !first.startsWith("FN ")) {
            text.close();
            throw InputProblem.input(displayName, Math.max(text.line, 1),
                    "is not Web of Science plain text: it does not start with an FN line");
        }
        return text;
    }

    @Override
    public CsvHeader header() {
        return header;
    }

    @Override
    public Optional<CsvRow> next() {
        Map<String, StringBuilder> fields = null;
        StringBuilder field = null;
        String fieldTag = null;
        long start = 0;
        for (String text = nextLine(); text != null; text = nextLine()) {
            if (text.isBlank()) {
                continue;
            }
            if (text.startsWith(" ")) { // a field going on
                if (field == null) {
                    throw outsideRecords(text);
                }
                field.append(field.isEmpty() ? "" : LISTS.contains(fieldTag) ? "; " : " ").append(text.strip());
                continue;
            }
            String tag = text.length() < 2 ? text : text.substring(0, 2);
            if (fields != null && (tag.equals("EF") || STARTS.contains(tag))) {
                pending = text; // the record lost its ER: it ends where the next record, or the file, starts
                return Optional.of(row(start, fields));
            }
            if (tag.equals("ER")) {
                if (fields != null) {
                    return Optional.of(row(start, fields));
                }
                continue;
            }
            if (fields == null) {
                if (tag.equals("FN") || tag.equals("VR") || tag.equals("EF")) {
                    continue; // files joined one after another each have their header and end
                }
                if (!TAGGED.matcher(text).matches()) {
                    throw outsideRecords(text);
                }
                fields = new HashMap<>();
                start = line;
            }
            fieldTag = tag;
            field = fields.computeIfAbsent(tag, t -> new StringBuilder());
            String value = text.length() > 3 ? text.substring(3).strip() : "";
            field.append(field.isEmpty() || value.isEmpty() ? "" : "; ").append(value);
        }
        // a record cut short by the end of the file is read as far as it goes
        return fields == null ? Optional.empty() : Optional.of(row(start, fields));
    }

    /** A line between records that starts none: its text would be lost, so the file is refused naming it. */
    private InputProblem outsideRecords(String text) {
        String shown = text.length() > 40 ? text.substring(0, 40) + "..." : text;
        return InputProblem.input(displayName, line, "outside any record, the line does not start a field with a tag: '"
                + shown + "'");
    }

    private CsvRow row(long start, Map<String, StringBuilder> fields) {
        List<String> values = new ArrayList<>(header.size());
        for (String tag : header.names()) {
            StringBuilder value = fields.get(tag.toUpperCase(Locale.ROOT));
            values.add(value == null ? "" : value.toString());
        }
        return new CsvRow(displayName, fileIndex, start, header, values);
    }

    /** The line put back, or else the next one read. */
    private String nextLine() {
        String text = pending;
        pending = null;
        return text != null ? text : readLine();
    }

    private String readLine() {
        try {
            String text = reader.readLine();
            if (text == null) {
                return null;
            }
            line++;
            // files joined with cat keep each its byte-order mark, at the start of its FN line
            return text.startsWith("\uFEFF") ? text.substring(1) : text;
        } catch (LineReader.UndecodableException e) {
            throw InputProblem.input(displayName, e.line(), "is not valid " + charset.name());
        } catch (IOException e) {
            throw InputProblem.input(displayName, "cannot be read: " + e.getMessage());
        }
    }

    @Override
    public void close() {
        try {
            reader.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
