package org.partnership.outcomes.report;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Workbook;
import org.partnership.outcomes.report.DetailSheet.Column;

/** The collaborative PhD students by their pseudonymous reference: no name ever reaches the report. */
final class PhdsSheet {

    static final String NAME = "PhDs";

    private static final List<Column> COLUMNS = List.of(
            new Column("Student ref", 14), new Column("Programme", 12), new Column("Home institution", 30),
            new Column("Partner institution", 30), new Column("Themes", 30), new Column("Start", 12),
            new Column("Submission", 12), new Column("Award", 12), new Column("Withdrawal", 12),
            new Column("Status", 11), new Column("Destination", 12), Column.number("FTE", 6));

    private PhdsSheet() {
    }

    static void write(Workbook workbook, CellWriter cells, ReportData data, int maxRows) {
        DetailSheet table = new DetailSheet(workbook, cells, NAME, COLUMNS, maxRows);
        Map<Long, String> themeNames = new HashMap<>(); // a few theme combinations name every student
        data.details().forEachStudent(s -> {
            Row row = table.nextRow();
            cells.text(row, 0, s.studentRef());
            cells.repeatedText(row, 1, s.programme());
            cells.repeatedText(row, 2, s.homeInstitution());
            cells.repeatedText(row, 3, s.partnerInstitution());
            cells.repeatedText(row, 4, themeNames.computeIfAbsent(s.themes(), mask -> DisplayNames.themes(data.config(), mask)));
            cells.date(row, 5, s.start());
            cells.date(row, 6, s.submission());
            cells.date(row, 7, s.award());
            cells.date(row, 8, s.withdrawal());
            cells.repeatedText(row, 9, s.status());
            cells.repeatedText(row, 10, s.destination());
            cells.number(row, 11, s.fte().doubleValue(), CellStyles.Kind.FTE);
        });
        table.finish();
    }
}
