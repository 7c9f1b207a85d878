package org.partnership.outcomes.report;

import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;
import org.apache.poi.common.usermodel.HyperlinkType;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CreationHelper;
import org.apache.poi.ss.usermodel.Hyperlink;
import org.apache.poi.ss.usermodel.Row;

/**
 * Writes a DOI as a link to {@code https://doi.org/}. A hyperlink object stays in memory until the
 * workbook is written (about 2 KB each, with its package relationship), takes about 0.1 ms to
 * write (10,000 of them were a second of a million-row run), and Excel accepts at most 65,530 per
 * sheet, so after {@link #MAX_LINK_OBJECTS} on one sheet (the newest publications) the link
 * becomes a {@code HYPERLINK} formula, which is streamed like any other cell and opens the same. The formula holds only the URL
 * (percent-encoded, so no quote) and the DOI (quotes doubled): no input can escape its string literals.
 */
final class DoiLinks {

    static final int MAX_LINK_OBJECTS = 1_000;

    /** A DOI as the DOI handbook defines it: directory 10, a numeric registrant, a suffix. */
    static final Pattern VALID = Pattern.compile("10\\.\\d{4,9}(\\.\\d+)*/\\S+");

    /** Excel's limit on a string literal inside a formula. */
    private static final int MAX_FORMULA_STRING = 255;

    private final CreationHelper creation;
    private final CellWriter cells;
    private final int maxLinkObjects;
    private Object currentSheet;
    private int linksOnSheet;

    DoiLinks(CreationHelper creation, CellWriter cells, int maxLinkObjects) {
        this.creation = creation;
        this.cells = cells;
        this.maxLinkObjects = maxLinkObjects;
    }

    /**
     * Whether the whole text matches {@link #VALID}, checked by hand: hundreds of thousands of
     * DOIs go through here on the way to one sheet.
     */
    static boolean isValid(String doi) {
        if (doi == null || !doi.startsWith("10.")) {
            return false;
        }
        int i = skipDigits(doi, 3);
        if (i - 3 < 4 || i - 3 > 9) { // the registrant: 4 to 9 digits
            return false;
        }
        while (i < doi.length() && doi.charAt(i) == '.') { // sub-registrants: a dot and digits
            int end = skipDigits(doi, i + 1);
            if (end == i + 1) {
                return false;
            }
            i = end;
        }
        if (i >= doi.length() - 1 || doi.charAt(i) != '/') { // a slash and a suffix of one character or more
            return false;
        }
        for (i++; i < doi.length(); i++) {
            char c = doi.charAt(i);
            if (c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r') { // \s
                return false;
            }
        }
        return true;
    }

    private static int skipDigits(String text, int from) {
        int i = from;
        while (i < text.length() && text.charAt(i) >= '0' && text.charAt(i) <= '9') {
            i++;
        }
        return i;
    }

    /** ASCII characters a URL path holds as they are. */
    private static final boolean[] URL_SAFE = new boolean[0x80];

    static {
        for (char c = 0; c < 0x80; c++) {
            URL_SAFE[c] = Character.isLetterOrDigit(c) || "-._~!$&'()*,;=:@/".indexOf(c) >= 0;
        }
    }

    /** {@code https://doi.org/} and the DOI, with what a URL cannot hold percent-encoded. */
    static String url(String doi) {
        StringBuilder url = new StringBuilder(16 + doi.length()).append("https://doi.org/");
        for (byte b : doi.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xff;
            if (c < 0x80 && URL_SAFE[c]) {
                url.append((char) c);
            } else {
                url.append('%').append(HEX[c >> 4]).append(HEX[c & 0xF]);
            }
        }
        return url.toString();
    }

    private static final char[] HEX = "0123456789ABCDEF".toCharArray();

    /** The DOI in the cell: a link when it is valid, plain text otherwise, nothing when blank. */
    void write(Row row, int column, String doi) {
        if (doi == null || doi.isBlank()) {
            return;
        }
        if (!isValid(doi)) {
            cells.text(row, column, doi);
            return;
        }
        if (row.getSheet() != currentSheet) {
            currentSheet = row.getSheet();
            linksOnSheet = 0;
        }
        String url = url(doi);
        Cell cell;
        if (linksOnSheet < maxLinkObjects) {
            cell = cells.text(row, column, doi, CellStyles.Kind.LINK);
            Hyperlink link = creation.createHyperlink(HyperlinkType.URL);
            link.setAddress(url);
            cell.setHyperlink(link);
            linksOnSheet++;
        } else if (url.length() <= MAX_FORMULA_STRING && doi.length() <= MAX_FORMULA_STRING) {
            cell = row.createCell(column);
            cell.setCellFormula("HYPERLINK(\"" + url + "\",\"" + doi.replace("\"", "\"\"") + "\")");
            cell.setCellValue(doi); // the cached result, shown before any recalculation
            cell.setCellStyle(cells.styles().get(CellStyles.Kind.LINK));
        } else {
            cells.text(row, column, doi);
        }
    }
}
