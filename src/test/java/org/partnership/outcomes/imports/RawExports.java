package org.partnership.outcomes.imports;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * The records of the real exports whose affiliations name two institutions, found by reading the
 * raw files plainly (Commons CSV for the CSV exports, lines for Web of Science's plain text), not
 * through the job's readers: what the tests compare the job's findings with.
 */
final class RawExports {

    /** A record naming both institutions: its id, its DOI, and whether its date names a month or a day. */
    record Joint(String id, String doi, boolean monthOrDay) {
        /** What the job merges duplicates by: the DOI, or the id of a record without one. */
        String identity() {
            return doi.isEmpty() ? id : doi.toLowerCase();
        }
    }

    /** Web of Science's PD when it names a month, or a month and a day. */
    private static final Pattern MONTH = Pattern.compile("(JAN|FEB|MAR|APR|MAY|JUN|JUL|AUG|SEP|OCT|NOV|DEC)( \\d{1,2})?");

    private RawExports() {
    }

    /**
     * Scopus: the {@code Affiliations} column, found by the header (it comes before the funding
     * texts, so a wider row does not move it), and the EID, the last field of every record. Scopus
     * gives a year alone.
     */
    static List<Joint> scopus(String export, String one, String other) throws IOException {
        List<Joint> joint = new ArrayList<>();
        List<CSVRecord> records = csv(export);
        List<String> header = records.get(0).toList();
        int affiliations = header.indexOf("Affiliations");
        int doi = header.indexOf("DOI");
        for (CSVRecord record : records.subList(1, records.size())) {
            String text = record.get(affiliations);
            if (text.contains(one) && text.contains(other)) {
                joint.add(new Joint(record.get(record.size() - 1), record.get(doi), false));
            }
        }
        return joint;
    }

    /** Scopus's distinct records (by DOI, or EID without one) that name an affiliation: each has a year alone. */
    static long scopusWithAffiliations(String export) throws IOException {
        List<CSVRecord> records = csv(export);
        List<String> header = records.get(0).toList();
        int affiliations = header.indexOf("Affiliations");
        int doi = header.indexOf("DOI");
        return records.subList(1, records.size()).stream().filter(r -> !r.get(affiliations).isBlank())
                .map(r -> new Joint(r.get(r.size() - 1), r.get(doi), false).identity()).distinct().count();
    }

    /** OpenAlex: {@code authorships.institutions.display_name}; every date is a full date. */
    static List<Joint> openAlex(String export, String one, String other) throws IOException {
        List<Joint> joint = new ArrayList<>();
        List<CSVRecord> records = csv(export);
        List<String> header = records.get(0).toList();
        int institutions = header.indexOf("authorships.institutions.display_name");
        for (CSVRecord record : records.subList(1, records.size())) {
            String text = record.get(institutions);
            if (text.contains(one) && text.contains(other)) {
                joint.add(new Joint(record.get(header.indexOf("id")), record.get(header.indexOf("doi")), true));
            }
        }
        return joint;
    }

    /** Web of Science's distinct records (by DOI, or UT) whose {@code PD} names no month: each has a year alone. */
    static long webOfScienceYearsAlone(String export) throws IOException {
        return webOfSciencePlainText(export, "", "").stream().filter(r -> !r.monthOrDay()).map(Joint::identity)
                .distinct().count();
    }

    /**
     * Web of Science's plain text: the records whose {@code C1} lines name both, with their
     * {@code UT}, {@code DI} and {@code PD}. Every record names the empty text.
     */
    static List<Joint> webOfSciencePlainText(String export, String one, String other) throws IOException {
        List<Joint> joint = new ArrayList<>();
        String id = "";
        String doi = "";
        String monthDay = "";
        StringBuilder addresses = new StringBuilder();
        boolean inAddresses = false;
        for (String line : Files.readAllLines(BibliographicExportsTest.export(export), StandardCharsets.UTF_8)) {
            if (line.startsWith("   ")) {
                if (inAddresses) {
                    addresses.append('\n').append(line);
                }
                continue;
            }
            inAddresses = line.startsWith("C1 ");
            if (inAddresses) {
                addresses.append(line);
            } else if (line.startsWith("UT ")) {
                id = line.substring(3);
            } else if (line.startsWith("DI ")) {
                doi = line.substring(3);
            } else if (line.startsWith("PD ")) {
                monthDay = line.substring(3);
            } else if (line.equals("ER")) {
                if (addresses.indexOf(one) >= 0 && addresses.indexOf(other) >= 0) {
                    joint.add(new Joint(id, doi, MONTH.matcher(monthDay).matches()));
                }
                id = "";
                doi = "";
                monthDay = "";
                addresses.setLength(0);
            }
        }
        return joint;
    }

    /** Every record, the header first (its first name keeps a byte-order mark; the names looked up come later). */
    private static List<CSVRecord> csv(String export) throws IOException {
        try (Reader reader = Files.newBufferedReader(BibliographicExportsTest.export(export), StandardCharsets.UTF_8);
                CSVParser parser = CSVParser.builder().setReader(reader).setFormat(CSVFormat.RFC4180).get()) {
            return parser.getRecords();
        }
    }
}
