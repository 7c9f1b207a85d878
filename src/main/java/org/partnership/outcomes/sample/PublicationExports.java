package org.partnership.outcomes.sample;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.SplittableRandom;

import org.partnership.outcomes.sample.SampleDataGenerator.CsvOut;
import org.partnership.outcomes.sample.SampleDataGenerator.Fault;
import org.partnership.outcomes.sample.SampleDataGenerator.PlantedFault;
import org.partnership.outcomes.sample.Vocabulary.Journal;
import org.partnership.outcomes.sample.Vocabulary.Theme;

/**
 * Writes the two publication exports, {@code publications/ucl-export.csv} and
 * {@code publications/iisc-export.csv}, in one pass over a stream of synthetic papers.
 *
 * <p>Each paper is in one export or in both. A paper in both is joint (it has UCL and IISc
 * affiliations) and is written by each side in its own style: the DOI prefixed differently and in
 * another case, the date sometimes a month only or a few weeks later, a different citation snapshot,
 * the affiliations in another order. Papers without a DOI that are in both exports carry the same
 * title and year, so that they are recognised as one. Papers in one export are joint in a fifth of
 * the cases; the others have only their own partner plus other institutions, including look-alikes
 * (UCLH, IISER, UCLA) that must not count as partners.
 *
 * <p>The UCL export has a UTF-8 byte-order mark, CRLF line ends and "Title Case" headers in the
 * order of REQUIREMENTS.md; the IISc export has LF, lower_snake_case headers in another order and an
 * extra {@code source_system} column that the job does not know.
 */
final class PublicationExports {

    /** The columns of an export; {@code SOURCE_SYSTEM} is one that the job ignores. */
    enum Col { PUBLICATION_ID, DOI, TITLE, PUBLICATION_DATE, TYPE, SOURCE_TITLE, INSTITUTIONS, THEMES, KEYWORDS,
        CITATIONS, FWCI, OPEN_ACCESS, SOURCE_SYSTEM }

    /** How one institution's system writes its export. */
    record Style(String file, boolean bom, String eol, List<Col> columns, List<String> headers) {
    }

    static final Style UCL = new Style("publications/ucl-export.csv", true, "\r\n",
            List.of(Col.PUBLICATION_ID, Col.DOI, Col.TITLE, Col.PUBLICATION_DATE, Col.TYPE, Col.SOURCE_TITLE,
                    Col.INSTITUTIONS, Col.THEMES, Col.KEYWORDS, Col.CITATIONS, Col.FWCI, Col.OPEN_ACCESS),
            List.of("Publication ID", "DOI", "Title", "Publication Date", "Type", "Source Title", "Institutions",
                    "Themes", "Keywords", "Citations", "FWCI", "Open Access"));

    static final Style IISC = new Style("publications/iisc-export.csv", false, "\n",
            List.of(Col.DOI, Col.TITLE, Col.SOURCE_TITLE, Col.PUBLICATION_DATE, Col.TYPE, Col.INSTITUTIONS,
                    Col.KEYWORDS, Col.THEMES, Col.CITATIONS, Col.FWCI, Col.OPEN_ACCESS, Col.PUBLICATION_ID,
                    Col.SOURCE_SYSTEM),
            List.of("doi", "title", "source_title", "publication_date", "type", "institutions", "keywords", "themes",
                    "citations", "fwci", "open_access", "publication_id", "source_system"));

    /** Faults planted with --bad-rows, in the order of the rows they go to (all listed in SampleDataGenerator). */
    static final List<Fault> UCL_FAULTS = List.of(
            new Fault("publication_date", "2023-13-01", "month 13 does not exist"),
            new Fault("citations", "-3", "negative citation count"),
            new Fault("themes", "healthcare-ai;genomics", "unknown theme id genomics"),
            new Fault("title", "", "missing required title"));
    static final List<Fault> IISC_FAULTS = List.of(
            new Fault("publication_date", "31/12/2023", "date not in YYYY-MM-DD or YYYY-MM form"),
            new Fault("publication_date", "2021", "year-only date"),
            new Fault("citations", "n/a", "citations not a whole number"),
            new Fault("themes", "unclassified", "unclassified is not a configured theme id"));

    private static final int FIRST_DAY = SampleDataGenerator.day(2019, 4, 1);
    private static final int LAST_DAY = SampleDataGenerator.day(2026, 10, 31);

    private static final String[] TYPES =
        {"article", "review", "conference-paper", "book-chapter", "preprint", "other"};
    private static final int[] TYPE_WEIGHTS = {65, 10, 12, 4, 5, 1};
    private static final String[] OPEN_ACCESS = {"gold", "diamond", "hybrid", "bronze", "green", "closed"};
    private static final int[] OPEN_ACCESS_WEIGHTS = {27, 3, 11, 8, 28, 23};

