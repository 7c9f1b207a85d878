package org.partnership.outcomes.report;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.partnership.outcomes.metrics.Metric;

/**
 * Writes typed values into cells with the shared styles. Every text goes through
 * {@link SafeText}, whether it came from input or not, so no caller can forget it.
 */
final class CellWriter {

    private final CellStyles styles;
    private final SharedTexts shared;

    /** Writes every text inline in its cell. */
    CellWriter(CellStyles styles) {
        this(styles, null);
    }

    /** Writes the {@link #repeatedText texts that recur} as indexes into {@code shared}. */
    CellWriter(CellStyles styles, SharedTexts shared) {
        this.styles = styles;
        this.shared = shared;
    }

    CellStyles styles() {
        return styles;
    }

    /** Writes text as a string cell; nothing for empty text. */
    Cell text(Row row, int column, String text, CellStyles.Kind kind) {
        if (text == null || text.isEmpty()) {
            return null;
        }
        Cell cell = row.createCell(column);
        cell.setCellValue(SafeText.fit(text));
        cell.setCellStyle(SafeText.looksLikeFormula(text) ? styles.quoted(kind) : styles.get(kind));
        return cell;
    }

    Cell text(Row row, int column, String text) {
        return text(row, column, text, CellStyles.Kind.TEXT);
    }

    /**
     * Text that recurs down a column (a theme list, a journal, a status): kept once in the
     * workbook's shared strings when the workbook has them.
     */
    void repeatedText(Row row, int column, String text) {
        Cell cell = text(row, column, text);
        if (cell != null && shared != null) {
            shared.share(cell.getStringCellValue());
        }
    }

    void repeatedText(Row row, int column, Optional<String> text) {
        text.ifPresent(t -> repeatedText(row, column, t));
    }

    void text(Row row, int column, Optional<String> text) {
        text.ifPresent(t -> text(row, column, t));
    }

    void number(Row row, int column, double value, CellStyles.Kind kind) {
        Cell cell = row.createCell(column);
        cell.setCellValue(value);
        cell.setCellStyle(styles.get(kind));
    }

    void count(Row row, int column, long value) {
        number(row, column, value, CellStyles.Kind.COUNT);
    }

    void number(Row row, int column, Optional<BigDecimal> value, CellStyles.Kind kind) {
        value.ifPresent(v -> number(row, column, v.doubleValue(), kind));
    }

    /** A metric value as the table holds it; an undefined value stays a blank cell, never 0. */
    void metric(Row row, int column, Metric metric, Optional<BigDecimal> value) {
        number(row, column, value, CellStyles.forUnit(metric.unit()));
    }

    void date(Row row, int column, Optional<LocalDate> date) {
        date.ifPresent(d -> date(row, column, d));
    }

    void date(Row row, int column, LocalDate date) {
        Cell cell = row.createCell(column);
        // the serial number of the day in the 1900 date system, which the workbook uses: POI's own
        // conversion would ask the workbook for its date system on every one of a million cells
        cell.setCellValue(DateUtil.getExcelDate(date.atStartOfDay()));
        cell.setCellStyle(styles.get(CellStyles.Kind.DATE));
    }
}
