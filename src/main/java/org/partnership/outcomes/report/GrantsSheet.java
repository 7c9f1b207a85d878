package org.partnership.outcomes.report;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Workbook;
import org.partnership.outcomes.report.DetailSheet.Column;

/** The accepted grants of the register, in register order; the amounts last, beside each other. */
final class GrantsSheet {

    static final String NAME = "Grants";

    private GrantsSheet() {
    }

    static void write(Workbook workbook, CellWriter cells, ReportData data, int maxRows) {
        String base = data.config().baseCurrency();
        List<Column> columns = List.of(
                new Column("Grant id", 16), new Column("Title", 60), new Column("Funder", 28), new Column("Scheme", 22),
                new Column("Funding type", 10), new Column("Follow-on from", 16), new Column("Themes", 30),
                new Column("Status", 11), new Column("Decision date", 12), new Column("Currency", 9),
                Column.number("Amount", 14), Column.number("Value (" + base + ")", 14));
        DetailSheet table = new DetailSheet(workbook, cells, NAME, columns, maxRows);
        Map<Long, String> themeNames = new HashMap<>(); // a few theme combinations name every grant
        data.details().forEachGrant(g -> {
            Row row = table.nextRow();
            cells.text(row, 0, g.grantId());
            cells.text(row, 1, g.title());
            cells.repeatedText(row, 2, g.funder());
            cells.repeatedText(row, 3, g.scheme());
            cells.repeatedText(row, 4, g.fundingType());
            cells.text(row, 5, g.followOnFrom());
            cells.repeatedText(row, 6, themeNames.computeIfAbsent(g.themes(), mask -> DisplayNames.themes(data.config(), mask)));
            cells.repeatedText(row, 7, g.status());
            cells.date(row, 8, g.decisionDate());
            cells.repeatedText(row, 9, g.currency());
            cells.number(row, 10, g.amount(), CellStyles.Kind.AMOUNT);
            cells.number(row, 11, g.baseValue(), CellStyles.Kind.MONEY);
        });
        table.finish();
    }
}
