package org.partnership.outcomes.config;

import jakarta.validation.Validation;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;
import org.springframework.validation.Validator;
import org.springframework.validation.beanvalidation.SpringValidatorAdapter;

/**
 * The Bean Validation of what is bound before the job starts, made once: both the configuration
 * file and the {@code partnership.*} settings use it, and starting a validator is a noticeable
 * part of a small run. Its messages are plain text, so no expression language is loaded for them.
 */
public final class BeanValidation {

    private static final class Holder {
        static final Validator VALIDATOR = new SpringValidatorAdapter(Validation.byDefaultProvider().configure()
                .messageInterpolator(new ParameterMessageInterpolator()).buildValidatorFactory().getValidator());
    }

    private BeanValidation() {
    }

    /** Spring's view of the validator, as Spring Boot's {@code ValidationBindHandler} takes it. */
    public static Validator validator() {
        return Holder.VALIDATOR;
    }
}
