package dk.newsroom.gateway.feed.query;

import java.nio.charset.StandardCharsets;
import java.time.DateTimeException;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;

import dk.newsroom.gateway.feed.ContentType;
import dk.newsroom.gateway.feed.FeedKey;

/**
 * The opaque cursor of the feed: the key of the last item of a page, base64url-encoded.
 * Clients pass it back unchanged; its format may change behind the version prefix.
 */
final class FeedCursor {

	private static final String VERSION = "1";

	private static final char SEPARATOR = '|';

	private FeedCursor() {
	}

	static String encode(FeedKey key) {
		String plain = VERSION + SEPARATOR + key.publishedAt() + SEPARATOR + key.type().wireName() + SEPARATOR
				+ key.id();
		return Base64.getUrlEncoder().withoutPadding().encodeToString(plain.getBytes(StandardCharsets.UTF_8));
	}

	/**
	 * The key a cursor stands for, or empty if it is not a cursor this gateway issued.
	 */
	static Optional<FeedKey> decode(String cursor) {
		try {
			String[] parts = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8).split("\\|", 4);
			if (parts.length != 4 || !VERSION.equals(parts[0]) || parts[3].isEmpty()) {
				return Optional.empty();
			}
			Instant publishedAt = Instant.parse(parts[1]);
			return ContentType.fromWireName(parts[2]).map((type) -> new FeedKey(publishedAt, type, parts[3]));
		}
		catch (IllegalArgumentException | DateTimeException ex) {
			return Optional.empty();
		}
	}

}
