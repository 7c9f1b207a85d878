package org.partnership.outcomes.csv;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.partnership.outcomes.InputProblem;

/** The CSV rules of REQUIREMENTS §3, read through real files. */
class CsvFileTest {

    private static final String FILE = "publications/ucl.csv";

    @TempDir
    Path tmp;

    @Test
    void matchesHeadersInAnyOrderIgnoringCaseBlanksAndSeparators() {
        List<CsvRow> rows = read("  TITLE ,Publication ID,publication-date\nA study,P1,2024-01-01\n",
                "publication_id", "title", "publication_date");

        CsvRow row = rows.get(0);
        assertThat(row.value("publication_id")).contains("P1");
        assertThat(row.value("title")).contains("A study");
        assertThat(row.value("publication_date")).contains("2024-01-01");
    }

    @Test
    void treatsRunsOfSpacesHyphensAndUnderscoresAlike() {
        assertThat(CsvHeader.normalise(" Open - Access ")).isEqualTo("open_access");
        assertThat(CsvHeader.normalise("Publication_ID")).isEqualTo("publication_id");
        assertThat(CsvHeader.normalise("source-title")).isEqualTo("source_title");
    }

    @Test
    void skipsUtf8ByteOrderMark() {
        List<CsvRow> rows = read("\uFEFFpublication_id,title\nP1,Café\n", "publication_id", "title");

        assertThat(rows).hasSize(1);
        assertThat(rows.get(0).value("publication_id")).contains("P1");
        assertThat(rows.get(0).value("title")).contains("Café");
    }

    @Test
    void readsCrlfLineEndings() {
        List<CsvRow> rows = read("id,title\r\nA,First\r\nB,Second\r\n", "id");

        assertThat(rows).extracting(r -> r.value("title").orElseThrow()).containsExactly("First", "Second");
        assertThat(rows).extracting(CsvRow::line).containsExactly(2L, 3L);
    }

    @Test
    void quotedFieldsHoldCommasDoubledQuotesAndLineBreaks() {
        List<CsvRow> rows = read("id,title,institutions\n"
                + "A,\"Robots, rats and \"\"mice\"\"\",\"UCL;\nIISc Bangalore\"\n", "id");

        assertThat(rows.get(0).value("title")).contains("Robots, rats and \"mice\"");
        assertThat(rows.get(0).value("institutions")).contains("UCL;\nIISc Bangalore");
    }

    @Test
    void numbersEachRecordByThePhysicalLineWhereItStarts() {
        // header is line 1; A spans lines 2-4; B is on line 5; C spans 6-7; D is on line 8
        List<CsvRow> rows = read("id,title\n"
                + "A,\"one\ntwo\nthree\"\n"
                + "B,plain\n"
                + "C,\"x\r\ny\"\r\n"
                + "D,last\n", "id");

        assertThat(rows).extracting(r -> r.value("id").orElseThrow()).containsExactly("A", "B", "C", "D");
        assertThat(rows).extracting(CsvRow::line).containsExactly(2L, 5L, 6L, 8L);
    }

    @Test
    void skipsBlankLinesWithoutCountingThemAsRows() {
        // blank lines 2, 4 and 5 are skipped, but the physical line numbers still count them
        List<CsvRow> rows = read("id,title\n\nA,first\n\n   \nB,second\n\n", "id");

        assertThat(rows).extracting(r -> r.value("id").orElseThrow()).containsExactly("A", "B");
        assertThat(rows).extracting(CsvRow::line).containsExactly(3L, 6L);
    }

    @Test
    void trimsValuesAndTreatsWhiteSpaceOnlyAsMissing() {
        CsvRow row = read("id,title,doi\n  A  ,\"  padded title \",   \n", "id").get(0);

        assertThat(row.value("id")).contains("A");
        assertThat(row.value("title")).contains("padded title");
        assertThat(row.value("doi")).isEmpty();
    }

    @Test
    void acceptsOneTrailingEmptyFieldMoreThanTheHeader() {
        CsvRow row = read("id,title\nA,first,\n", "id").get(0);

        assertThat(row.hasHeaderShape()).isTrue();
        assertThat(row.value("title")).contains("first");
    }

    @Test
    void refusesTwoTrailingEmptyFields() {
        CsvRow row = read("id,title\nA,first,,\n", "id").get(0);

        assertThat(row.hasHeaderShape()).isFalse();
    }

