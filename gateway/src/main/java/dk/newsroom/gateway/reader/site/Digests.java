package dk.newsroom.gateway.reader.site;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.Base64;

/** Strong validators (ETags) for the site's answers. */
public final class Digests {

	private Digests() {
	}

	/** A quoted strong ETag of these bytes. */
	public static String etag(byte[] bytes) {
		return quote(sha256().digest(bytes));
	}

	/** A quoted strong ETag of these parts, joined. */
	public static String etag(String... parts) {
		MessageDigest digest = sha256();
		for (String part : parts) {
			digest.update(part.getBytes(java.nio.charset.StandardCharsets.UTF_8));
			digest.update((byte) 0);
		}
		return quote(digest.digest());
	}

	static MessageDigest sha256() {
		try {
			return MessageDigest.getInstance("SHA-256");
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("Every Java platform has SHA-256", ex);
		}
	}

	private static String quote(byte[] hash) {
		return '"' + Base64.getUrlEncoder().withoutPadding().encodeToString(Arrays.copyOf(hash, 16)) + '"';
	}

}
