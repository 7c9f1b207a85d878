package org.partnership.outcomes.report;

import java.util.HashMap;
import java.util.Map;
import org.apache.poi.xssf.model.SharedStringsTable;
import org.apache.poi.xssf.usermodel.XSSFRichTextString;

/**
 * Texts that recur down a column (a theme list, a journal, a status), each kept once in the
 * workbook's shared-strings part and written into a cell as its index there, as Excel itself
 * writes text. A million-row sheet then holds a short index where it held the same names again on
 * every row: the report's sheet XML falls by about a quarter at 1M rows (docs/benchmarks.md). Texts that are rarely repeated (titles, DOIs) stay inline: POI's table
 * holds each of its texts as an XML object, too heavy for a million of them. Each text is added to
 * POI's table once, so the part's optional {@code count} attribute (meant as the number of cells
 * that refer to the table, which Excel, LibreOffice and POI do not rely on) equals its
 * {@code uniqueCount}.
 */
final class SharedTexts {

    /** At most this many distinct texts are shared; later ones stay inline in their cells. */
    static final int MAX_TEXTS = 10_000;

    private final SharedStringsTable table;
    private final Map<String, Integer> indexes = new HashMap<>();

    SharedTexts(SharedStringsTable table) {
        this.table = table;
    }

    /** Shares {@code text} from now on, unless the table is full or the text needs escaping. */
    void share(String text) {
        if (indexes.size() < MAX_TEXTS && !indexes.containsKey(text) && isPlain(text)) {
            indexes.put(text, table.addSharedStringItem(new XSSFRichTextString(text)));
        }
    }

    /** The index of {@code text} in the shared-strings part, or -1 when it is not shared. */
    int indexOf(String text) {
        Integer index = indexes.get(text);
        return index == null ? -1 : index;
    }

    /** No control character or non-character that the sheet writer would escape or replace. */
    private static boolean isPlain(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < ' ' || c >= '\uFFFE') {
                return false;
            }
        }
        return !text.isEmpty();
    }
}
