package dk.newsroom.webhooks.delivery;

import java.time.Instant;

import io.swagger.v3.oas.annotations.media.Schema;

/** A delivery: one change queued for one subscription. */
@Schema(description = "One change queued for one subscription")
record DeliveryResponse(String id, String eventId, String eventType, String key, String entityVersion,
		@Schema(description = "PENDING, DELIVERED or FAILED") String status, int attempts, Instant createdAt,
		@Schema(nullable = true) Instant nextAttemptAt, @Schema(nullable = true) Instant lastAttemptAt,
		@Schema(nullable = true) Integer lastStatusCode, @Schema(nullable = true) String lastError,
		@Schema(nullable = true) Instant deliveredAt) {

	static DeliveryResponse of(DeliveryDocument delivery) {
		boolean pending = delivery.status() == DeliveryStatus.PENDING;
		return new DeliveryResponse(delivery.id(), delivery.eventId(), delivery.eventType(), delivery.key(),
				delivery.entityVersion(), delivery.status().name(), delivery.attempts(), delivery.createdAt(),
				pending ? delivery.dueAt() : null, delivery.lastAttemptAt(), delivery.lastStatusCode(),
				delivery.lastError(), delivery.deliveredAt());
	}

}
