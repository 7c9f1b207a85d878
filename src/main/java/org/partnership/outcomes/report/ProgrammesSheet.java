package org.partnership.outcomes.report;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Workbook;
import org.partnership.outcomes.config.PartnershipConfig;
import org.partnership.outcomes.ingest.activity.Activity;
import org.partnership.outcomes.report.DetailSheet.Column;

/**
 * The accepted programme activities (exchanges, fellowships, events, innovation milestones) that
 * started by the as-of date, in file order, people by their pseudonymous reference only. Planned
 * and cancelled ones are listed too, and say that they count in no metric.
 */
final class ProgrammesSheet {

    static final String NAME = "Programmes";

    private static final List<Column> COLUMNS = List.of(
            new Column("Activity id", 14), new Column("Type", 18), new Column("Title", 50), new Column("From", 30),
            new Column("To", 30), new Column("Person ref", 12), new Column("Themes", 30), new Column("Start", 12),
            new Column("End", 12), Column.number("Participants", 12), new Column("Funded by grant", 27),
            new Column("Status", 11), new Column("In metrics", 10));

    private ProgrammesSheet() {
    }

    static void write(Workbook workbook, CellWriter cells, ReportData data, int maxRows) {
        DetailSheet table = new DetailSheet(workbook, cells, NAME, COLUMNS, maxRows);
        Map<Long, String> themeNames = new HashMap<>(); // a few theme combinations name every activity
        data.details().forEachActivity(a -> {
            Row row = table.nextRow();
            cells.text(row, 0, a.activityId());
            cells.repeatedText(row, 1, a.type());
            cells.text(row, 2, a.title());
            cells.repeatedText(row, 3, institution(data.config(), a.fromPartners(), a.fromInstitution()));
            cells.repeatedText(row, 4, institution(data.config(), a.toPartners(), a.toInstitution()));
            cells.text(row, 5, a.personRef());
            cells.repeatedText(row, 6, themeNames.computeIfAbsent(a.themes(), mask -> DisplayNames.themes(data.config(), mask)));
            cells.date(row, 7, a.start());
            cells.date(row, 8, a.end());
            a.participants().ifPresent(n -> cells.count(row, 9, n));
            cells.text(row, 10, a.fundedByGrant());
            cells.repeatedText(row, 11, a.status());
            cells.repeatedText(row, 12, a.counts() ? "yes" : "no");
        });
        table.finish();
    }

    /** The partner's name when the text names one, the text as given otherwise. */
    private static Optional<String> institution(PartnershipConfig config, long partners, Optional<String> text) {
        return partners != 0 ? Optional.of(DisplayNames.partners(config, partners)) : text;
    }
}