    @Test
    void refusesOneExtraFieldThatIsNotEmpty() {
        CsvRow row = read("id,title\nA,first,surplus\n", "id").get(0);

        assertThat(row.hasHeaderShape()).isFalse();
    }

    @Test
    void refusesAMissingField() {
        CsvRow row = read("id,title,doi\nA,first\n", "id").get(0);

        assertThat(row.hasHeaderShape()).isFalse();
    }

    @Test
    void ignoresUnknownColumns() {
        CsvRow row = read("id,Source System,title\nA,pure,first\n", "id", "title").get(0);

        assertThat(row.value("title")).contains("first");
        assertThat(row.value("id")).contains("A");
    }

    @Test
    void blanksAndListsPersonalDataColumns() {
        String csv = "student_ref,Email,Date of Birth,Phone,Student Name,E-mail,status\n"
                + "P1,p1@example.invalid,1990-01-01,+44 20 7679 2000,Ada Lovelace,ada@example.invalid,active\n";
        try (CsvFile file = open(csv, "student_ref")) {
            assertThat(file.header().personalDataColumns())
                    .containsExactly("email", "date_of_birth", "phone", "student_name", "e_mail");
            CsvRow row = file.next().orElseThrow();
            assertThat(row.values()).containsExactly("P1", "", "", "", "", "", "active");
            assertThat(row.value("email")).isEmpty();
        }
    }

    @Test
    void listsEveryPersonalDataColumnNamedByTheContract() {
        String header = "ref,name,first name,last name,full name,given name,family name,student_name,email,e-mail,"
                + "date_of_birth,dob,birth_date,phone,telephone,mobile,address,postcode,passport,nationality,gender";
        try (CsvFile file = open(header + "\n", "ref")) {
            assertThat(file.header().personalDataColumns()).hasSize(20);
        }
    }

    @Test
    void refusesBytesThatAreNotUtf8NamingTheFileAndLine() {
        // the Latin-1 "é" is on line 3
        byte[] bytes = concat("id,title\nA,ok\nB,caf".getBytes(UTF_8), new byte[] {(byte) 0xE9}, ",\n".getBytes(UTF_8));

        assertThatThrownBy(() -> readBytes(bytes, "id"))
                .isInstanceOfSatisfying(InputProblem.class, p -> {
                    assertThat(p.kind()).isEqualTo(InputProblem.Kind.INPUT);
                    assertThat(p.line()).hasValue(3);
                })
                .hasMessageStartingWith(FILE)
                .hasMessageContaining("UTF-8");
    }

    @Test
    void refusesBytesThatAreNotUtf8InTheHeader() {
        byte[] bytes = concat("id,tit".getBytes(UTF_8), new byte[] {(byte) 0xFF, (byte) 0xFE}, "le\nA,x\n".getBytes(UTF_8));

        assertThatThrownBy(() -> readBytes(bytes, "id"))
                .isInstanceOfSatisfying(InputProblem.class, p -> assertThat(p.line()).hasValue(1))
                .hasMessageContaining(FILE)
                .hasMessageContaining("UTF-8");
    }

    @Test
    void refusesATruncatedMultiByteCharacterAtTheEnd() {
        // the first two bytes of the three-byte "€" and then the end of the file
        byte[] bytes = concat("id,title\nA,5 ".getBytes(UTF_8), new byte[] {(byte) 0xE2, (byte) 0x82});

        assertThatThrownBy(() -> readBytes(bytes, "id"))
                .isInstanceOf(InputProblem.class)
                .hasMessageContaining(FILE)
                .hasMessageContaining("UTF-8");
    }

    @Test
    void namesTheLineOfABadByteFarIntoTheFile() {
        // regression: the line once lagged the bad byte by the decoder's read-ahead (5002 reported as 4898)
        StringBuilder text = new StringBuilder("id,title\n");
        for (int i = 0; i < 5000; i++) {
            text.append("R").append(i).append(",a title of some length\n");
        }
        // lines 2..5001 are good; the bad byte is on line 5002
        byte[] bytes = concat(text.toString().getBytes(UTF_8), "X,caf".getBytes(UTF_8), new byte[] {(byte) 0xE9},
                "\n".getBytes(UTF_8));

        assertThatThrownBy(() -> readBytes(bytes, "id"))
                .isInstanceOfSatisfying(InputProblem.class, p -> assertThat(p.line()).hasValue(5002))
                .hasMessageContaining("UTF-8");
    }

