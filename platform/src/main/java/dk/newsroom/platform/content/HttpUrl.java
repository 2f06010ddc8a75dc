package dk.newsroom.platform.content;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;

/**
 * An absolute {@code http} or {@code https} URL with a host, printable ASCII only (no
 * whitespace, controls or credentials), at most 2000 characters; null passes (use
 * NotNull). Internationalised host names must be sent in their {@code xn--} form.
 */
@Documented
@Constraint(validatedBy = HttpUrlValidator.class)
@Target({ ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT, ElementType.TYPE_USE })
@Retention(RetentionPolicy.RUNTIME)
public @interface HttpUrl {

	String message() default "must be an absolute http(s) URL";

	Class<?>[] groups() default {};

	Class<? extends Payload>[] payload() default {};

}
