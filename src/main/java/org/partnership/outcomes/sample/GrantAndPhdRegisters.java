package org.partnership.outcomes.sample;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.List;
import java.util.SplittableRandom;

import org.partnership.outcomes.sample.SampleDataGenerator.CsvOut;
import org.partnership.outcomes.sample.SampleDataGenerator.Fault;
import org.partnership.outcomes.sample.SampleDataGenerator.PlantedFault;
import org.partnership.outcomes.sample.Vocabulary.Theme;

/**
 * Writes the grant register ({@code grants/register.csv}, CRLF, no byte-order mark) and the PhD
 * register ({@code phds/students.csv}, LF, with a byte-order mark and a personal-data {@code email}
 * column that the job must ignore).
 *
 * <p>Grants are written in order of submission from January 2019. Seed grants of the partnership's
 * joint fund are decided in two rounds a year (30 June, 15 December) and paid in GBP (UCL-led) or INR
 * (IISc-led); external grants come from UK (GBP), Indian (INR) and US (USD) funders and are decided
 * 4 to 11 months after submission. Some external applications grow from an earlier awarded seed grant
 * ({@code follow_on_from}) and share its theme. Anything not decided by 31 October 2026 is still
 * {@code submitted}.
 *
 * <p>PhD students start from 2015 on. Each one's history (submission after 3 to 5 years, or 5 to 8
 * part-time; award some months later; a tenth withdraw) is cut at 31 October 2026, which gives the
 * status and the dates that have happened by then.
 */
final class GrantAndPhdRegisters {

    static final String GRANTS_FILE = "grants/register.csv";
    static final String PHDS_FILE = "phds/students.csv";

    private static final List<String> GRANT_COLUMNS = List.of("grant_id", "title", "funder", "scheme", "funding_type",
            "lead_institution", "partner_institutions", "themes", "status", "decision_date", "amount", "currency",
            "follow_on_from");
    private static final List<String> PHD_COLUMNS = List.of("student_ref", "email", "programme", "home_institution",
            "partner_institution", "themes", "start_date", "submission_date", "award_date", "withdrawal_date", "status",
            "fte", "destination");

    /**
     * Faults planted with --bad-rows, in the order of the rows they go to (all listed in SampleDataGenerator).
     * A null value is computed where the fault is planted: the id four rows earlier, a date 400 days before the start.
     */
    static final List<Fault> GRANT_FAULTS = List.of(
            new Fault("currency", "XYZ", "unknown currency on an awarded grant"),
            new Fault("decision_date", "", "awarded grant without decision date"),
            new Fault("grant_id", null, "grant id already used four rows earlier"),
            new Fault("amount", "1,250,000", "amount with thousands separators"));
    static final List<Fault> PHD_FAULTS = List.of(
            new Fault("award_date", null, "award date before start date"),
            new Fault("student_ref", null, "student ref already used four rows earlier"),
            new Fault("fte", "1.5", "fte above 1"),
            new Fault("withdrawal_date", "", "withdrawn student without withdrawal date"));

    /** Everything after this day has not happened yet when the sample was "exported". */
    private static final int EXPORT_DAY = SampleDataGenerator.day(2026, 10, 31);

    /** A funder; an id pattern's {Y} is the year, {y} its last two digits, {L} a letter for it, {6} a serial. */
    private record Funder(String name, String currency, String lead, List<String> schemes, String idPattern,
                          long minAmount, long maxAmount) {
    }

    private static final String UCL = "ucl";
    private static final String IISC = "iisc";
    private static final String EITHER = "either";

