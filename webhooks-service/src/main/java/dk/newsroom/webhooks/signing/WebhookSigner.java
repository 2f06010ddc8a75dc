package dk.newsroom.webhooks.signing;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.List;
import java.util.stream.Collectors;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Signs webhook messages as the Standard Webhooks specification says: the signature of
 * message {@code id}, sent at {@code timestamp} (seconds since the epoch) with
 * {@code body}, is {@code v1,} followed by the base64 of HMAC-SHA256 over
 * {@code id.timestamp.body}, keyed with the secret's bytes (the base64 after
 * {@code whsec_}). With several secrets (during a rotation) the header carries one
 * signature per secret, separated by spaces; a receiver accepts any that matches.
 */
public final class WebhookSigner {

	/** The prefix of a secret, as the specification's libraries expect it. */
	public static final String SECRET_PREFIX = "whsec_";

	/** Random bytes per secret (the specification asks for 24 to 64). */
	static final int SECRET_BYTES = 32;

	private WebhookSigner() {
	}

	/**
	 * A new secret: {@code whsec_} and the base64 of {@value #SECRET_BYTES} random bytes.
	 */
	public static String newSecret(SecureRandom random) {
		byte[] key = new byte[SECRET_BYTES];
		random.nextBytes(key);
		return SECRET_PREFIX + Base64.getEncoder().encodeToString(key);
	}

	/**
	 * The {@code webhook-signature} header value: one {@code v1,} signature per secret.
	 */
	public static String signature(String id, long timestamp, byte[] body, List<String> secrets) {
		return secrets.stream().map((secret) -> sign(id, timestamp, body, secret)).collect(Collectors.joining(" "));
	}

	/** One {@code v1,<base64>} signature. */
	public static String sign(String id, long timestamp, byte[] body, String secret) {
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(new SecretKeySpec(key(secret), "HmacSHA256"));
			mac.update((id + "." + timestamp + ".").getBytes(StandardCharsets.UTF_8));
			return "v1," + Base64.getEncoder().encodeToString(mac.doFinal(body));
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("HmacSHA256 is not available", ex);
		}
	}

	/** The key bytes of a secret, with or without its {@code whsec_} prefix. */
	static byte[] key(String secret) {
		String encoded = secret.startsWith(SECRET_PREFIX) ? secret.substring(SECRET_PREFIX.length()) : secret;
		return Base64.getDecoder().decode(encoded);
	}

}
