package dk.newsroom.webhooks.subscription;

import java.time.Instant;

/**
 * A secret deliveries are signed with.
 *
 * @param secret {@code whsec_…}
 * @param expiresAt null for the current secret; for one replaced by a rotation, when
 * deliveries stop being signed with it
 */
public record SigningSecret(String secret, Instant expiresAt) {

	public boolean validAt(Instant now) {
		return this.expiresAt == null || now.isBefore(this.expiresAt);
	}

}