    private static final List<Funder> EXTERNAL_FUNDERS = List.of(
            new Funder("Engineering and Physical Sciences Research Council", "GBP", UCL,
                    List.of("Standard Research Grant", "New Investigator Award",
                            "Healthcare Technologies Impact Fellowship"),
                    "EP/{L}{6}/1", 150_000, 2_500_000),
            new Funder("Medical Research Council", "GBP", UCL,
                    List.of("Global Health Research", "Developmental Pathway Funding Scheme", "Experimental Medicine"),
                    "MR/{L}{6}/1", 200_000, 3_000_000),
            new Funder("Wellcome Trust", "GBP", UCL, List.of("Discovery Award", "Career Development Award",
                    "Innovations"),
                    "{6}/Z/{y}/Z", 100_000, 4_000_000),
            new Funder("National Institute for Health and Care Research", "GBP", UCL,
                    List.of("Global Health Research Groups",
                            "Invention for Innovation"), "NIHR{6}", 250_000, 3_000_000),
            new Funder("UK Research and Innovation", "GBP", UCL, List.of("International Science Partnerships Fund"),
                    "UKRI-ISPF-{Y}-{6}", 50_000, 500_000),
            new Funder("The Royal Society",
                    "GBP", UCL, List.of("International Exchanges"), "IES-R2-{y}{6}", 8_000, 12_000),
            new Funder("Department of Biotechnology, Government of India", "INR", IISC,
                    List.of("Indo-UK Collaborative Research", "Bio-CARe"), "BT/PR{6}/MED/{Y}", 5_000_000, 80_000_000),
            new Funder("Department of Science and Technology, Government of India", "INR", IISC,
                    List.of("Indo-UK Joint Research", "Technology Development Programme"), "DST/INT/UK/{Y}/{6}",
                    10_000_000, 100_000_000),
            new Funder("Anusandhan National Research Foundation", "INR", IISC, List.of("Core Research Grant"),
                    "CRG/{Y}/{6}", 2_000_000, 8_000_000),
            new Funder("Indian Council of Medical Research", "INR", IISC, List.of("Extramural Research"),
                    "ICMR-EMR-{Y}-{6}", 2_000_000, 20_000_000),
            new Funder("Bill & Melinda Gates Foundation", "USD", EITHER, List.of("Grand Challenges India"), "INV-{6}",
                    100_000, 2_000_000),
            new Funder("National Institutes of Health", "USD", EITHER, List.of("Fogarty International Center R21"),
                    "R21TW{6}", 150_000, 450_000));

    private static final Funder SEED_FUND_UCL = new Funder("UCL-IISc Strategic Partnership", "GBP", UCL,
            List.of("Joint Seed Fund"), "UCL-IISC-SEED-{Y}-{6}", 5_000, 40_000);
    private static final Funder SEED_FUND_IISC = new Funder("UCL-IISc Strategic Partnership", "INR", IISC,
            List.of("Joint Seed Fund"), "UCL-IISC-SEED-{Y}-{6}", 500_000, 3_000_000);

    private static final List<String> OTHER_PARTNERS = List.of("King's College London", "Imperial College London",
            "National Institute of Mental Health and Neurosciences", "St John's Medical College",
            "Christian Medical College Vellore", "IIT Bombay",
            "University College London Hospitals NHS Foundation Trust");

    private static final String[] PROGRAMMES = {"joint-phd", "cotutelle", "split-site", ""};
    private static final int[] PROGRAMME_WEIGHTS = {40, 30, 20, 10};
    private static final String[] DESTINATIONS = {"academia", "industry", "clinical", "government", "other", ""};
    private static final int[] DESTINATION_WEIGHTS = {42, 24, 12, 10, 4, 8};

    /** An awarded grant without a planted fault: programme activities may name it as their funding. */
    record Award(String id, int decisionDay, boolean seed) {
    }

    /** An awarded seed grant that later external applications may grow from. */
    private record Seed(String id, int decisionDay, Theme theme) {
    }

    private final SplittableRandom r;
    private final boolean badRows;
    private final List<PlantedFault> planted;
    /** Awarded seed grants whose decision day has not been reached yet by the grants being written. */
    private final ArrayDeque<Seed> pendingSeeds = new ArrayDeque<>();
    /** The last 256 seed grants decided by then: the ones that external applications may follow on from. */
    private final Seed[] decidedSeeds = new Seed[256];
    private int decidedCount;
    private final List<Award> awards = new java.util.ArrayList<>();

