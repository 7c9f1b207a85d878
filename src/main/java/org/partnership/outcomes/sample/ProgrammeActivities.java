package org.partnership.outcomes.sample;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.SplittableRandom;

import org.partnership.outcomes.sample.GrantAndPhdRegisters.Award;
import org.partnership.outcomes.sample.SampleDataGenerator.CsvOut;
import org.partnership.outcomes.sample.SampleDataGenerator.Fault;
import org.partnership.outcomes.sample.SampleDataGenerator.PlantedFault;
import org.partnership.outcomes.sample.Vocabulary.Theme;

/**
 * Writes the programme activities ({@code activities/activities.csv}, LF, no byte-order mark, with a
 * personal-data {@code host_contact_email} column the job must ignore), in order of start date from
 * April 2019 to the end of 2026: faculty exchanges in both directions between UCL and IISc (two weeks
 * to four months), research fellowships (six months to two years), workshops and trainings with
 * their participants, and now and then an invention disclosure, a patent filing, a licence or a
 * spin-out. About half the exchanges and fellowships name an awarded grant of the register (seed or
 * external) decided before they start. Each activity's history is cut at 31 October 2026, the day
 * of the "export": what starts later is planned, what has ended by then is completed, the rest
 * active; a few are cancelled.
 */
final class ProgrammeActivities {

    static final String FILE = "activities/activities.csv";

    private static final List<String> COLUMNS = List.of("activity_id", "type", "title", "from_institution",
            "to_institution", "person_ref", "host_contact_email", "themes", "keywords", "start_date", "end_date",
            "participants", "funded_by_grant", "status");

    private static final String[] TYPES = {"faculty-exchange", "fellowship", "workshop", "training",
        "invention-disclosure", "patent-filing", "licence", "spin-out"};
    private static final int[] TYPE_WEIGHTS = {30, 12, 22, 18, 8, 5, 3, 2};

    /** Faults planted with --bad-rows, spread over the file; a null value is computed where planted. */
    static final List<Fault> FAULTS = List.of(
            new Fault("to_institution", null, "an exchange within one partner (not between two partners)"),
            new Fault("end_date", "", "completed without an end date"),
            new Fault("funded_by_grant", "UCL-IISC-SEED-2099-000000", "a grant that is not in the register"),
            new Fault("activity_id", null, "activity id already used four rows earlier"));

    private static final int EXPORT_DAY = SampleDataGenerator.day(2026, 10, 31);

    private final SplittableRandom r;
    private final boolean badRows;
    private final List<PlantedFault> planted;
    private final List<Award> awards;

    ProgrammeActivities(SplittableRandom r, boolean badRows, List<PlantedFault> planted, List<Award> awards) {
        this.r = r;
        this.badRows = badRows;
        this.planted = planted;
        this.awards = awards;
    }

    void write(Path dir, int count) throws IOException {
        List<Fault> faults = badRows ? FAULTS : List.of();
        int[] faultRows = SampleDataGenerator.faultRows(count, faults.size());
        String[] recentIds = new String[8];
        int first = SampleDataGenerator.day(2019, 4, 1);
        int span = SampleDataGenerator.day(2026, 12, 31) - first;
        int nextFault = 0;
        try (CsvOut out = new CsvOut(dir.resolve(FILE), false, "\n")) {
            out.row(COLUMNS.toArray(String[]::new));
            for (int i = 0; i < count; i++) {
                int start = first + (int) ((long) span * i / count) + r.nextInt(20);
                Fault fault = nextFault < faultRows.length && faultRows[nextFault] == i ? faults.get(nextFault++) : null;
                String[] row = activity(i + 1, start, fault);
                if (fault != null) {
                    String value = switch (fault.field()) {
                        case "activity_id" -> recentIds[(i - 4) & 7];
                        case "to_institution" -> row[COLUMNS.indexOf("from_institution")];
                        default -> fault.value();
                    };
                    row[COLUMNS.indexOf(fault.field())] = value;
                    planted.add(fault.at(FILE, out.nextLine(), row[0], value));
                }
                recentIds[i & 7] = row[0];
                out.row(row);
            }
        }
    }

