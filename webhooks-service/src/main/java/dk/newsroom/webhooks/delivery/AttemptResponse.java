package dk.newsroom.webhooks.delivery;

import java.time.Instant;

import io.swagger.v3.oas.annotations.media.Schema;

/** One attempt in a subscription's delivery log. */
@Schema(description = "One attempt to deliver a change (or a ping)")
record AttemptResponse(String id, @Schema(description = "The delivery, for redeliver") String deliveryId,
		@Schema(description = "The change's CloudEvent id (= webhook-id)") String eventId, Instant at,
		@Schema(nullable = true, description = "The receiver's status; null when it gave none") Integer statusCode,
		long latencyMs, @Schema(nullable = true) String error,
		@Schema(nullable = true, description = "The start of the receiver's answer (at most 4 KB)") String response,
		@Schema(nullable = true, description = "When the delivery is tried again") Instant nextAttemptAt,
		@Schema(description = "delivered, retrying, failed (given up), gone (410) or ping") String outcome) {

	static AttemptResponse of(AttemptDocument attempt) {
		return new AttemptResponse(attempt.id(), attempt.deliveryId(), attempt.eventId(), attempt.at(),
				attempt.statusCode(), attempt.latencyMs(), attempt.error(), attempt.response(), attempt.nextAttemptAt(),
				attempt.outcome());
	}

}