    GrantAndPhdRegisters(SplittableRandom r, boolean badRows, List<PlantedFault> planted) {
        this.r = r;
        this.badRows = badRows;
        this.planted = planted;
    }

    // ---------------------------------------------------------------- grants

    /** The awarded grants written so far (none with a planted fault), by decision day. */
    List<Award> awards() {
        List<Award> sorted = new java.util.ArrayList<>(awards);
        sorted.sort(java.util.Comparator.comparingInt(Award::decisionDay).thenComparing(Award::id));
        return sorted;
    }

    void writeGrants(Path dir, int count) throws IOException {
        List<Fault> faults = badRows ? GRANT_FAULTS : List.of();
        int[] faultRows = SampleDataGenerator.faultRows(count, faults.size());
        String[] recentIds = new String[8];
        int first = SampleDataGenerator.day(2019, 1, 7);
        int span = SampleDataGenerator.day(2026, 9, 15) - first;
        try (CsvOut out = new CsvOut(dir.resolve(GRANTS_FILE), false, "\r\n")) {
            out.row(GRANT_COLUMNS.toArray(String[]::new));
            for (int i = 0; i < count; i++) {
                int submitted = first + (int) ((long) span * i / count) + r.nextInt(25);
                Fault fault = faultAt(faults, faultRows, i);
                boolean forceAwarded = fault != null && !fault.field().equals("grant_id");
                String[] row = grant(i + 1, submitted, forceAwarded, fault == null);
                if (fault != null) {
                    String value = fault.value() != null ? fault.value() : recentIds[(i - 4) & 7];
                    row[GRANT_COLUMNS.indexOf(fault.field())] = value;
                    planted.add(fault.at(GRANTS_FILE, out.nextLine(), row[0], value));
                }
                recentIds[i & 7] = row[0];
                out.row(row);
            }
        }
    }

    /** One register row; {@code mayBeFollowedOn} is false for rows that carry a planted fault. */
    private String[] grant(int serial, int submitted, boolean forceAwarded, boolean mayBeFollowedOn) {
        boolean seedGrant = r.nextInt(100) < 35;
        Seed origin = seedGrant || r.nextInt(100) >= 30 ? null : eligibleSeed(submitted);
        Funder funder = seedGrant ? (r.nextBoolean() ? SEED_FUND_UCL : SEED_FUND_IISC)
                : Vocabulary.pick(r, EXTERNAL_FUNDERS);
        boolean uclLeads = funder.lead().equals(EITHER) ? r.nextBoolean() : funder.lead().equals(UCL);
        Theme theme = origin != null ? origin.theme() : r.nextInt(100) < 5 ? null : Vocabulary.pickTheme(r);
        Theme secondary = theme != null && r.nextInt(100) < 20 ? Vocabulary.pickCompanion(r, theme) : null;
        int year = Integer.parseInt(SampleDataGenerator.date(submitted).substring(0, 4));
        int decisionDay = seedGrant ? nextSeedRound(submitted + 60) : submitted + 120 + r.nextInt(200);

        String status;
        if (forceAwarded) {
            decisionDay = Math.min(decisionDay, EXPORT_DAY - 30);
            status = "awarded";
        } else if (decisionDay > EXPORT_DAY) {
            status = "submitted";
        } else {
            int roll = r.nextInt(100);
            int awardedPercent = seedGrant ? 55 : 35;
            status = roll < awardedPercent ? "awarded" : roll < 93 ? "declined" : "withdrawn";
        }
        boolean decided = status.equals("awarded") || status.equals("declined");
        boolean awarded = status.equals("awarded");
        String id = grantId(funder.idPattern(), year, serial);
        if (seedGrant && awarded && mayBeFollowedOn) {
            pendingSeeds.add(new Seed(id, decisionDay, theme));
        }
        if (awarded && mayBeFollowedOn) {
            awards.add(new Award(id, decisionDay, seedGrant));
        }
        return new String[] {
            id,
            Vocabulary.grantTitle(r, theme, secondary),
            funder.name(),
            seedGrant ? "Joint Seed Fund " + year : Vocabulary.pick(r, funder.schemes()),
            seedGrant ? "seed" : "external",
            partnerName(uclLeads),
            partnerInstitutions(!uclLeads),
            r.nextInt(100) < 50 ? Vocabulary.themeIds(theme, secondary) : "",
            status,
            decided ? SampleDataGenerator.date(decisionDay) : "",
            awarded ? amount(funder) : "",
            awarded ? funder.currency() : "",
            origin == null ? "" : origin.id()
        };
    }

