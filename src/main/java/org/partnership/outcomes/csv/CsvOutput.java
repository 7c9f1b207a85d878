package org.partnership.outcomes.csv;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;

/**
 * How the job writes every CSV it produces ({@code metrics.csv}, {@code rejects.csv}) and reads
 * its own back: Commons CSV's RFC 4180 with lines ending in LF, the ending {@code metrics.csv}
 * always had. A value holding a comma, a quote, a CR or an LF is quoted, as is one that starts
 * with a character up to {@code #} or ends in white space (Commons CSV's minimal quoting).
 */
public final class CsvOutput {

    public static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().setRecordSeparator('\n').get();

    private CsvOutput() {
    }

    /** A printer writing UTF-8 to {@code file}, replacing it. */
    public static CSVPrinter print(Path file) throws IOException {
        Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
        return new CSVPrinter(out, FORMAT);
    }

    /** A parser of a file this class wrote. */
    public static CSVParser parse(Path file) throws IOException {
        Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8);
        return CSVParser.builder().setReader(in).setFormat(FORMAT).get();
    }
}
