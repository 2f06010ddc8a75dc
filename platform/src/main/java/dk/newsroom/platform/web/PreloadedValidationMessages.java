package dk.newsroom.platform.web;

import java.util.Locale;
import java.util.Set;

import jakarta.validation.Configuration;
import org.hibernate.validator.messageinterpolation.ResourceBundleMessageInterpolator;

import org.springframework.boot.validation.autoconfigure.ValidationConfigurationCustomizer;

/**
 * Bean Validation's messages read once, at start. Hibernate Validator's default
 * interpolator looks its resource bundles up on every violation, and for the aggregated
 * {@code ContributorValidationMessages} that means scanning the class path each time:
 * file I/O on the event loop for every invalid request. This interpolator loads the
 * bundles of the JVM's default locale when the validator is built, and always answers in
 * that locale (WebFlux sets no request locale for validation).
 */
class PreloadedValidationMessages implements ValidationConfigurationCustomizer {

	@Override
	public void customize(Configuration<?> configuration) {
		Locale locale = Locale.getDefault();
		configuration.messageInterpolator(
				new ResourceBundleMessageInterpolator(Set.of(locale), locale, (context) -> locale, true));
	}

}
