package org.partnership.outcomes.csv;

/** Thrown while validating a row: the row is rejected for this field, value and reason. */
public final class RowRejected extends RuntimeException {

    private final String field;
    private final String value;
    private final String reason;

    public RowRejected(String field, String value, String reason) {
        super(field + ": " + reason, null, false, false);
        this.field = field;
        this.value = value;
        this.reason = reason;
    }

    public String field() {
        return field;
    }

    public String value() {
        return value;
    }

    public String reason() {
        return reason;
    }
}
