package dk.newsroom.webhooks.subscription;

import java.time.Instant;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.swagger.v3.oas.annotations.media.Schema;

/**
 * A subscription as the API shows it. The secret is shown once, in the answer to create
 * and to rotate-secret; never again.
 */
@Schema(description = "A subscription")
public record SubscriptionResponse(String id, String url, String description, ChangeFilter filter,
		SubscriptionStatus status,
		@Schema(nullable = true, description = "Why the service disabled it") String disabledReason, Instant createdAt,
		Instant updatedAt,
		@Schema(nullable = true,
				description = "When its deliveries started failing without a success since") Instant failingSince,
		@Schema(nullable = true, description = """
				While a rotated-out secret still signs deliveries: when it stops""") Instant previousSecretExpiresAt,
		@JsonInclude(JsonInclude.Include.NON_NULL) @Schema(description = """
				The signing secret (whsec_…): only in the answer to create and rotate-secret""") String secret) {

	static SubscriptionResponse of(Subscription subscription, Instant now) {
		return of(subscription, now, null);
	}

	static SubscriptionResponse of(Subscription subscription, Instant now, String secret) {
		Instant previousExpires = subscription.secrets()
			.stream()
			.filter((s) -> s.expiresAt() != null && s.validAt(now))
			.map(SigningSecret::expiresAt)
			.max(Instant::compareTo)
			.orElse(null);
		return new SubscriptionResponse(subscription.id(), subscription.url(), subscription.description(),
				subscription.filter(), subscription.status(), subscription.disabledReason(), subscription.createdAt(),
				subscription.updatedAt(), subscription.failingSince(), previousExpires, secret);
	}

}