    /** A seed grant awarded before {@code submitted}, or null when there is none yet. */
    private Seed eligibleSeed(int submitted) {
        // seed rounds follow submission order, so the queue is in decision order (give or take a round)
        while (!pendingSeeds.isEmpty() && pendingSeeds.peek().decisionDay() < submitted) {
            decidedSeeds[decidedCount++ % decidedSeeds.length] = pendingSeeds.poll();
        }
        return decidedCount == 0 ? null : decidedSeeds[r.nextInt(Math.min(decidedCount, decidedSeeds.length))];
    }

    /** The seed fund decides on 30 June and 15 December. */
    private static int nextSeedRound(int day) {
        int year = Integer.parseInt(SampleDataGenerator.date(day).substring(0, 4));
        for (int y = year; ; y++) {
            for (int round : new int[] {SampleDataGenerator.day(y, 6, 30), SampleDataGenerator.day(y, 12, 15)}) {
                if (round >= day) {
                    return round;
                }
            }
        }
    }

    /** A funder's reference; the serial is scrambled (injectively) so that references do not look sequential. */
    private static String grantId(String pattern, int year, int serial) {
        long scrambled = serial < 900_000 ? (serial * 7919L + 104_729) % 900_000 + 100_000 : 1_000_000L + serial;
        String serialText = Long.toString(scrambled);
        return pattern.replace("{Y}", Integer.toString(year))
                .replace("{y}", Integer.toString(year % 100))
                .replace("{L}", String.valueOf("STVWXYZZ".charAt(Math.min(7, Math.max(0, year - 2019)))))
                .replace("{6}", serialText);
    }

    private String amount(Funder funder) {
        long units = funder.minAmount() + (long) (r.nextDouble() * (funder.maxAmount() - funder.minAmount()));
        units -= units % (funder.maxAmount() > 100_000 ? 100 : 50);
        int style = r.nextInt(10);
        if (style < 6) {
            return Long.toString(units);
        }
        StringBuilder sb = new StringBuilder(16).append(units).append('.');
        SampleDataGenerator.zeroPadded(sb, style < 9 ? 0 : r.nextInt(100), 2);
        return sb.toString();
    }

    private String partnerName(boolean ucl) {
        return ucl ? Vocabulary.pick(r, "University College London", "University College London", "UCL")
                : Vocabulary.pick(r, "Indian Institute of Science", "Indian Institute of Science", "IISc Bengaluru");
    }

    private String partnerInstitutions(boolean ucl) {
        String partner = partnerName(ucl);
        return r.nextInt(100) < 30 ? partner + "; " + Vocabulary.pick(r, OTHER_PARTNERS) : partner;
    }

    // ---------------------------------------------------------------- PhD students

    void writePhds(Path dir, int count) throws IOException {
        List<Fault> faults = badRows ? PHD_FAULTS : List.of();
        int[] faultRows = SampleDataGenerator.faultRows(count, faults.size());
        String[] recentRefs = new String[8];
        int first = SampleDataGenerator.day(2015, 1, 5);
        int span = SampleDataGenerator.day(2026, 10, 1) - first;
        try (CsvOut out = new CsvOut(dir.resolve(PHDS_FILE), true, "\n")) {
            out.row(PHD_COLUMNS.toArray(String[]::new));
            for (int i = 0; i < count; i++) {
                int start = first + (int) ((long) span * i / count) + r.nextInt(20);
                Fault fault = faultAt(faults, faultRows, i);
                String forcedStatus = fault == null ? null : switch (fault.field()) {
                    case "award_date" -> "awarded";
                    case "withdrawal_date" -> "withdrawn";
                    default -> null;
                };
                String[] row = student(i + 1, start, forcedStatus);
                if (fault != null) {
                    plantPhdFault(row, fault, start, recentRefs[(i - 4) & 7]);
                    planted.add(fault.at(PHDS_FILE, out.nextLine(), row[0], row[PHD_COLUMNS.indexOf(fault.field())]));
                }
                recentRefs[i & 7] = row[0];
                out.row(row);
            }
        }
    }

