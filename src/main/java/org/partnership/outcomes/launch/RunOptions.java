package org.partnership.outcomes.launch;

import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.partnership.outcomes.InputProblem;
import org.partnership.outcomes.ingest.Plausible;

/**
 * The command-line options of a run ({@code --input=DIR --output=DIR --config=FILE --as-of=DATE
 * --quarter=LABEL}). Options with a dot ({@code --spring.profiles.active=postgres}) are Spring
 * Boot's and pass through; anything else is refused, so a typo never runs a different report.
 */
public record RunOptions(Path input, Path output, Optional<Path> config, LocalDate asOf, Optional<String> quarter) {

    private static final Set<String> KNOWN = Set.of("input", "output", "config", "as-of", "quarter");

    public static RunOptions parse(String[] args, LocalDate today) {
        Map<String, String> values = new LinkedHashMap<>();
        for (String arg : args) {
            if (!arg.startsWith("--")) {
                throw InputProblem.usage("unexpected argument '" + arg + "': options are written --name=value");
            }
            int equals = arg.indexOf('=');
            String name = equals < 0 ? arg.substring(2) : arg.substring(2, equals);
            if (name.contains(".")) {
                continue;
            }
            if (!KNOWN.contains(name)) {
                throw InputProblem.usage("unknown option --" + name + " (known: --input, --output, --config, --as-of, --quarter)");
            }
            if (equals < 0 || arg.substring(equals + 1).isBlank()) {
                throw InputProblem.usage("option --" + name + " needs a value: --" + name + "=...");
            }
            if (values.put(name, arg.substring(equals + 1).strip()) != null) {
                throw InputProblem.usage("option --" + name + " is given twice");
            }
        }
        LocalDate asOf = Optional.ofNullable(values.get("as-of")).map(text -> asOf(text, today)).orElse(today);
        return new RunOptions(Path.of(values.getOrDefault("input", "input")),
                Path.of(values.getOrDefault("output", "output")),
                Optional.ofNullable(values.get("config")).map(Path::of), asOf,
                Optional.ofNullable(values.get("quarter")));
    }

    /** An as-of date from 1900 to a year after today: anything else is a typo, and would report thousands of quarters. */
    private static LocalDate asOf(String text, LocalDate today) {
        LocalDate date = date(text);
        LocalDate latest = today.plusYears(1);
        if (date.isBefore(Plausible.EARLIEST_DATE) || date.isAfter(latest)) {
            throw InputProblem.usage("--as-of=" + text + " is outside " + Plausible.EARLIEST_DATE + " to " + latest
                    + " (a year after today)");
        }
        return date;
    }

    private static LocalDate date(String text) {
        try {
            if (text.matches("\\d{4}-\\d{2}-\\d{2}")) {
                return LocalDate.parse(text);
            }
        } catch (DateTimeException e) {
            // reported below
        }
        throw InputProblem.usage("--as-of=" + text + " is not a date such as 2026-08-15");
    }

    /** The configuration file: {@code --config}, or {@code partnership.yml} in the input folder. */
    public Path configFile() {
        return config.orElse(input.resolve("partnership.yml"));
    }
}