    /** Where a paper appears. */
    private enum Presence { BOTH, UCL_ONLY, IISC_ONLY }

    /** One synthetic paper, before either side writes it. */
    private record Paper(String doi, String title, int day, String type, String source,
                         List<String> affiliations, String themeIds, String keywords, int citations, double fwci,
                         String openAccess, Presence presence) {
    }

    private final SplittableRandom r;
    private final int rows;
    private final boolean badRows;
    private final List<PlantedFault> planted;
    /** De-duplication keys of the papers without DOI so far (a few percent of the papers; membership only). */
    private final Set<String> noDoiTitles = new HashSet<>();

    PublicationExports(SplittableRandom r, int rows, boolean badRows, List<PlantedFault> planted) {
        this.r = r;
        this.rows = rows;
        this.badRows = badRows;
        this.planted = planted;
    }

    /** Writes both exports with {@code rows} data rows between them. */
    void write(Path dir) throws IOException {
        try (Export ucl = new Export(dir, UCL, UCL_FAULTS, rows / 2);
             Export iisc = new Export(dir, IISC, IISC_FAULTS, rows - rows / 2)) {
            int[] lineBreakPapers = {7, rows / 3};
            int index = 0;
            while (ucl.written + iisc.written < rows) {
                boolean lineBreak = index == lineBreakPapers[0] || index == lineBreakPapers[1];
                Paper p = paper(index++, rows - ucl.written - iisc.written, lineBreak);
                if (p.presence() != Presence.IISC_ONLY) {
                    ucl.write(uclRow(p, ucl.written));
                }
                if (p.presence() != Presence.UCL_ONLY) {
                    iisc.write(iiscRow(p, iisc.written));
                }
            }
        }
    }

    // ---------------------------------------------------------------- the paper

    private Paper paper(int index, int remainingRows, boolean lineBreakInTitle) {
        int where = r.nextInt(100);
        Presence presence = (where < 38 || lineBreakInTitle) && remainingRows > 1 ? Presence.BOTH
                : where < 69 ? Presence.UCL_ONLY : Presence.IISC_ONLY;
        boolean joint = presence == Presence.BOTH || r.nextInt(100) < 20;

        boolean themed = r.nextInt(100) >= 6;
        Theme primary = themed ? Vocabulary.pickTheme(r) : null;
        Theme secondary = themed && r.nextInt(100) < 25 ? Vocabulary.pickCompanion(r, primary) : null;
        boolean neutralTitle = themed && r.nextInt(100) < 20;
        String keywords = r.nextInt(100) < 8 && !neutralTitle ? ""
                : Vocabulary.keywords(r, primary, secondary, neutralTitle, "; ");

        // output grows over the years; the first paper opens the reporting period (April 2019)
        int day = index == 0 ? FIRST_DAY + r.nextInt(30)
                : FIRST_DAY + (int) ((LAST_DAY - FIRST_DAY) * StrictMath.pow(r.nextDouble(), 0.85));
        String type = Vocabulary.weighted(r, TYPES, TYPE_WEIGHTS);
        Journal journal = switch (type) {
            case "preprint" -> r.nextBoolean() ? Vocabulary.MEDRXIV : Vocabulary.ARXIV;
            case "book-chapter" -> Vocabulary.BOOK;
            case "conference-paper" -> Vocabulary.conference(r);
            default -> Vocabulary.journal(r, primary);
        };
        String doi = hasDoi(type) ? doi(journal, day, index) : null;
        String title = title(primary, secondary, neutralTitle, lineBreakInTitle, doi == null ? day : -1);
        double years = (LAST_DAY - day) / 365.25;
        int citations = (int) (-StrictMath.log(1 - r.nextDouble()) * (2 + 7 * years));
        double fwci = years < 0.4 && r.nextBoolean() ? Double.NaN
                : StrictMath.exp(SampleDataGenerator.gaussian(r) * 0.8) * 1.2;
        String themeIds = Vocabulary.themeIds(primary, secondary);
        return new Paper(doi, title, day, type, journal.name(), affiliations(presence, joint), themeIds,
                keywords, citations, fwci, Vocabulary.weighted(r, OPEN_ACCESS, OPEN_ACCESS_WEIGHTS), presence);
    }

    /**
     * A title; for a paper without DOI ({@code noDoiDay >= 0}) one that no earlier paper without DOI of the
     * same year has, so that only the papers meant to be one (the same paper in both exports) share a
     * de-duplication key. Drawn again on a clash; numbered once the draws run out (only at tens of millions).
     */
    private String title(Theme primary, Theme secondary, boolean neutral, boolean lineBreak, int noDoiDay) {
        for (int attempt = 1; ; attempt++) {
            String title = Vocabulary.title(r, primary, secondary, neutral);
            if (attempt > 20) {
                title = title + ", part " + (attempt - 19);
            }
            if (lineBreak) {
                title = title + ":\n" + "results from the first " + (2 + r.nextInt(5)) + " years";
            }
            if (noDoiDay < 0 || noDoiTitles.add(deduplicationKey(title, noDoiDay))) {
                return title;
            }
        }
    }

