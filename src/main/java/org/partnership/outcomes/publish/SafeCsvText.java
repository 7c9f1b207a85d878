package org.partnership.outcomes.publish;

/**
 * Text from input written to a CSV that people open in spreadsheets: a value starting with
 * {@code =}, {@code +}, {@code -}, {@code @}, tab or carriage return gets a leading {@code '} so
 * that no spreadsheet evaluates it as a formula.
 */
public final class SafeCsvText {

    private SafeCsvText() {
    }

    public static String neutralise(String text) {
        if (!text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0) {
            return "'" + text;
        }
        return text;
    }

    /** RFC 4180 quoting where needed. */
    public static String field(String text) {
        if (text.indexOf(',') >= 0 || text.indexOf('"') >= 0 || text.indexOf('\n') >= 0 || text.indexOf('\r') >= 0) {
            return '"' + text.replace("\"", "\"\"") + '"';
        }
        return text;
    }
}
