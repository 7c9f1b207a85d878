package org.partnership.outcomes.report;

import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.partnership.outcomes.ingest.activity.Activity;
import org.partnership.outcomes.report.CellStyles.Kind;
import org.partnership.outcomes.report.DetailSheet.Column;

/**
 * The run's account of its input: per file, every row read is accepted or rejected; then the
 * rejects by reason, the duplicates merged, and every rejected row with its first fault.
 */
final class DataQualitySheet {

    static final String NAME = "Data Quality";

    /** The rejected rows' table; the tables above it share these column widths. */
    private static final List<Column> REJECT_COLUMNS = List.of(
            new Column("File", 34), Column.number("Line", 11), new Column("Id", 18), new Column("Field", 18),
            new Column("Value", 34), new Column("Reason", 60));

    private DataQualitySheet() {
    }

    static void write(Workbook workbook, CellWriter cells, ReportData data, int maxRows) {
        DataQuality quality = data.dataQuality();
        Sheet sheet = workbook.createSheet(NAME);
        for (int c = 0; c < REJECT_COLUMNS.size(); c++) {
            sheet.setColumnWidth(c, REJECT_COLUMNS.get(c).width() * 256);
        }
        DetailSheet.layOutPages(sheet);
        int r = 0;
        cells.text(sheet.createRow(r++), 0, "Data quality", Kind.TITLE);
        cells.text(sheet.createRow(r++), 0, "Every row read is either accepted or rejected. Accepted rows dated after the"
                + " as-of date (" + data.periods().asOf() + ") are left out of every period.", Kind.NOTE);
        r++;
        cells.text(sheet.createRow(r++), 0, "Input files", Kind.SECTION);
        header(cells, sheet.createRow(r++), "File", "#Rows read", "#Accepted", "#Rejected", "#After as-of date",
                "Personal-data columns ignored (never copied)");
        for (FileQuality file : quality.files()) {
            Row row = sheet.createRow(r++);
            cells.text(row, 0, file.file());
            counts(cells, row, file.rowsRead(), file.accepted(), file.rejected(), file.rowsAfterAsOf());
            cells.text(row, 5, String.join(", ", file.personalDataColumns()), Kind.INDENTED);
        }
        Row total = sheet.createRow(r++);
        cells.text(total, 0, "All files", Kind.BOLD);
        counts(cells, total, quality.rowsRead(), quality.accepted(), quality.rejected(),
                quality.files().stream().mapToLong(FileQuality::rowsAfterAsOf).sum());
        r++;
        Row duplicates = sheet.createRow(r++);
        cells.text(duplicates, 0, "Duplicate publication rows merged", Kind.SECTION);
        cells.count(duplicates, 1, quality.duplicatesMerged());
        cells.text(sheet.createRow(r++), 0, "Rows with the same DOI (or, without one, the same title and year) are"
                + " counted as one publication.", Kind.NOTE);
        if (!quality.publicationSources().isEmpty()) {
            r = publicationSources(sheet, cells, quality, r + 1);
        }
        if (data.metrics().hasProgrammes()) {
            r = notCounted(sheet, cells, data, r + 1);
        }
        r++;
        cells.text(sheet.createRow(r++), 0, "Rejected rows by reason", Kind.SECTION);
        header(cells, sheet.createRow(r++), "File", "#Rows", "Reason");
        for (FileQuality file : quality.files()) {
            List<Map.Entry<String, Long>> reasons = file.rejectsByReason().entrySet().stream()
                    .sorted(Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                    .toList();
            for (Map.Entry<String, Long> reason : reasons) {
                Row row = sheet.createRow(r++);
                cells.text(row, 0, file.file());
                cells.count(row, 1, reason.getValue());
                cells.text(row, 2, reason.getKey(), Kind.INDENTED);
            }
        }
        if (quality.rejected() == 0) {
            cells.text(sheet.createRow(r++), 0, "No row was rejected.", Kind.NOTE);
        }
        r++;
        cells.text(sheet.createRow(r++), 0, "Rejected rows (the first fault of each; line 1 is the header)", Kind.SECTION);
        DetailSheet rejects = new DetailSheet(workbook, cells, NAME, REJECT_COLUMNS, maxRows, sheet, r);
        data.details().forEachReject(reject -> {
            Row row = rejects.nextRow();
            cells.text(row, 0, reject.file());
            cells.count(row, 1, reject.line());
            cells.text(row, 2, reject.id(), Kind.INDENTED); // clear of the line number before it
            cells.text(row, 3, reject.field());
            cells.text(row, 4, reject.value());
            cells.text(row, 5, reject.reason());
        });
        rejects.finish();
    }

    /** What each publication export gave the merged publications. Returns the next row. */
    private static int publicationSources(Sheet sheet, CellWriter cells, DataQuality quality, int firstRow) {
        int r = firstRow;
        cells.text(sheet.createRow(r++), 0, "Publication sources", Kind.SECTION);
        header(cells, sheet.createRow(r++), "File", "#Contributed", "#Enriched", "#Alone",
                "#Date too coarse for a quarter", "Kind of source");
        for (PublicationSource source : quality.publicationSources()) {
            Row row = sheet.createRow(r++);
            cells.text(row, 0, source.file());
            cells.count(row, 1, source.contributed());
            cells.count(row, 2, source.enriched());
            cells.count(row, 3, source.alone());
            cells.count(row, 4, source.datesTooCoarse());
            cells.text(row, 5, source.kind(), Kind.INDENTED);
        }
        cells.text(sheet.createRow(r++), 0, "Per file: the distinct publications it holds; of those, the ones another"
                + " file also holds to which it gave the date, citations, FWCI or open-access status (enriched), and the"
                + " ones no other file holds (alone). Which kind of source gives each field is set by enrichment in"
                + " partnership.yml.", Kind.NOTE);
        cells.text(sheet.createRow(r++), 0, "Date too coarse for a quarter: distinct publications whose date (after"
                + " merging by DOI) is a year alone, or a month or year not over by the as-of date, listed under the"
                + " file that gave it. They count in no quarter, only in the periods that hold the whole span"
                + " (docs/metrics.md).", Kind.NOTE);
        return r;
    }

    /** Planned and cancelled activities: accepted and listed, but in no metric. Returns the next row. */
    private static int notCounted(Sheet sheet, CellWriter cells, ReportData data, int firstRow) {
        Map<String, Long> byStatus = new java.util.TreeMap<>(Map.of(Activity.PLANNED, 0L, Activity.CANCELLED, 0L));
        data.details().forEachActivity(a -> {
            if (!a.counts()) {
                byStatus.merge(a.status(), 1L, Long::sum);
            }
        });
        int r = firstRow;
        cells.text(sheet.createRow(r++), 0, "Programme activities counted in no metric", Kind.SECTION);
        header(cells, sheet.createRow(r++), "Status", "#Rows");
        for (Map.Entry<String, Long> status : byStatus.entrySet()) {
            Row row = sheet.createRow(r++);
            cells.text(row, 0, status.getKey());
            cells.count(row, 1, status.getValue());
        }
        cells.text(sheet.createRow(r++), 0, "Accepted and listed on the Programmes sheet (those that start by the as-of"
                + " date), but only active and completed activities count.", Kind.NOTE);
        return r;
    }

    /** Headings of numeric columns start with {@code #}, which is not shown. */
    private static void header(CellWriter cells, Row row, String... headings) {
        for (int c = 0; c < headings.length; c++) {
            boolean numeric = headings[c].startsWith("#");
            cells.text(row, c, numeric ? headings[c].substring(1) : headings[c],
                    numeric ? Kind.NUMBER_HEADER : Kind.HEADER);
        }
    }

    private static void counts(CellWriter cells, Row row, long read, long accepted, long rejected, long afterAsOf) {
        cells.count(row, 1, read);
        cells.count(row, 2, accepted);
        cells.count(row, 3, rejected);
        cells.count(row, 4, afterAsOf);
    }
}