    private static void plantPhdFault(String[] row, Fault fault, int start, String earlierRef) {
        String value = fault.value();
        if (fault.field().equals("student_ref")) {
            value = earlierRef;
            row[PHD_COLUMNS.indexOf("email")] = email(earlierRef);
        } else if (fault.field().equals("award_date")) {
            value = SampleDataGenerator.date(start - 400);
            row[PHD_COLUMNS.indexOf("submission_date")] = "";
        }
        row[PHD_COLUMNS.indexOf(fault.field())] = value;
    }

    /** One student, their history cut at the export day; {@code forcedStatus} (or null) overrides it. */
    private String[] student(int serial, int start, String forcedStatus) {
        if (r.nextInt(100) < 60) {
            start = SampleDataGenerator.firstOfMonth(start);
        }
        // fixed shares rather than random ones, so that even the 30 students of a small sample include
        // part-time students (1 in 7), students who withdraw (1 in 9) and a blank fte (1 in 10)
        boolean partTime = serial % 7 == 3;
        int months = partTime ? 64 + r.nextInt(33) : 38 + r.nextInt(11) + r.nextInt(11);
        int submission = start + (int) (months * 30.44);
        int award = submission + 90 + r.nextInt(210);
        int withdrawal = serial % 9 == 5 ? start + 60 + r.nextInt(940) : Integer.MAX_VALUE;

        String status;
        if (forcedStatus != null) {
            status = forcedStatus;
        } else if (withdrawal <= EXPORT_DAY) {
            status = "withdrawn";
        } else if (award <= EXPORT_DAY) {
            status = "awarded";
        } else if (submission <= EXPORT_DAY) {
            status = "submitted";
        } else {
            status = "active";
        }
        boolean awarded = status.equals("awarded");
        boolean showSubmission = status.equals("submitted") || awarded && r.nextInt(100) < 90;
        boolean uclHome = r.nextInt(100) < 55;
        String ref = "PHD-" + pad4(serial);
        Theme theme = r.nextInt(100) < 85 ? Vocabulary.pickTheme(r) : null;
        Theme second = theme != null && r.nextInt(100) < 20 ? Vocabulary.pickCompanion(r, theme) : null;
        return new String[] {
            ref,
            email(ref),
            Vocabulary.weighted(r, PROGRAMMES, PROGRAMME_WEIGHTS),
            partnerName(uclHome),
            partnerName(!uclHome),
            Vocabulary.themeIds(theme, second),
            SampleDataGenerator.date(start),
            showSubmission ? SampleDataGenerator.date(Math.min(submission, EXPORT_DAY)) : "",
            awarded ? SampleDataGenerator.date(award) : "",
            status.equals("withdrawn") ? SampleDataGenerator.date(Math.min(withdrawal, EXPORT_DAY)) : "",
            status,
            partTime ? "0.5" : serial % 10 == 1 ? "" : "1.0",
            awarded ? Vocabulary.weighted(r, DESTINATIONS, DESTINATION_WEIGHTS) : ""
        };
    }

    /** An obviously fake address: personal data the job must never copy to its outputs. */
    private static String email(String ref) {
        return "student" + ref.substring(4) + "@example.invalid";
    }

    private static String pad4(int n) {
        StringBuilder sb = new StringBuilder(5);
        SampleDataGenerator.zeroPadded(sb, n, 4);
        return sb.toString();
    }

    private static Fault faultAt(List<Fault> faults, int[] rows, int row) {
        for (int i = 0; i < rows.length; i++) {
            if (rows[i] == row) {
                return faults.get(i);
            }
        }
        return null;
    }
}
