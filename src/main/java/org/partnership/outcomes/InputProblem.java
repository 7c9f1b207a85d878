package org.partnership.outcomes;

import java.util.OptionalLong;

/**
 * A problem with the run's input, configuration or usage that the operator must fix: it ends the
 * run with one line on standard error naming the file (and line) and the reason, never a stack
 * trace.
 */
public final class InputProblem extends RuntimeException {

    /** What kind of problem; each kind has its own exit status. */
    public enum Kind { USAGE, CONFIGURATION, INPUT, REJECT_LIMIT }

    private final Kind kind;
    private final String file;
    private final OptionalLong line;
    private final String reason;

    public InputProblem(Kind kind, String file, OptionalLong line, String reason) {
        super(describe(file, line, reason));
        this.kind = kind;
        this.file = file;
        this.line = line;
        this.reason = reason;
    }

    public static InputProblem input(String file, String reason) {
        return new InputProblem(Kind.INPUT, file, OptionalLong.empty(), reason);
    }

    public static InputProblem input(String file, long line, String reason) {
        return new InputProblem(Kind.INPUT, file, OptionalLong.of(line), reason);
    }

    public static InputProblem configuration(String file, String reason) {
        return new InputProblem(Kind.CONFIGURATION, file, OptionalLong.empty(), reason);
    }

    public static InputProblem usage(String reason) {
        return new InputProblem(Kind.USAGE, "", OptionalLong.empty(), reason);
    }

    public Kind kind() {
        return kind;
    }

    public String file() {
        return file;
    }

    public OptionalLong line() {
        return line;
    }

    public String reason() {
        return reason;
    }

    private static String describe(String file, OptionalLong line, String reason) {
        StringBuilder text = new StringBuilder();
        if (!file.isEmpty()) {
            text.append(file);
            line.ifPresent(l -> text.append(", line ").append(l));
            text.append(": ");
        }
        return text.append(reason).toString();
    }
}
