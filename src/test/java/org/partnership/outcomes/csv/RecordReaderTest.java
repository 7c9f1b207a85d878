package org.partnership.outcomes.csv;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Random;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

/**
 * The record reader gives what Commons CSV gives for the same bytes, record for record: values,
 * the line each record starts on, broken quoting (and the line reading goes on at), and a quoted
 * field left open at the end. Commons CSV is read here as the job read it before it had a reader
 * of its own: RFC 4180, empty lines and surrounding spaces kept, a fresh parser after the line of
 * a fault.
 */
class RecordReaderTest {

    /** Characters that make CSV interesting: delimiters, quotes, line breaks, white space of all kinds. */
    private static final String[] PIECES = {"a", "b", "é", "肝", "𝄞", ",", ",", "\"", "\"", "\"\"", "\n", "\r",
        "\r\n", " ", "\t", "\u000B", "\u2003", "\u00a0", "x,\"q\"\n"};

    @Test
    void givesWhatCommonsCsvGivesForRandomFiles() throws IOException {
        Random random = new Random(20261128);
        for (int file = 0; file < 20_000; file++) {
            String text = randomCsv(random, random.nextInt(file < 10_000 ? 12 : 60));
            byte[] bytes = ((file % 7 == 0 ? "\uFEFF" : "") + text).getBytes(StandardCharsets.UTF_8);
            int bufferSize = 1 + random.nextInt(file % 2 == 0 ? 4 : 64);
            assertThat(ours(bytes, bufferSize)).as("file %s, buffer %d", escaped(text), bufferSize)
                    .isEqualTo(commonsCsv(bytes));
        }
    }

    @Test
    void readsFieldsLongerThanItsBuffer() throws IOException {
        String longText = "x".repeat(200_000);
        byte[] bytes = ("id,title\n1,\"" + longText + "\"\"\"\r\n2," + longText + "\n")
                .getBytes(StandardCharsets.UTF_8);
        assertThat(ours(bytes, 1 << 16)).isEqualTo(commonsCsv(bytes));
        assertThat(ours(bytes, 1 << 16)).contains("2 [1, " + longText + "\"]");
    }

    @Test
    void goesOnAtTheLineAfterBrokenQuoting() throws IOException {
        byte[] bytes = "h\n\"a\"x,\"b\nc\"\nnext\n".getBytes(StandardCharsets.UTF_8);
        assertThat(ours(bytes, 64)).containsExactly("1 [h]", "2 malformed " + RecordReader.INVALID_AFTER_QUOTE,
                "3 [c\"]", "4 [next]", "end");
        assertThat(ours(bytes, 64)).isEqualTo(commonsCsv(bytes));
    }

    @Test
    void keepsWhatEachEndOfInputMeans() throws IOException {
        assertThat(ours(bytes(""), 8)).containsExactly("end");
        assertThat(ours(bytes("a,"), 8)).containsExactly("1 [a, ]", "end");
        assertThat(ours(bytes("a\n\n"), 8)).containsExactly("1 [a]", "2 []", "end");
        assertThat(ours(bytes("a\n\"open,"), 8)).containsExactly("1 [a]", "2 unclosed");
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static String randomCsv(Random random, int pieces) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < pieces; i++) {
            text.append(PIECES[random.nextInt(PIECES.length)]);
        }
        return text.toString();
    }

    private static List<String> ours(byte[] bytes, int bufferSize) throws IOException {
        List<String> events = new ArrayList<>();
        try (RecordReader reader = new RecordReader(new ByteArrayInputStream(bytes), bufferSize)) {
            while (true) {
                long start = reader.nextLine();
                try {
                    List<String> record = reader.next();
                    if (record == null) {
                        events.add("end");
                        return events;
                    }
                    events.add(start + " " + record);
                } catch (RecordReader.MalformedRecordException malformed) {
                    events.add(start + " malformed " + malformed.getMessage());
                } catch (RecordReader.UnclosedQuoteException unclosed) {
                    events.add(start + " unclosed");
                    return events;
                }
            }
        }
    }

    private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder()
            .setIgnoreEmptyLines(false)
            .setIgnoreSurroundingSpaces(false)
            .get();

    private static List<String> commonsCsv(byte[] bytes) throws IOException {
        List<String> events = new ArrayList<>();
        long linesBefore = 0; // of the parser now reading
        CSVParser parser = parserAfter(bytes, 0);
        Iterator<CSVRecord> records = parser.iterator();
        while (true) {
            long start = linesBefore + parser.getCurrentLineNumber() + 1;
            try {
                if (!records.hasNext()) {
                    events.add("end");
                    return events;
                }
                events.add(start + " " + records.next().toList());
            } catch (UncheckedIOException | IllegalStateException e) {
                String message = (e instanceof UncheckedIOException ? e.getCause() : e).getMessage();
                if (message.contains("EOF")) {
                    events.add(start + " unclosed");
                    return events;
                }
                events.add(start + " malformed " + message.replaceAll(" at line: .*", ""));
                linesBefore += parser.getCurrentLineNumber();
                parser = parserAfter(bytes, linesBefore);
                records = parser.iterator();
            }
        }
    }

    private static CSVParser parserAfter(byte[] bytes, long lines) throws IOException {
        BufferedReader reader = new BufferedReader(new InputStreamReader(new ByteArrayInputStream(bytes),
                StandardCharsets.UTF_8));
        reader.mark(1);
        if (reader.read() != '\uFEFF') {
            reader.reset();
        }
        for (long skipped = 0; skipped < lines; skipped++) {
            reader.readLine();
        }
        return CSVParser.builder().setReader(reader).setFormat(FORMAT).get();
    }

    private static String escaped(String text) {
        return text.replace("\r", "\\r").replace("\n", "\\n").replace("\t", "\\t");
    }
}
