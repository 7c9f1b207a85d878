package org.partnership.outcomes.launch;

import jakarta.validation.constraints.Min;
import java.time.Duration;
import org.partnership.outcomes.InputProblem;
import org.partnership.outcomes.config.BeanValidation;
import org.springframework.boot.context.properties.bind.BindException;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.bind.DataObjectPropertyName;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.boot.context.properties.bind.validation.BindValidationException;
import org.springframework.boot.context.properties.bind.validation.ValidationBindHandler;
import org.springframework.core.env.SimpleCommandLinePropertySource;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.validation.FieldError;
import org.springframework.validation.ObjectError;

/**
 * The {@code partnership.*} settings of a run ({@code --partnership.chunk-size=1000}, or the same
 * from the environment as Spring Boot reads it), bound and checked before the job starts, so that
 * {@code --partnership.chunk-size=abc} is bad usage naming the setting, not a failed run.
 */
public record RunTuning(
        @DefaultValue("5000") @Min(value = 1, message = "must be 1 or more") int chunkSize,
        @DefaultValue("5s") Duration progressInterval,
        @DefaultValue("0") @Min(value = 0, message = "must be 0 (one per core) or more") int ingestThreads,
        @DefaultValue("90") @Min(value = 0, message = "must be 0 or more") int retentionDays) {

    private static final String PREFIX = "partnership";

    /** The settings as the command line and the environment give them, defaults for the rest. */
    public static RunTuning bind(String... args) {
        StandardEnvironment environment = new StandardEnvironment();
        environment.getPropertySources().addFirst(new SimpleCommandLinePropertySource(args));
        try {
            RunTuning tuning = Binder.get(environment).bindOrCreate(PREFIX, Bindable.of(RunTuning.class),
                    new ValidationBindHandler(BeanValidation.validator(RunTuning.class)));
            if (tuning.progressInterval().isNegative()) {
                throw InputProblem.usage("--" + PREFIX + ".progress-interval=" + tuning.progressInterval()
                        + ": must not be negative");
            }
            return tuning;
        } catch (BindException e) {
            throw InputProblem.usage(describe(e));
        }
    }

    /** The ingest threads: as set, or one per core. */
    public int ingestThreadsOrCores() {
        return ingestThreads > 0 ? ingestThreads : Runtime.getRuntime().availableProcessors();
    }

    private static String describe(BindException e) {
        if (e.getCause() instanceof BindValidationException invalid) {
            ObjectError error = invalid.getValidationErrors().getAllErrors().get(0);
            if (error instanceof FieldError field) {
                return "--" + PREFIX + "." + DataObjectPropertyName.toDashedForm(field.getField()) + "="
                        + field.getRejectedValue() + ": " + field.getDefaultMessage();
            }
            return error.getDefaultMessage();
        }
        String value = e.getProperty() == null ? "" : "=" + e.getProperty().getValue();
        Class<?> type = e.getTarget().getType().resolve();
        return "--" + e.getName() + value + ": must be " + (type == Duration.class
                ? "a duration such as 5s or 500ms" : "a whole number");
    }
}
