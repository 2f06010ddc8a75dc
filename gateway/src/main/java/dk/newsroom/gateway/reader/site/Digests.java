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

	/**
	 * A strong validator fed part by part, for an answer made of many items (a sitemap
	 * lists up to 50 000): no array of every part is built first.
	 */
	public static Builder builder() {
		return new Builder();
	}

	static MessageDigest sha256() {
		try {
			return MessageDigest.getInstance("SHA-256");
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("Every Java platform has SHA-256", ex);
		}
	}

	/** Collects the parts of a validator; {@link #etag()} ends it. */
	public static final class Builder {

		private final MessageDigest digest = sha256();

		private Builder() {
		}

		/** Adds one part (parts are separated, so "ab", "c" differs from "a", "bc"). */
		public Builder add(String part) {
			this.digest.update(part.getBytes(java.nio.charset.StandardCharsets.UTF_8));
			this.digest.update((byte) 0);
			return this;
		}

		public Builder add(long part) {
			return add(Long.toString(part));
		}

		/**
		 * The quoted strong ETag of the parts added, as {@link Digests#etag(String...)}.
		 */
		public String etag() {
			return quote(this.digest.digest());
		}

	}

	private static String quote(byte[] hash) {
		return '"' + Base64.getUrlEncoder().withoutPadding().encodeToString(Arrays.copyOf(hash, 16)) + '"';
	}

}
