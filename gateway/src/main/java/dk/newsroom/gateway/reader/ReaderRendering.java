package dk.newsroom.gateway.reader;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.Arrays;
import java.util.Base64;

/**
 * One rendering of the reader page: its HTML and a strong ETag of exactly those bytes.
 *
 * @param html the page as UTF-8; never modify it
 * @param etag a strong validator of {@code html}, quoted
 * @param validUntil when the page goes out of date without a change to the feed (an item
 * scheduled for then, an event starting, the date changing)
 */
record ReaderRendering(byte[] html, String etag, Instant validUntil) {

	static ReaderRendering of(byte[] html, Instant validUntil) {
		byte[] hash = sha256().digest(html);
		return new ReaderRendering(html,
				'"' + Base64.getUrlEncoder().withoutPadding().encodeToString(Arrays.copyOf(hash, 16)) + '"',
				validUntil);
	}

	private static MessageDigest sha256() {
		try {
			return MessageDigest.getInstance("SHA-256");
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("Every Java platform has SHA-256", ex);
		}
	}

}
