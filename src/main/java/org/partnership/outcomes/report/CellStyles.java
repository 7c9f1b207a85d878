package org.partnership.outcomes.report;

import java.util.EnumMap;
import java.util.Map;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataFormat;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.usermodel.Workbook;
import org.partnership.outcomes.metrics.Metric;

/**
 * The workbook's cell styles, all created once up front: a workbook holds at most 64,000 styles,
 * and a style per cell would reach that on a large detail sheet. Each kind has a twin with
 * {@code quotePrefix} set, for input text that looks like a formula (see {@link SafeText}).
 */
final class CellStyles {

    enum Kind {
        TITLE, SUBTITLE, SECTION, HEADER, NUMBER_HEADER, GROUP_HEADER, TEXT, INDENTED, WRAP, NOTE, BOLD, MISSING,
        DATE, COUNT, SHARE, DECIMAL, MONTHS, MONEY, AMOUNT, FTE, LINK,
        CHANGE_COUNT, CHANGE_POINTS, CHANGE_DECIMAL, CHANGE_MONTHS, CHANGE_MONEY, CHANGE_PERCENT
    }

    private final Map<Kind, CellStyle> plain = new EnumMap<>(Kind.class);
    private final Map<Kind, CellStyle> quoted = new EnumMap<>(Kind.class);

    CellStyles(Workbook workbook, String baseCurrency) {
        DataFormat format = workbook.createDataFormat();
        Font bold = font(workbook, 11, true);
        Font title = font(workbook, 16, true);
        Font subtitle = font(workbook, 12, false);
        Font note = font(workbook, 10, false);
        note.setItalic(true);
        note.setColor(IndexedColors.GREY_50_PERCENT.getIndex());
        Font link = font(workbook, 11, false);
        link.setUnderline(Font.U_SINGLE);
        link.setColor(IndexedColors.BLUE.getIndex());
        String money = moneyFormat(baseCurrency);
        for (boolean quote : new boolean[] {false, true}) {
            Map<Kind, CellStyle> styles = quote ? quoted : plain;
            for (Kind kind : Kind.values()) {
                CellStyle style = workbook.createCellStyle();
                style.setQuotePrefixed(quote);
                style.setVerticalAlignment(VerticalAlignment.TOP);
                switch (kind) {
                    case TITLE -> style.setFont(title);
                    case SUBTITLE -> style.setFont(subtitle);
                    case SECTION, BOLD -> style.setFont(bold);
                    case HEADER -> header(style, bold, HorizontalAlignment.GENERAL, IndexedColors.GREY_25_PERCENT);
                    case NUMBER_HEADER -> header(style, bold, HorizontalAlignment.RIGHT, IndexedColors.GREY_25_PERCENT);
                    case GROUP_HEADER -> header(style, bold, HorizontalAlignment.CENTER, IndexedColors.PALE_BLUE);
                    case INDENTED -> { // an indent takes effect only with an explicit alignment
                        style.setAlignment(HorizontalAlignment.LEFT);
                        style.setIndention((short) 1);
                    }
                    case WRAP -> style.setWrapText(true);
                    case NOTE -> style.setFont(note);
                    case MISSING -> {
                        style.setFont(note);
                        style.setAlignment(HorizontalAlignment.RIGHT);
                    }
                    case DATE -> {
                        style.setDataFormat(format.getFormat("yyyy-mm-dd"));
                        style.setAlignment(HorizontalAlignment.CENTER);
                    }
                    case COUNT -> style.setDataFormat(format.getFormat("#,##0"));
                    case SHARE -> style.setDataFormat(format.getFormat("0.0%"));
                    case DECIMAL -> style.setDataFormat(format.getFormat("0.00"));
                    case MONTHS -> style.setDataFormat(format.getFormat("0.0"));
                    case MONEY -> style.setDataFormat(format.getFormat(money));
                    case AMOUNT -> style.setDataFormat(format.getFormat("#,##0.00"));
                    case FTE -> style.setDataFormat(format.getFormat("0.0#"));
                    case LINK -> style.setFont(link);
                    case CHANGE_COUNT -> style.setDataFormat(format.getFormat("+#,##0;-#,##0;0"));
                    case CHANGE_POINTS -> style.setDataFormat(format.getFormat("+0.0\" pp\";-0.0\" pp\";0.0\" pp\""));
                    case CHANGE_DECIMAL -> style.setDataFormat(format.getFormat("+0.00;-0.00;0.00"));
                    case CHANGE_MONTHS -> style.setDataFormat(format.getFormat("+0.0;-0.0;0.0"));
                    case CHANGE_MONEY -> style.setDataFormat(format.getFormat("+" + money + ";-" + money + ";" + money));
                    case CHANGE_PERCENT -> style.setDataFormat(format.getFormat("+0.0%;-0.0%;0.0%"));
                    default -> {
                    }
                }
                styles.put(kind, style);
            }
        }
    }

    CellStyle get(Kind kind) {
        return plain.get(kind);
    }

    /** The twin that keeps formula-looking text as text. */
    CellStyle quoted(Kind kind) {
        return quoted.get(kind);
    }

    static Kind forUnit(Metric.Unit unit) {
        return switch (unit) {
            case COUNT -> Kind.COUNT;
            case SHARE -> Kind.SHARE;
            case DECIMAL -> Kind.DECIMAL;
            case MONEY -> Kind.MONEY;
            case MONTHS -> Kind.MONTHS;
        };
    }

    /** How a change between two values of this unit reads; a change in a share is in percentage points. */
    static Kind changeFor(Metric.Unit unit) {
        return switch (unit) {
            case COUNT -> Kind.CHANGE_COUNT;
            case SHARE -> Kind.CHANGE_POINTS;
            case DECIMAL -> Kind.CHANGE_DECIMAL;
            case MONEY -> Kind.CHANGE_MONEY;
            case MONTHS -> Kind.CHANGE_MONTHS;
        };
    }

    /** {@code "£"#,##0} for pounds; other currencies by their ISO code, which every reader knows. */
    static String moneyFormat(String currency) {
        return "GBP".equals(currency) ? "\"£\"#,##0" : "#,##0 \"" + currency + "\"";
    }

    private static void header(CellStyle style, Font bold, HorizontalAlignment alignment, IndexedColors fill) {
        style.setFont(bold);
        style.setWrapText(true);
        style.setVerticalAlignment(VerticalAlignment.BOTTOM);
        style.setAlignment(alignment);
        style.setFillForegroundColor(fill.getIndex());
        style.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        style.setBorderBottom(BorderStyle.THIN);
    }

    private static Font font(Workbook workbook, int points, boolean bold) {
        Font font = workbook.createFont();
        font.setFontHeightInPoints((short) points);
        font.setBold(bold);
        return font;
    }
}