    /** One row; a row that will carry {@code fault} gets the type and status the fault needs. */
    private String[] activity(int serial, int start, Fault fault) {
        String type = Vocabulary.weighted(r, TYPES, TYPE_WEIGHTS);
        if (fault != null && (fault.field().equals("to_institution") || fault.field().equals("funded_by_grant"))) {
            type = "faculty-exchange";
        } else if (fault != null && fault.field().equals("end_date")) {
            type = "workshop";
        }
        boolean mobility = type.equals("faculty-exchange") || type.equals("fellowship");
        boolean event = type.equals("workshop") || type.equals("training");
        Theme theme = r.nextInt(100) < 6 ? null : Vocabulary.pickTheme(r);
        Theme secondary = theme != null && r.nextInt(100) < 15 ? Vocabulary.pickCompanion(r, theme) : null;

        int end = switch (type) {
            case "faculty-exchange" -> r.nextInt(100) < 10 ? -1 : start + 13 + r.nextInt(110);
            case "fellowship" -> start + 180 + r.nextInt(550);
            case "workshop" -> start + r.nextInt(3);
            case "training" -> start + r.nextInt(5);
            default -> -1; // an innovation milestone happens on one day
        };
        String status;
        if (start > EXPORT_DAY) {
            status = "planned";
        } else if (r.nextInt(100) < 4) {
            status = "cancelled";
        } else {
            status = end >= 0 && end <= EXPORT_DAY ? "completed" : "active";
        }
        if (fault != null && fault.field().equals("end_date")) {
            status = "completed";
            start = Math.min(start, EXPORT_DAY - 30);
        }
        boolean uclToIisc = r.nextBoolean();
        String participants = "";
        if (event && r.nextInt(100) < 90) {
            participants = Integer.toString(type.equals("workshop") ? 15 + r.nextInt(106) : 8 + r.nextInt(53));
        }
        String grant = mobility && r.nextInt(100) < 55 ? fundingGrant(start) : "";
        return new String[] {
            "ACT-" + SampleDataGenerator.date(start).substring(0, 4) + "-" + serial(serial),
            type,
            title(type, theme),
            mobility ? institution(uclToIisc) : "",
            mobility ? institution(!uclToIisc) : "",
            mobility ? "V-" + serial(r.nextInt(100_000)) : "",
            mobility && r.nextInt(100) < 30 ? "visits" + serial(serial) + "@example.invalid" : "",
            theme != null && r.nextInt(100) < 40 ? Vocabulary.themeIds(theme, secondary) : "",
            secondary != null ? Vocabulary.pick(r, secondary.keywords()) : "",
            SampleDataGenerator.date(start),
            end >= 0 && (status.equals("completed") || r.nextInt(100) < 70) ? SampleDataGenerator.date(end) : "",
            participants,
            grant,
            status
        };
    }

    private String title(String type, Theme theme) {
        String topic = theme == null ? Vocabulary.pick(r, "partnership governance", "open science practice",
                "research data management", "public engagement") : Vocabulary.pick(r, theme.topics());
        return switch (type) {
            case "faculty-exchange" -> Vocabulary.pick(r, "Faculty exchange on ", "Visiting professorship: ",
                    "Sabbatical visit on ") + topic;
            case "fellowship" -> Vocabulary.pick(r, "Research fellowship in ", "Postdoctoral fellowship: ",
                    "Clinical research fellowship: ") + topic;
            case "workshop" -> Vocabulary.pick(r, "Joint workshop on ", "Symposium: ", "Hackathon on ") + topic;
            case "training" -> Vocabulary.pick(r, "Training course: ", "Summer school on ", "Masterclass: ") + topic;
            case "invention-disclosure" -> "Invention disclosure: " + topic;
            case "patent-filing" -> "Patent application: " + topic;
            case "licence" -> "Licence to an industry partner: " + topic;
            default -> "Spin-out company: " + topic;
        };
    }

    private String institution(boolean ucl) {
        return ucl ? Vocabulary.pick(r, "University College London", "UCL", "https://ror.org/02jx3x895")
                : Vocabulary.pick(r, "Indian Institute of Science, Bengaluru", "IISc Bengaluru",
                        "Indian Institute of Science");
    }

    /** An awarded grant decided before {@code start} (one of the latest hundred), or none. */
    private String fundingGrant(int start) {
        int decided = 0;
        int lo = 0;
        int hi = awards.size();
        while (lo < hi) { // the first award decided after start
            int mid = (lo + hi) >>> 1;
            if (awards.get(mid).decisionDay() <= start) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        decided = lo;
        if (decided == 0) {
            return "";
        }
        return awards.get(decided - 1 - r.nextInt(Math.min(decided, 100))).id();
    }

    private static String serial(int n) {
        StringBuilder sb = new StringBuilder(5);
        SampleDataGenerator.zeroPadded(sb, n, 5);
        return sb.toString();
    }
}
