package org.partnership.outcomes.imports;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.partnership.outcomes.InputProblem;
import org.partnership.outcomes.csv.CsvHeader;
import org.partnership.outcomes.csv.CsvRow;
import org.partnership.outcomes.csv.RowFile;

/**
 * Web of Science's plain-text export, read as rows: an {@code FN} line (and a {@code VR} line)
 * first; then records, each a run of fields that start with a two-letter tag and a space, a field
 * going on over the lines indented below it; {@code ER} ends a record, {@code EF} the file. A
 * row holds the values of the given tags (lower case, as the job names columns) and the physical
 * line of its record's first field. A field over several lines is joined with {@code "; "} for
 * the tags that list one item a line (authors, addresses, cited references) and with a space
 * otherwise, as the tab-delimited export writes them.
 */
final class TaggedText implements RowFile {

    /** Tags whose lines are items of a list. */
    private static final Set<String> LISTS = Set.of("AU", "AF", "BA", "BF", "BE", "CA", "GP", "CR", "C1");

    private final String displayName;
    private final int fileIndex;
    private final CsvHeader header;
    private final Charset charset;
    private final BufferedReader reader;
    /** Lines read so far: after a line, its number. */
    private long line;
    private boolean ended;

    private TaggedText(Path path, String displayName, int fileIndex, Charset charset, List<String> tags)
            throws IOException {
        this.displayName = displayName;
        this.fileIndex = fileIndex;
        this.charset = charset;
        this.header = CsvHeader.named(tags);
        this.reader = new BufferedReader(new InputStreamReader(Files.newInputStream(path), charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT)));
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
        for (String text = ended ? null : readLine(); text != null; text = readLine()) {
            if (text.isBlank()) {
                continue;
            }
            if (text.startsWith(" ")) { // a field going on
                if (field != null) {
                    field.append(field.isEmpty() ? "" : LISTS.contains(fieldTag) ? "; " : " ").append(text.strip());
                }
                continue;
            }
            String tag = text.length() < 2 ? text : text.substring(0, 2);
            if (tag.equals("EF")) {
                ended = true;
                break;
            }
            if (tag.equals("ER")) {
                if (fields != null) {
                    return Optional.of(row(start, fields));
                }
                continue;
            }
            if (fields == null) {
                if (tag.equals("FN") || tag.equals("VR")) {
                    continue;
                }
                fields = new HashMap<>();
                start = line;
            }
            fieldTag = tag;
            field = fields.computeIfAbsent(tag, t -> new StringBuilder());
            String value = text.length() > 3 ? text.substring(3).strip() : "";
            field.append(field.isEmpty() || value.isEmpty() ? "" : "; ").append(value);
        }
        ended = true;
        // a record cut short by the end of the file is read as far as it goes
        return fields == null ? Optional.empty() : Optional.of(row(start, fields));
    }

    private CsvRow row(long start, Map<String, StringBuilder> fields) {
        List<String> values = new ArrayList<>(header.size());
        for (String tag : header.names()) {
            StringBuilder value = fields.get(tag.toUpperCase(Locale.ROOT));
            values.add(value == null ? "" : value.toString());
        }
        return new CsvRow(displayName, fileIndex, start, header, values);
    }

    private String readLine() {
        try {
            String text = reader.readLine();
            if (text != null) {
                line++;
                if (line == 1 && text.startsWith("\uFEFF")) {
                    text = text.substring(1);
                }
            }
            return text;
        } catch (CharacterCodingException e) {
            throw InputProblem.input(displayName, line + 1, "is not valid " + charset.name());
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