    /** The key REQUIREMENTS.md section 4 gives a publication without DOI: letters and digits of the title, year. */
    private static String deduplicationKey(String title, int day) {
        StringBuilder key = new StringBuilder(title.length() + 5).append(SampleDataGenerator.date(day), 0, 4);
        title.toLowerCase(Locale.ROOT).codePoints().filter(Character::isLetterOrDigit).forEach(key::appendCodePoint);
        return key.toString();
    }

    private boolean hasDoi(String type) {
        int percentWithout = switch (type) {
            case "conference-paper" -> 15;
            case "book-chapter" -> 30;
            case "other" -> 40;
            default -> 2;
        };
        return r.nextInt(100) >= percentWithout;
    }

    /**
     * A canonical (lower-case) DOI, unique because it ends in seven base-36 digits that are the paper's index
     * multiplied by a number prime to 36, modulo 36^7 (a bijection, so they do not look sequential).
     */
    private static String doi(Journal journal, int day, int index) {
        StringBuilder sb = new StringBuilder(40).append(journal.doiPrefix()).append('/').append(journal.doiStem())
                .append(SampleDataGenerator.date(day), 0, 4).append('.');
        String id = Long.toString(index * 1_000_000_007L % 78_364_164_096L, 36);
        for (int i = id.length(); i < 7; i++) {
            sb.append('0');
        }
        return sb.append(id).toString().toLowerCase(Locale.ROOT);
    }

    /** About 5.5 affiliations: the partners the paper needs, then a mix of partners, others and look-alikes. */
    private List<String> affiliations(Presence presence, boolean joint) {
        int count = Math.min(25, 1 + (int) (-StrictMath.log(1 - r.nextDouble()) * 5.0));
        List<String> list = new ArrayList<>(Math.max(count, 2));
        if (joint || presence != Presence.IISC_ONLY) {
            list.add(Affiliations.ofUcl(r));
        }
        if (joint || presence != Presence.UCL_ONLY) {
            list.add(Affiliations.ofIisc(r));
        }
        while (list.size() < count) {
            int kind = r.nextInt(100);
            boolean mayUcl = joint || presence == Presence.UCL_ONLY;
            boolean mayIisc = joint || presence == Presence.IISC_ONLY;
            if (kind < 30 && mayUcl) {
                list.add(Affiliations.ofUcl(r));
            } else if (kind < 60 && kind >= 30 && mayIisc) {
                list.add(Affiliations.ofIisc(r));
            } else if (kind < 93) {
                list.add(Affiliations.ofOtherInstitution(r));
            } else {
                list.add(Affiliations.ofLookAlike(r));
            }
        }
        for (int i = list.size() - 1; i > 0; i--) {
            int j = r.nextInt(i + 1);
            list.set(i, list.set(j, list.get(i)));
        }
        return list;
    }

    // ---------------------------------------------------------------- the two styles

    private String[] uclRow(Paper p, int rowNumber) {
        String[] v = new String[Col.values().length];
        v[Col.PUBLICATION_ID.ordinal()] = Integer.toString(1_000_001 + rowNumber * 3);
        v[Col.DOI.ordinal()] = p.doi() == null ? "" : switch (r.nextInt(10)) {
            case 0 -> "doi:" + p.doi();
            case 1, 2 -> p.doi();
            default -> "https://doi.org/" + (r.nextInt(10) < 3 ? p.doi().toUpperCase(Locale.ROOT) : p.doi());
        };
        v[Col.TITLE.ordinal()] = p.title();
        v[Col.PUBLICATION_DATE.ordinal()] = r.nextInt(100) < 5 ? month(p.day()) : SampleDataGenerator.date(p.day());
        v[Col.TYPE.ordinal()] = r.nextInt(100) < 3 ? "" : Vocabulary.capitalise(p.type());
        v[Col.SOURCE_TITLE.ordinal()] = p.source();
        v[Col.INSTITUTIONS.ordinal()] = String.join("; ", p.affiliations());
        v[Col.THEMES.ordinal()] = r.nextInt(100) < 15 ? p.themeIds() : "";
        v[Col.KEYWORDS.ordinal()] = p.keywords();
        v[Col.CITATIONS.ordinal()] = r.nextInt(100) < 4 ? "" : Integer.toString(p.citations());
        v[Col.FWCI.ordinal()] = Double.isNaN(p.fwci()) || r.nextInt(100) < 5 ? "" : decimal2(p.fwci());
        v[Col.OPEN_ACCESS.ordinal()] = r.nextInt(100) < 8 ? "" : Vocabulary.capitalise(p.openAccess());
        return v;
    }

