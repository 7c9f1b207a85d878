package org.partnership.outcomes.report;

/**
 * Makes input text safe for a spreadsheet cell (REQUIREMENTS §6).
 *
 * <p>Text that a spreadsheet could take for a formula (leading {@code = + - @}, tab or carriage
 * return) is written with {@code setCellValue(String)}, so the file holds a string cell and never
 * a formula, and with a style whose {@code quotePrefix} flag is set. We chose the flag over a
 * literal leading {@code '} because the person reading the report then sees exactly the original
 * text (a literal apostrophe would be shown and copied as part of the title), while Excel and
 * LibreOffice still keep the cell as text when someone edits it and confirms. {@code rejects.csv},
 * which has no cell types, carries the literal {@code '} instead.
 */
final class SafeText {

    /** The most characters one cell can hold. */
    static final int MAX_CELL_CHARS = 32_767;

    /** Appended to text that was cut, so that no one takes a cut text for the whole. */
    static final String TRUNCATED = "… [truncated]";

    private SafeText() {
    }

    /** True when a spreadsheet could evaluate the text, or its start, as a formula. */
    static boolean looksLikeFormula(String text) {
        if (text.isEmpty()) {
            return false;
        }
        char first = text.charAt(0);
        return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r';
    }

    /** The text, or its start followed by {@link #TRUNCATED} when it is too long for one cell. */
    static String fit(String text) {
        if (text.length() <= MAX_CELL_CHARS) {
            return text;
        }
        int keep = MAX_CELL_CHARS - TRUNCATED.length();
        if (Character.isHighSurrogate(text.charAt(keep - 1))) {
            keep--; // never split a character made of two chars
        }
        return text.substring(0, keep) + TRUNCATED;
    }
}
