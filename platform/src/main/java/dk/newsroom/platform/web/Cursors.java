package dk.newsroom.platform.web;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

import dk.newsroom.platform.content.InvalidInputException;

/** Opaque cursors: base64url of the last key a page returned. */
public final class Cursors {

	/** The longest cursor accepted; longer is not one this API returned. */
	public static final int MAX_LENGTH = 512;

	private Cursors() {
	}

	public static String encode(String key) {
		return Base64.getUrlEncoder().withoutPadding().encodeToString(key.getBytes(StandardCharsets.UTF_8));
	}

	public static String decode(String cursor) {
		if (cursor.length() > MAX_LENGTH) {
			throw new InvalidInputException("cursor", "is not a cursor this API returned");
		}
		try {
			return new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
		}
		catch (IllegalArgumentException ex) {
			throw new InvalidInputException("cursor", "is not a cursor this API returned");
		}
	}

}
