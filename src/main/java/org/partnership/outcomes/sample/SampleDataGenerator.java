package org.partnership.outcomes.sample;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.BufferedWriter;
import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.SplittableRandom;

import org.partnership.outcomes.sample.Vocabulary.Theme;

/**
 * Writes a complete, valid input folder for the Partnership Outcomes job (REQUIREMENTS.md section 3)
 * of any size, deterministically from a seed, with the JDK only:
 *
 * <pre>
 * java -cp CLASSES org.partnership.outcomes.sample.SampleDataGenerator OUT_DIR \
 *     [--publications N] [--seed S] [--bad-rows]
 * </pre>
 *
 * <ul>
 * <li>{@code partnership.yml}: the UCL-IISc partnership, its seven themes and the default thresholds.</li>
 * <li>{@code publications/ucl-export.csv}, {@code publications/iisc-export.csv}: N rows between them
 *     (default 400), written by each side in the style of its own system, with many joint papers in both
 *     exports under differently written DOIs, a few without DOI that meet by title and year, about 5.5
 *     affiliation strings per row (hundreds of thousands of distinct ones at a million rows), quoted
 *     fields, quotes and line breaks in titles; dated April 2019 to October 2026 ({@link PublicationExports}).</li>
 * <li>{@code grants/register.csv}: max(40, min(N/4, 1000 + N/10)) seed and external grants in GBP, INR
 *     and USD, some external ones following on from a seed grant; {@code phds/students.csv}:
 *     max(30, N/20) students from 2015, with a personal-data {@code email} column ({@link GrantAndPhdRegisters}).</li>
 * <li>{@code fx-rates.csv}: monthly GBP rates of INR and USD from January 2015 to December 2026.</li>
 * <li>{@code activities/activities.csv}: max(60, N/50) programme activities from April 2019: faculty
 *     exchanges both ways, fellowships, workshops and trainings, innovation milestones
 *     ({@link ProgrammeActivities}).</li>
 * </ul>
 *
 * <p>The shapes are those that make the job's rules matter: overlapping exports for de-duplication,
 * look-alike institutions (UCLH, IISER, UCLA) for affiliation matching, mostly empty {@code themes}
 * columns for keyword classification, and a few papers in no theme. With {@code --bad-rows} a few
 * realistic faults are planted (listed below); the program prints the file and line of each.
 *
 * <p>Output depends only on N, the seed and the flag: {@link SplittableRandom} streams split from the
 * seed, {@link StrictMath} rather than platform-dependent {@link Math} for logarithms and powers, no
 * hash-ordered collections, no clock. Every file is streamed through a buffered writer, so memory stays
 * small whatever N is.
 */
public final class SampleDataGenerator {

    /*
     * Planted faults (--bad-rows). Each makes its row a reject; at most 4 per file, spread over the file,
     * so that no file exceeds reject-allowance 5 and the job's reject limits are never reached.
     *   publications/ucl-export.csv   publication_date 2023-13-01 (no month 13); citations -3 (negative);
     *                                 themes "healthcare-ai;genomics" (genomics is no configured theme);
     *                                 title empty (required).
     *   publications/iisc-export.csv  publication_date 31/12/2023 (not YYYY-MM-DD); publication_date 2021
     *                                 (year only); citations "n/a" (not a whole number); themes
     *                                 "unclassified" (not a configured theme id).
     *   grants/register.csv           awarded grant in currency XYZ (no such currency, no fx rate); awarded
     *                                 grant without decision_date; grant_id of the row four rows earlier
     *                                 (duplicate); awarded amount "1,250,000" (thousands separators).
     *   phds/students.csv             award_date 400 days before start_date; student_ref of the row four
     *                                 rows earlier (duplicate); fte 1.5 (above 1); withdrawn student without
     *                                 withdrawal_date.
     *   fx-rates.csv                  an extra row USD,2020-06-15,0 (rate must be above 0).
     *   activities/activities.csv     an exchange from a partner to the same partner; a completed workshop
     *                                 without end_date; funded_by_grant not in the register; activity_id
     *                                 of the row four rows earlier (duplicate).
     */

    static final String USAGE = "usage: java -cp CLASSES org.partnership.outcomes.sample.SampleDataGenerator"
            + " OUT_DIR [--publications N] [--seed S] [--bad-rows]";

    private SampleDataGenerator() {
    }

