package org.partnership.outcomes.config;

import jakarta.validation.Validation;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.hibernate.validator.PredefinedScopeHibernateValidator;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;
import org.springframework.validation.Validator;
import org.springframework.validation.beanvalidation.SpringValidatorAdapter;

/**
 * The Bean Validation of what is bound before the job starts: the configuration file and the
 * {@code partnership.*} settings. Starting a validator is a noticeable part of a small run, so each
 * is made in Hibernate Validator's predefined scope, which loads only the constraints named here
 * and the metadata of the one record it checks (the constraints of records nested in it are not
 * checked: the job binds none with constraints). Its messages are plain text, so no expression
 * language is loaded for them.
 */
public final class BeanValidation {

    /** The built-in constraints the job's records use; a constraint not named here fails at start. */
    private static final Set<String> CONSTRAINTS = Set.of(Min.class.getName(), Max.class.getName(),
            DecimalMin.class.getName(), DecimalMax.class.getName());

    private static final Map<Class<?>, Validator> VALIDATORS = new ConcurrentHashMap<>();

    private BeanValidation() {
    }

    /** Spring's view of the validator of {@code record}, as Spring Boot's {@code ValidationBindHandler} takes it. */
    public static Validator validator(Class<?> record) {
        return VALIDATORS.computeIfAbsent(record, type -> new SpringValidatorAdapter(
                Validation.byProvider(PredefinedScopeHibernateValidator.class).configure()
                        .builtinConstraints(CONSTRAINTS)
                        .initializeBeanMetaData(Set.of(type))
                        .messageInterpolator(new ParameterMessageInterpolator())
                        .buildValidatorFactory().getValidator()));
    }
}
