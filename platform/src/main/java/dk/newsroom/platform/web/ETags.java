package dk.newsroom.platform.web;

import java.util.OptionalLong;

import dk.newsroom.platform.content.InvalidInputException;

/** A resource's version is its strong ETag: version 3 is {@code "3"}. */
public final class ETags {

	private ETags() {
	}

	public static String of(long version) {
		return "\"" + version + "\"";
	}

	/**
	 * Reads the version from an {@code If-Match} value.
	 * @throws InvalidInputException when the header is present but not one of our ETags
	 */
	public static OptionalLong parseIfMatch(String header) {
		if (header == null || header.isBlank()) {
			return OptionalLong.empty();
		}
		String value = header.trim();
		if (value.startsWith("W/")) {
			value = value.substring(2);
		}
		if (value.length() > 2 && value.startsWith("\"") && value.endsWith("\"")) {
			value = value.substring(1, value.length() - 1);
		}
		try {
			return OptionalLong.of(Long.parseLong(value));
		}
		catch (NumberFormatException ex) {
			throw new InvalidInputException("If-Match", "must be the resource's ETag, e.g. \"3\"");
		}
	}

}