    /** The command line: where to write, how many publication rows, the seed, whether to plant bad rows. */
    record Options(Path outDir, int publications, long seed, boolean badRows) {

        static Options parse(String[] args) {
            Path outDir = null;
            int publications = 400;
            long seed = 42;
            boolean badRows = false;
            for (int i = 0; i < args.length; i++) {
                String arg = args[i];
                String name = arg.contains("=") ? arg.substring(0, arg.indexOf('=')) : arg;
                switch (name) {
                    case "--bad-rows" -> badRows = true;
                    case "--publications", "--seed" -> {
                        String text;
                        if (arg.contains("=")) {
                            text = arg.substring(name.length() + 1);
                        } else if (i + 1 < args.length) {
                            text = args[++i];
                        } else {
                            throw new IllegalArgumentException(name + " needs a value");
                        }
                        if (name.equals("--seed")) {
                            seed = number(name, text, Long.MIN_VALUE);
                        } else {
                            publications = (int) Math.min(Integer.MAX_VALUE, number(name, text, 1));
                        }
                    }
                    default -> {
                        if (arg.startsWith("--") || outDir != null) {
                            throw new IllegalArgumentException("unexpected argument: " + arg);
                        }
                        outDir = Path.of(arg);
                    }
                }
            }
            if (outDir == null) {
                throw new IllegalArgumentException("missing OUT_DIR");
            }
            return new Options(outDir, publications, seed, badRows);
        }

        private static long number(String name, String text, long min) {
            try {
                long value = Long.parseLong(text.trim());
                if (value < min) {
                    throw new IllegalArgumentException(name + " must be at least " + min + ": " + text);
                }
                return value;
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException(name + " is not a whole number: " + text);
            }
        }
    }

    public static void main(String[] args) {
        Options options;
        try {
            options = Options.parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println("SampleDataGenerator: " + e.getMessage());
            System.err.println(USAGE);
            System.exit(2);
            return;
        }
        try {
            List<PlantedFault> planted =
                    generate(options.outDir(), options.publications(), options.seed(), options.badRows());
            System.out.printf("Wrote %s: %d publication rows, %d grants, %d PhD students, %d activities (seed %d)%n",
                    options.outDir(), options.publications(), grantCount(options.publications()),
                    phdCount(options.publications()), activityCount(options.publications()), options.seed());
            for (PlantedFault p : planted) {
                System.out.println("  bad row " + p);
            }
        } catch (IOException e) {
            System.err.println("SampleDataGenerator: cannot write " + options.outDir() + ": " + e);
            System.exit(1);
        }
    }

    /**
     * Writes the whole input folder into {@code outDir} (created if needed; existing files of the same
     * names are replaced) and returns the planted bad rows by file and line (none without {@code badRows}).
     */
    public static List<PlantedFault> generate(Path outDir, int publications, long seed, boolean badRows)
            throws IOException {
        if (publications < 1) {
            throw new IllegalArgumentException("publications must be at least 1");
        }
        Files.createDirectories(outDir);
        SplittableRandom root = new SplittableRandom(seed);
        SplittableRandom publicationRandom = root.split();
        SplittableRandom registerRandom = root.split();
        SplittableRandom fxRandom = root.split();
        SplittableRandom activityRandom = root.split(); // split last: the other files stay as they were
        List<PlantedFault> planted = new ArrayList<>();

        writeConfig(outDir.resolve("partnership.yml"));
        new PublicationExports(publicationRandom, publications, badRows, planted).write(outDir);
        GrantAndPhdRegisters registers = new GrantAndPhdRegisters(registerRandom, badRows, planted);
        registers.writeGrants(outDir, grantCount(publications));
        registers.writePhds(outDir, phdCount(publications));
        writeFxRates(outDir.resolve("fx-rates.csv"), fxRandom, badRows, planted);
        new ProgrammeActivities(activityRandom, badRows, planted, registers.awards())
                .write(outDir, activityCount(publications));
        planted.sort(Comparator.comparing(PlantedFault::file).thenComparingLong(PlantedFault::line));
        return planted;
    }

    /** N/4 for small samples, growing by N/10 for large ones. */
    static int grantCount(int publications) {
        return Math.max(40, Math.min(publications / 4, 1000 + publications / 10));
    }

    /** About 20,000 activities at a million publication rows. */
    static int activityCount(int publications) {
        return Math.max(60, publications / 50);
    }

