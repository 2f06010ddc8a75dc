package dk.newsroom.platform.web;

import dk.newsroom.platform.content.InvalidInputException;
import dk.newsroom.platform.content.PlainTextValidator;

/**
 * Checks of free-text query parameters (list filters): bounded and plain, else a 400
 * naming the parameter.
 */
public final class QueryParameters {

	/** The longest filter value accepted. */
	public static final int MAX_FILTER_LENGTH = 100;

	private QueryParameters() {
	}

	/**
	 * The filter value as given, or null when absent or empty.
	 * @throws InvalidInputException when it is longer than {@value #MAX_FILTER_LENGTH}
	 * characters or contains control characters
	 */
	public static String filter(String parameter, String value) {
		if (value == null || value.isEmpty()) {
			return null;
		}
		if (value.length() > MAX_FILTER_LENGTH) {
			throw new InvalidInputException(parameter, "must be at most " + MAX_FILTER_LENGTH + " characters");
		}
		if (!PlainTextValidator.isPlain(value, false)) {
			throw new InvalidInputException(parameter, "must not contain control characters or line breaks");
		}
		return value;
	}

}
