package org.partnership.outcomes.imports;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.partnership.outcomes.InputProblem;
import org.partnership.outcomes.csv.CsvHeader;
import org.partnership.outcomes.csv.CsvRow;
import org.partnership.outcomes.csv.FileShape;
import org.partnership.outcomes.csv.RowFile;

/**
 * A bibliographic database's export, built in: read as it is downloaded and turned, row by row,
 * into the job's publication fields. Each format names the export's columns it needs, says how it
 * recognises its files by their header, and derives each of the job's fields from the export's
 * columns. Values that the export writes as {@code NA}, or leaves empty, are unknown: blank.
 */
public abstract class ExportFormat implements FileShape {

    /** The job's publication fields, in the order every format gives them. */
    static final List<String> FIELDS = List.of("publication_id", "title", "publication_date", "institutions", "doi",
            "type", "source_title", "keywords", "citations", "fwci", "open_access");

    /** Open-access colours, the best first: where an export lists several, the best is the record's. */
    private static final List<String> COLOURS = List.of("diamond", "gold", "hybrid", "bronze", "green");

    private final String name;
    private final String kind;
    private final List<String> requiredColumns;
    private final Set<String> columnsRead;

    ExportFormat(String name, String kind, List<String> requiredColumns, Set<String> columnsRead) {
        this.name = name;
        this.kind = kind;
        this.requiredColumns = List.copyOf(requiredColumns);
        this.columnsRead = Set.copyOf(columnsRead);
    }

    /** Every built-in format, in the order detection tries them. */
    public static List<ExportFormat> all() {
        return List.of(Scopus.FORMAT, WebOfScience.TAB_DELIMITED, WebOfScience.PLAIN_TEXT, OpenAlex.FORMAT);
    }

    /** The format {@code partnership.yml}'s {@code format:} key names so, if any. */
    public static Optional<ExportFormat> named(String name) {
        return all().stream().filter(f -> f.name.equalsIgnoreCase(name.strip())).findFirst();
    }

    /** The names {@code format:} takes. */
    public static List<String> names() {
        return all().stream().map(ExportFormat::name).toList();
    }

    /** The name {@code partnership.yml}'s {@code format:} key gives this format. */
    public String name() {
        return name;
    }

    /** How messages and documents call it: "a Scopus CSV export". */
    public abstract String description();

    @Override
    public String sourceKind() {
        return kind;
    }

    /** The databases give a year alone (Scopus always, Web of Science often). */
    @Override
    public boolean coarseDates() {
        return true;
    }

    /** The export's columns (in the job's normalised form) every file of this format must have. */
    List<String> requiredColumns() {
        return requiredColumns;
    }

    /**
     * Opens a file of this format and checks its header against the export's columns (not the
     * job's: the rows come out with the job's). A whole-file fault says which format was expected.
     */
    @Override
    public RowFile open(Path path, String displayName, int fileIndex, List<String> jobsRequired,
            Set<String> jobsRead) {
        try {
            return new ExportFile(this, rows(path, displayName, fileIndex));
        } catch (InputProblem problem) {
            throw new InputProblem(problem.kind(), problem.file(), problem.line(),
                    "read as a " + description() + ": " + problem.reason());
        }
    }

    /** The export's own rows, under its own column names. */
    RowFile rows(Path path, String displayName, int fileIndex) {
        FileShape raw = new RawShape(csvFormat(), charsetOf(path, displayName));
        return raw.open(path, displayName, fileIndex, requiredColumns, columnsRead);
    }

    /** How Commons CSV reads this format's files. */
    CSVFormat csvFormat() {
        return CSVFormat.RFC4180;
    }

    /**
     * The export's columns that name people or reach them (authors' names and ids, e-mail and
     * postal addresses): like every column the format does not read, never read, and reported as
     * ignored personal data.
     */
    abstract Set<String> personalData();

    /** Whether a file whose first line is {@code firstLine} is in this format. */
    abstract boolean recognises(String firstLine);

    /** The job's publication fields, in {@link #FIELDS} order, of one export row. */
    abstract List<String> publication(CsvRow row);

    /** The row with its values under the header's columns: a format that writes undeclared fields puts them right. */
    CsvRow realigned(CsvRow row) {
        return row;
    }