    static int phdCount(int publications) {
        return Math.max(30, publications / 20);
    }

    // ---------------------------------------------------------------- partnership.yml

    static void writeConfig(Path file) throws IOException {
        StringBuilder y = new StringBuilder(4096);
        y.append("""
                # Partnership Outcomes: configuration of the UCL-IISc strategic partnership in healthcare.
                # (Synthetic sample written by org.partnership.outcomes.sample.SampleDataGenerator.)

                # The partner institutions. An affiliation belongs to a partner when it carries one of the
                # partner's ROR ids (bare or as https://ror.org/ID) or one of its aliases, and none of its
                # exclusions; matching is case-insensitive on whole words. A publication is joint when its
                # affiliations match at least two partners.
                partners:
                  - id: ucl
                    name: "University College London"
                    ror-ids: ["02jx3x895"]
                    aliases: ["University College London", "UCL", "Univ Coll London"]
                    # a separate NHS trust whose name contains a UCL alias
                    exclusions: ["University College London Hospitals"]
                  - id: iisc
                    name: "Indian Institute of Science, Bengaluru"
                    ror-ids: ["04dese585"]
                    aliases: ["Indian Institute of Science", "IISc Bangalore", "IISc Bengaluru", "Indian Inst Sci"]
                    # the IISERs are separate institutes whose names contain an IISc alias
                    exclusions: ["Indian Institute of Science Education and Research"]

                # The partnership's themes. A row's themes column, when filled, decides alone; otherwise a
                # publication's title and keywords (a grant's title) are matched against each theme's keywords
                # (whole words, case-insensitive, multi-word keywords as phrases). A record may fall in several
                # themes; one in none is "unclassified".
                themes:
                """);
        for (Theme t : Vocabulary.THEMES) {
            y.append("  - id: ").append(t.id()).append('\n');
            y.append("    name: \"").append(t.name()).append("\"\n");
            y.append("    keywords: [");
            for (int i = 0; i < t.keywords().size(); i++) {
                y.append(i == 0 ? "\"" : ", \"").append(t.keywords().get(i)).append('"');
            }
            y.append("]\n");
        }
        y.append("""

                # First month of the fiscal year: 4 = April, as UK government and Indian fiscal years.
                fiscal-year-start-month: 4
                # Currency of all reported money; other currencies are converted with fx-rates.csv.
                base-currency: GBP
                # A file fails the run when its share of rejected rows exceeds max-reject-rate
                # and it has more than reject-allowance rejected rows.
                max-reject-rate: 0.05
                reject-allowance: 5
                """);
        Files.createDirectories(file.getParent());
        Files.writeString(file, y, UTF_8);
    }

    // ---------------------------------------------------------------- fx-rates.csv

    /**
     * Monthly rates (GBP per unit) of INR and USD from 2015-01-01 to 2026-12-01: a trend close to the real
     * one (INR 0.0105 to 0.0088, USD 0.66 to 0.78) with a little deterministic noise; with --bad-rows an
     * extra row with rate 0.
     */
    static void writeFxRates(Path file, SplittableRandom r, boolean badRows, List<PlantedFault> planted)
            throws IOException {
        try (CsvOut out = new CsvOut(file, false, "\n")) {
            out.row("currency", "date", "rate");
            int months = 12 * 12;
            for (int m = 0; m < months; m++) {
                double t = m / (double) (months - 1);
                LocalDate date = LocalDate.of(2015, 1, 1).plusMonths(m);
                double inr = (0.0105 - 0.0017 * t) * (1 + 0.012 * gaussian(r));
                double usd = (0.66 + 0.12 * t) * (1 + 0.015 * gaussian(r));
                out.row("INR", date.toString(), decimal(inr, 7));
                out.row("USD", date.toString(), decimal(usd, 4));
                if (badRows && date.equals(LocalDate.of(2020, 6, 1))) {
                    Fault zero = new Fault("rate", "0", "rate must be above 0");
                    planted.add(zero.at("fx-rates.csv", out.nextLine(), "USD 2020-06-15", "0"));
                    out.row("USD", "2020-06-15", "0");
                }
            }
        }
    }

