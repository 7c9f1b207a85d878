package org.partnership.outcomes.publish;

/**
 * Text from input written to a CSV that people open in spreadsheets: a value starting with
 * {@code =}, {@code +}, {@code -}, {@code @}, tab or carriage return gets a leading {@code '} so
 * that no spreadsheet evaluates it as a formula. Quoting is the CSV printer's business.
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
}