    @Test
    void countsLinesInsideQuotesAndCrlfWhenNamingTheLineOfABadByte() {
        // A spans lines 2-3 (CRLF inside quotes), B is line 4 and holds the bad byte
        byte[] bytes = concat("id,title\r\nA,\"one\r\ntwo\"\r\nB,caf".getBytes(UTF_8), new byte[] {(byte) 0xE9},
                "\r\n".getBytes(UTF_8));

        assertThatThrownBy(() -> readBytes(bytes, "id"))
                .isInstanceOfSatisfying(InputProblem.class, p -> assertThat(p.line()).hasValue(4));
    }

    @Test
    void namesTheLineOfABadByteInAFileWithLoneCrLineEnds() {
        // lines end with CR alone; the bad byte is on line 10
        StringBuilder text = new StringBuilder("id,title\r");
        for (int i = 2; i <= 9; i++) {
            text.append("R").append(i).append(",fine\r");
        }
        byte[] bytes = concat(text.toString().getBytes(UTF_8), "X,caf".getBytes(UTF_8), new byte[] {(byte) 0xE9},
                "\r".getBytes(UTF_8));

        assertThatThrownBy(() -> readBytes(bytes, "id"))
                .isInstanceOfSatisfying(InputProblem.class, p -> assertThat(p.line()).hasValue(10))
                .hasMessageContaining("UTF-8");
    }

    @Test
    void readsLoneCrLineEndsWithTheirLineNumbers() {
        List<CsvRow> rows = read("id,title\rA,one\r\rB,\"two\rlines\"\rC,three\r", "id");
        assertThat(rows).extracting(CsvRow::line).containsExactly(2L, 4L, 6L);
        assertThat(rows.get(1).value("title")).contains("two\rlines");
    }

    @Test
    void refusesAnEmptyFile() {
        assertThatThrownBy(() -> read("", "id"))
                .isInstanceOf(InputProblem.class)
                .hasMessageContaining(FILE)
                .hasMessageContaining("no header");
    }

    @Test
    void refusesAFileOfOnlyAByteOrderMarkAndBlankLines() {
        assertThatThrownBy(() -> read("\uFEFF\n\n", "id"))
                .isInstanceOf(InputProblem.class)
                .hasMessageContaining(FILE);
    }

    @Test
    void refusesAHeaderWithoutARequiredColumnAndNamesTheColumn() {
        assertThatThrownBy(() -> read("publication_id,doi\nP1,10.1/x\n", "publication_id", "title"))
                .isInstanceOfSatisfying(InputProblem.class, p -> assertThat(p.line()).hasValue(1))
                .hasMessageContaining(FILE)
                .hasMessageContaining("title");
    }

    @Test
    void refusesAFileWhoseFirstLineIsDataNotAHeader() {
        assertThatThrownBy(() -> read("P1,A study,2024-01-01\n", "publication_id", "title"))
                .isInstanceOf(InputProblem.class)
                .hasMessageContaining(FILE)
                .hasMessageContaining("publication_id");
    }

    @Test
    void refusesAHeaderThatNamesAColumnTwice() {
        assertThatThrownBy(() -> read("id,Title,title\nA,x,y\n", "id", "title"))
                .isInstanceOf(InputProblem.class)
                .hasMessageContaining(FILE)
                .hasMessageContaining("title");
    }

    @Test
    void ignoresAnUnknownColumnNamedTwice() {
        List<CsvRow> rows = read("id,notes,title,notes\nA,x,T,y\n", "id", "title");
        assertThat(rows).hasSize(1);
        assertThat(rows.get(0).value("title")).contains("T");
    }

    @Test
    void aRecordWithBrokenQuotingIsOneMalformedRowAndReadingGoesOn() {
        // line 3: text after a closing quote; line 4 must still be read, with its own line number
        List<CsvRow> rows = read("id,title\nA,ok\nB,\"A quantum\" paper\nC,fine\n", "id");
        assertThat(rows).extracting(CsvRow::line).containsExactly(2L, 3L, 4L);
        assertThat(rows.get(1).malformed()).isPresent();
        assertThat(rows.get(2).malformed()).isEmpty();
        assertThat(rows.get(2).value("title")).contains("fine");
        assertThatThrownBy(() -> new FieldReader(rows.get(1))).isInstanceOf(RowRejected.class)
                .hasMessageContaining("not valid CSV");
    }