    private String[] iiscRow(Paper p, int rowNumber) {
        String[] v = new String[Col.values().length];
        v[Col.PUBLICATION_ID.ordinal()] = "IISC-PUB-" + pad7(rowNumber + 1);
        v[Col.DOI.ordinal()] = p.doi() == null ? "" : switch (r.nextInt(10)) {
            case 0 -> "https://dx.doi.org/" + p.doi();
            case 1, 2, 3, 4 -> "doi:" + p.doi();
            case 5 -> "DOI:" + p.doi().toUpperCase(Locale.ROOT);
            default -> r.nextInt(10) < 2 ? p.doi().toUpperCase(Locale.ROOT) : p.doi();
        };
        v[Col.TITLE.ordinal()] = p.title();
        int day = p.day();
        if (p.doi() != null && p.presence() == Presence.BOTH && r.nextInt(100) < 30) {
            day = Math.min(LAST_DAY, day + r.nextInt(46)); // the other system recorded a later (issue) date
        }
        v[Col.PUBLICATION_DATE.ordinal()] = r.nextInt(100) < 35 ? month(day) : SampleDataGenerator.date(day);
        v[Col.TYPE.ordinal()] = r.nextInt(100) < 5 ? "" : p.type();
        v[Col.SOURCE_TITLE.ordinal()] = p.source();
        v[Col.INSTITUTIONS.ordinal()] = String.join(";", reversed(p.affiliations()));
        v[Col.THEMES.ordinal()] = r.nextInt(100) < 10 ? p.themeIds() : "";
        v[Col.KEYWORDS.ordinal()] = p.keywords().replace("; ", ";");
        // a later snapshot of the citation databases: a few citations more or less, a slightly different FWCI
        v[Col.CITATIONS.ordinal()] = r.nextInt(100) < 8 ? ""
                : Integer.toString(Math.max(0, p.citations() - 2 + r.nextInt(6)));
        v[Col.FWCI.ordinal()] = Double.isNaN(p.fwci()) || r.nextInt(100) < 20 ? ""
                : decimal2(p.fwci() * (0.9 + 0.2 * r.nextDouble()));
        v[Col.OPEN_ACCESS.ordinal()] = r.nextInt(100) < 25 ? "" : p.openAccess();
        v[Col.SOURCE_SYSTEM.ordinal()] = "IRINS";
        return v;
    }

    private static List<String> reversed(List<String> list) {
        List<String> copy = new ArrayList<>(list);
        Collections.reverse(copy);
        return copy;
    }

    private static String month(int day) {
        return SampleDataGenerator.date(day).substring(0, 7);
    }

    private static String pad7(int n) {
        StringBuilder sb = new StringBuilder(7);
        SampleDataGenerator.zeroPadded(sb, n, 7);
        return sb.toString();
    }

    /** A non-negative decimal with two places, e.g. {@code 1.07}. */
    static String decimal2(double x) {
        long cents = Math.round(x * 100);
        StringBuilder sb = new StringBuilder(8).append(cents / 100).append('.');
        SampleDataGenerator.zeroPadded(sb, cents % 100, 2);
        return sb.toString();
    }

    // ---------------------------------------------------------------- one export file

    /** One export being written: its style, its row count and the faults to plant at fixed rows. */
    private final class Export implements AutoCloseable {
        private final Style style;
        private final CsvOut out;
        private final List<Fault> faults;
        private final int[] faultRows;
        private int written;

        Export(Path dir, Style style, List<Fault> faults, int expectedRows) throws IOException {
            this.style = style;
            this.out = new CsvOut(dir.resolve(style.file()), style.bom(), style.eol());
            this.faults = badRows ? faults : List.of();
            this.faultRows = SampleDataGenerator.faultRows(expectedRows, this.faults.size());
            out.row(style.headers().toArray(String[]::new));
        }

        void write(String[] byColumn) throws IOException {
            for (int i = 0; i < faultRows.length; i++) {
                if (faultRows[i] == written) {
                    Fault f = faults.get(i);
                    byColumn[Col.valueOf(f.field().toUpperCase(Locale.ROOT)).ordinal()] = f.value();
                    planted.add(f.at(style.file(), out.nextLine(), byColumn[Col.PUBLICATION_ID.ordinal()], f.value()));
                }
            }
            String[] fields = new String[style.columns().size()];
            for (int i = 0; i < fields.length; i++) {
                fields[i] = byColumn[style.columns().get(i).ordinal()];
            }
            out.row(fields);
            written++;
        }

        @Override
        public void close() throws IOException {
            out.close();
        }
    }
}
