package dk.newsroom.platform.content;

import java.net.URI;
import java.net.URISyntaxException;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/**
 * Checks {@link HttpUrl}: only http(s), so no {@code javascript:}, {@code data:},
 * {@code vbscript:} or {@code file:} URL gets in, nor a protocol-relative or relative
 * one. The text must be the URL exactly: no surrounding or embedded whitespace, no
 * control characters, no credentials ({@code https://trusted.example@evil.example/}), at
 * most {@value #MAX_LENGTH} characters.
 */
public class HttpUrlValidator implements ConstraintValidator<HttpUrl, String> {

	/** The longest URL accepted. */
	public static final int MAX_LENGTH = 2000;

	@Override
	public boolean isValid(String value, ConstraintValidatorContext context) {
		return value == null || isHttpUrl(value);
	}

	public static boolean isHttpUrl(String value) {
		if (value.isEmpty() || value.length() > MAX_LENGTH) {
			return false;
		}
		for (int i = 0; i < value.length(); i++) {
			char c = value.charAt(i);
			// Only printable ASCII: no whitespace, controls or look-alike characters.
			if (c <= 0x20 || c >= 0x7f || c == '\\') {
				return false;
			}
		}
		try {
			URI uri = new URI(value);
			String scheme = uri.getScheme();
			return uri.isAbsolute() && !uri.isOpaque() && uri.getHost() != null && !uri.getHost().isEmpty()
					&& uri.getRawUserInfo() == null
					&& ("http".equalsIgnoreCase(scheme) || "https".equalsIgnoreCase(scheme));
		}
		catch (URISyntaxException ex) {
			return false;
		}
	}

}