    @Test
    void aBrokenRecordSpanningLinesIsSkippedToTheLineOfItsFault() {
        // the record of line 3 opens a quote that closes on line 4 and is followed by text there
        List<CsvRow> rows = read("id,title\nA,ok\nB,\"two\nlines\" x\nC,fine\n", "id");
        assertThat(rows).extracting(CsvRow::line).containsExactly(2L, 3L, 5L);
        assertThat(rows.get(1).malformed()).isPresent();
        assertThat(rows.get(2).value("id")).contains("C");
    }

    @Test
    void goesOnAfterBrokenQuotingWithCrlfLineEndsAndAtTheEndOfTheFile() {
        // lines 3 and 5 are broken; CRLF must not make an empty line of the LF after the fault
        List<CsvRow> rows = read("id,title\r\nA,ok\r\nB,\"x\"y\r\nC,fine\r\nD,\"z\" w", "id");
        assertThat(rows).extracting(CsvRow::line).containsExactly(2L, 3L, 4L, 5L);
        assertThat(rows).extracting(r -> r.malformed().isPresent()).containsExactly(false, true, false, true);
        assertThat(rows.get(2).value("title")).contains("fine");
    }

    @Test
    void goesOnAfterManyBrokenRecordsInALongFile() {
        // every tenth data line is broken; each record keeps its physical line
        StringBuilder text = new StringBuilder("id,title\n");
        for (int line = 2; line <= 3001; line++) {
            text.append(line % 10 == 0 ? "X,\"bad\" quote\n" : "R" + line + ",\"a\nb\"\n");
        }
        List<CsvRow> rows = read(text.toString(), "id");
        assertThat(rows).hasSize(3000);
        assertThat(rows).filteredOn(r -> r.malformed().isPresent()).hasSize(300);
        // before R3001: the header, 300 broken records of one line, 2699 good ones of two lines each
        assertThat(rows.get(2999).line()).isEqualTo(1 + 300 + 2 * 2699 + 1);
        assertThat(rows.get(2999).value("id")).contains("R3001");
    }

    @Test
    void refusesAnUnterminatedQuoteNamingTheLineWhereTheRecordStarts() {
        assertThatThrownBy(() -> read("id,title\nA,ok\nB,\"never closed\nmore\n", "id"))
                .isInstanceOfSatisfying(InputProblem.class, p -> assertThat(p.line()).hasValue(3))
                .hasMessageContaining(FILE);
    }

    @Test
    void carriesTheFileNameAndIndexOnEveryRow() {
        Path path = write("id\nA\n".getBytes(UTF_8));
        try (CsvFile file = CsvFile.open(path, FILE, 7, List.of("id"))) {
            CsvRow row = file.next().orElseThrow();
            assertThat(row.file()).isEqualTo(FILE);
            assertThat(row.fileIndex()).isEqualTo(7);
        }
    }

    private List<CsvRow> read(String text, String... required) {
        return readBytes(text.getBytes(UTF_8), required);
    }

    private List<CsvRow> readBytes(byte[] bytes, String... required) {
        Path path = write(bytes);
        List<CsvRow> rows = new ArrayList<>();
        try (CsvFile file = CsvFile.open(path, FILE, 0, List.of(required))) {
            for (Optional<CsvRow> row = file.next(); row.isPresent(); row = file.next()) {
                rows.add(row.get());
            }
        }
        return rows;
    }

    private CsvFile open(String text, String... required) {
        return CsvFile.open(write(text.getBytes(UTF_8)), FILE, 0, List.of(required));
    }

    private Path write(byte[] bytes) {
        try {
            Path path = Files.createTempFile(tmp, "rows", ".csv");
            Files.write(path, bytes);
            return path;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] concat(byte[]... parts) {
        int length = 0;
        for (byte[] part : parts) {
            length += part.length;
        }
        byte[] all = new byte[length];
        int at = 0;
        for (byte[] part : parts) {
            System.arraycopy(part, 0, all, at, part.length);
            at += part.length;
        }
        return all;
    }
}