    /**
     * The built-in format of a file, recognised from its byte-order mark and first line; empty when
     * it is in none of them.
     */
    public static Optional<ExportFormat> detect(Path path, String displayName) {
        String firstLine = firstLine(path, displayName);
        return all().stream().filter(format -> format.recognises(firstLine)).findFirst();
    }

    /** A file's charset by its byte-order mark: UTF-16 with either mark, UTF-8 otherwise. */
    static Charset charsetOf(Path path, String displayName) {
        try (InputStream in = Files.newInputStream(path)) {
            byte[] mark = in.readNBytes(2);
            boolean utf16 = mark.length == 2 && (mark[0] == (byte) 0xFF && mark[1] == (byte) 0xFE
                    || mark[0] == (byte) 0xFE && mark[1] == (byte) 0xFF);
            // Java's UTF-16 reads the mark, takes the byte order from it and drops it
            return utf16 ? StandardCharsets.UTF_16 : StandardCharsets.UTF_8;
        } catch (IOException e) {
            throw InputProblem.input(displayName, "cannot be read: " + e.getMessage());
        }
    }

    /** The file's first line, decoded leniently (its reader checks the bytes), without a byte-order mark. */
    private static String firstLine(Path path, String displayName) {
        byte[] start;
        try (InputStream in = Files.newInputStream(path)) {
            start = in.readNBytes(1 << 16);
        } catch (IOException e) {
            throw InputProblem.input(displayName, "cannot be read: " + e.getMessage());
        }
        String text = new String(start, charsetOf(path, displayName)); // bytes not in it become U+FFFD
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        int end = text.indexOf('\n');
        return (end < 0 ? text : text.substring(0, end)).replace("\r", "");
    }

    /** The normalised column names of a header line, split by Commons CSV in the given format. */
    static List<String> columns(String line, CSVFormat format) {
        try (CSVParser parser = CSVParser.builder().setReader(new java.io.StringReader(line)).setFormat(format).get()) {
            List<CSVRecord> records = parser.getRecords();
            return records.isEmpty() ? List.of()
                    : records.get(0).stream().map(CsvHeader::normalise).toList();
        } catch (IOException | java.io.UncheckedIOException e) {
            return List.of(); // not a header this format can read
        }
    }

    /** A row's value, or blank when the export leaves it empty or writes {@code NA}. */
    static String value(CsvRow row, String column) {
        String value = row.value(column).map(v -> v.replace('\u00A0', ' ').strip()).orElse("");
        return value.equals("NA") ? "" : value;
    }

    /**
     * The best open-access colour an export's status names ("All Open Access; Gold Open Access;
     * Green Open Access" is gold): diamond, gold, hybrid, bronze, green, as OpenAlex and Unpaywall
     * rank them, so that a paper has the same colour whichever database it comes from. "Hybrid Gold"
     * is hybrid. A status that names no colour ("All Open Access" alone) is unknown: blank; one the
     * job does not know is passed on, for the row to be rejected naming it.
     */
    static String openAccess(String status) {
        if (status.isEmpty()) {
            return "";
        }
        String best = "";
        for (String item : status.toLowerCase(Locale.ROOT).split("[;,]")) {
            String colour = colour(item.strip());
            if (colour == null) {
                return status;
            }
            if (rank(colour) < rank(best)) {
                best = colour;
            }
        }
        return best;
    }

    /** A colour's place: the best first, closed after every colour, nothing last. */
    private static int rank(String colour) {
        int i = COLOURS.indexOf(colour);
        return i >= 0 ? i : colour.equals("closed") ? COLOURS.size() : COLOURS.size() + 1;
    }

    /** The colour one item names; empty for "all open access", null for one not known. */
    private static String colour(String item) {
        if (item.isEmpty() || item.equals("all open access") || item.equals("open access")) {
            return "";
        }
        if (item.equals("closed")) {
            return "closed";
        }
        if (item.contains("hybrid")) {
            return "hybrid";
        }
        List<String> words = Arrays.asList(item.split("\\W+"));
        return COLOURS.stream().filter(words::contains).findFirst().orElse(null);
    }

    /** How Commons CSV reads the file, and its charset; the export's own column names. */
    private record RawShape(CSVFormat format, Charset charset) implements FileShape {
    }
}
