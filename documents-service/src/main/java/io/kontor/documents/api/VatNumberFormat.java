package io.kontor.documents.api;

import io.kontor.documents.VatNumber;
import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** A VAT identification number as {@link VatNumber} accepts it; null is left to {@code @NotBlank}. */
@Documented
@Constraint(validatedBy = VatNumberFormat.Validator.class)
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT})
@Retention(RetentionPolicy.RUNTIME)
public @interface VatNumberFormat {

    String message() default "must be a VAT number: a two-letter prefix and 2 to 14 letters or digits, "
            + "e.g. BE0123456749 (spaces, dots and dashes are ignored)";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Validator implements ConstraintValidator<VatNumberFormat, String> {

        @Override
        public boolean isValid(String value, ConstraintValidatorContext context) {
            return value == null || value.isBlank() || VatNumber.isValid(value);
        }
    }
}
