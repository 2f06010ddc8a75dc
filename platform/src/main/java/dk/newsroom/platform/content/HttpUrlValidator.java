package dk.newsroom.platform.content;

import java.net.URI;
import java.net.URISyntaxException;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/**
 * Checks {@link HttpUrl}: only http(s), so no {@code javascript:} or {@code data:} URL
 * gets in.
 */
public class HttpUrlValidator implements ConstraintValidator<HttpUrl, String> {

	@Override
	public boolean isValid(String value, ConstraintValidatorContext context) {
		return value == null || isHttpUrl(value);
	}

	public static boolean isHttpUrl(String value) {
		try {
			URI uri = new URI(value);
			String scheme = uri.getScheme();
			return uri.isAbsolute() && uri.getHost() != null
					&& ("http".equalsIgnoreCase(scheme) || "https".equalsIgnoreCase(scheme));
		}
		catch (URISyntaxException ex) {
			return false;
		}
	}

}
