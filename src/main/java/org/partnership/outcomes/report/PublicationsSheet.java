package org.partnership.outcomes.report;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Workbook;
import org.partnership.outcomes.config.PartnershipConfig;
import org.partnership.outcomes.period.DatePrecision;
import org.partnership.outcomes.report.DetailSheet.Column;

/**
 * The joint publications, one row each, newest first as the details give them. Number columns
 * come last, so that no right-aligned number runs into the text of the next column.
 */
final class PublicationsSheet {

    static final String NAME = "Publications";

    private static final List<Column> COLUMNS = List.of(
            new Column("Title", 64), new Column("DOI", 30), new Column("Date", 12), new Column("Type", 16),
            new Column("Journal or proceedings", 34), new Column("Themes", 30), new Column("Partners matched", 44),
            new Column("Open access", 12), Column.number("Citations", 10), Column.number("FWCI", 8),
            Column.number("Rows merged", 9));

    private PublicationsSheet() {
    }

    static void write(Workbook workbook, CellWriter cells, ReportData data, int maxRows) {
        PartnershipConfig config = data.config();
        DetailSheet table = new DetailSheet(workbook, cells, NAME, COLUMNS, maxRows);
        DoiLinks links = new DoiLinks(workbook.getCreationHelper(), cells, DoiLinks.MAX_LINK_OBJECTS);
        fill(table, links, cells, data, config);
    }

    private static void fill(DetailSheet table, DoiLinks links, CellWriter cells, ReportData data,
            PartnershipConfig config) {
        // a few theme and partner combinations name hundreds of thousands of rows
        Map<Long, String> themeNames = new HashMap<>();
        Map<Long, String> partnerNames = new HashMap<>();
        data.details().forEachJointPublication(p -> {
            Row row = table.nextRow();
            cells.text(row, 0, p.title());
            links.write(row, 1, p.doi());
            if (p.precision() == DatePrecision.DAY) {
                cells.date(row, 2, p.date());
            } else { // a month or a year alone, as the source gave it: no day is made up
                cells.text(row, 2, p.precision().format(p.date()));
            }
            cells.repeatedText(row, 3, p.type());
            cells.repeatedText(row, 4, p.sourceTitle());
            cells.repeatedText(row, 5, themeNames.computeIfAbsent(p.themes(), mask -> DisplayNames.themes(config, mask)));
            cells.repeatedText(row, 6, partnerNames.computeIfAbsent(p.partners(), mask -> DisplayNames.partners(config, mask)));
            cells.repeatedText(row, 7, p.openAccess().orElse("unknown"));
            cells.count(row, 8, p.citations());
            cells.number(row, 9, p.fwci(), CellStyles.Kind.DECIMAL);
            cells.count(row, 10, p.rowsMerged());
        });
        table.finish();
    }
}
