package dk.newsroom.webhooks.subscription;

import java.time.Instant;
import java.util.List;

/**
 * A receiver of changes.
 *
 * @param failingSince when its deliveries started failing without a success since, or
 * null
 */
public record Subscription(String id, String url, String description, ChangeFilter filter, SubscriptionStatus status,
		String disabledReason, List<SigningSecret> secrets, Instant createdAt, Instant updatedAt,
		Instant failingSince) {

	/** The secrets to sign with now: the current one first, then any still in overlap. */
	public List<String> signingSecrets(Instant now) {
		return this.secrets.stream().filter((secret) -> secret.validAt(now)).map(SigningSecret::secret).toList();
	}

}