    /** {@code x >= 0} with exactly {@code places} decimals, e.g. {@code 0.0095123}. */
    static String decimal(double x, int places) {
        long scale = (long) StrictMath.pow(10, places);
        long units = Math.round(x * scale);
        StringBuilder sb = new StringBuilder(16).append(units / scale).append('.');
        zeroPadded(sb, units % scale, places);
        return sb.toString();
    }

    // ---------------------------------------------------------------- shared helpers

    /**
     * A standard normal variate as the sum of twelve uniform ones minus six: exact arithmetic, so the same
     * on every JVM (unlike {@code nextGaussian}, whose algorithm is the JDK's to change).
     */
    static double gaussian(SplittableRandom r) {
        double sum = -6;
        for (int i = 0; i < 12; i++) {
            sum += r.nextDouble();
        }
        return sum;
    }

    /** Appends {@code value >= 0} with leading zeros to at least {@code width} digits. */
    static void zeroPadded(StringBuilder sb, long value, int width) {
        String s = Long.toString(value);
        for (int i = s.length(); i < width; i++) {
            sb.append('0');
        }
        sb.append(s);
    }

    /** Days since 1970-01-01 of a calendar date. */
    static int day(int year, int month, int dayOfMonth) {
        return (int) LocalDate.of(year, month, dayOfMonth).toEpochDay();
    }

    /** {@code YYYY-MM-DD} of a day number. */
    static String date(int day) {
        return LocalDate.ofEpochDay(day).toString();
    }

    static int firstOfMonth(int day) {
        return (int) LocalDate.ofEpochDay(day).withDayOfMonth(1).toEpochDay();
    }

    /**
     * The data rows (0-based, distinct) at which the first {@code count} faults go, spread evenly over
     * {@code rows} rows; fewer when there are fewer rows than faults, so that no row carries two faults.
     */
    static int[] faultRows(int rows, int count) {
        int[] at = new int[Math.min(rows, count)];
        for (int i = 0; i < at.length; i++) {
            at[i] = (int) ((long) rows * (2 * i + 1) / (2 * at.length));
        }
        return at;
    }

    /** A fault to plant: the column it is in, the bad value (null: computed where planted) and why it is bad. */
    record Fault(String field, String value, String reason) {

        PlantedFault at(String file, long line, String id, String actualValue) {
            return new PlantedFault(file, line, id, field, actualValue, reason);
        }
    }

    /** A fault as planted: the file (relative to the input folder) and the physical line its record starts on. */
    public record PlantedFault(String file, long line, String id, String field, String value, String reason) {

        @Override
        public String toString() {
            return file + " line " + line + " (id " + id + "): " + field + " = \"" + value + "\": " + reason;
        }
    }

    /**
     * A CSV file being written: RFC 4180 quoting (fields with a comma, quote or line break are quoted,
     * quotes doubled), a chosen line end, optionally a byte-order mark; counts physical lines so that a
     * planted fault can be reported with the line its record starts on.
     */
    static final class CsvOut implements Closeable {
        private final BufferedWriter out;
        private final String eol;
        private final StringBuilder line = new StringBuilder(1024);
        private long lines;

        CsvOut(Path file, boolean bom, String eol) throws IOException {
            Files.createDirectories(file.toAbsolutePath().getParent());
            this.out = new BufferedWriter(new OutputStreamWriter(Files.newOutputStream(file), UTF_8), 1 << 16);
            this.eol = eol;
            if (bom) {
                out.write('\uFEFF');
            }
        }

        /** The physical line (1 = header) on which the next record starts. */
        long nextLine() {
            return lines + 1;
        }

        void row(String... fields) throws IOException {
            line.setLength(0);
            for (int i = 0; i < fields.length; i++) {
                if (i > 0) {
                    line.append(',');
                }
                appendField(fields[i] == null ? "" : fields[i]);
            }
            line.append(eol);
            lines++;
            out.append(line);
        }

        private void appendField(String value) {
            boolean quote = false;
            for (int i = 0; i < value.length() && !quote; i++) {
                char c = value.charAt(i);
                quote = c == ',' || c == '"' || c == '\n' || c == '\r';
            }
            if (!quote) {
                line.append(value);
                return;
            }
            line.append('"');
            for (int i = 0; i < value.length(); i++) {
                char c = value.charAt(i);
                if (c == '"') {
                    line.append('"');
                } else if (c == '\n') {
                    lines++;
                }
                line.append(c);
            }
            line.append('"');
        }

        @Override
        public void close() throws IOException {
            out.close();
        }
    }
}
