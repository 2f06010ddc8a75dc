package dk.newsroom.webhooks.delivery;

import java.time.Instant;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * One attempt to deliver, for the subscription's log. Its id is an ObjectId's hex: newest
 * last, so the log pages by id.
 *
 * @param statusCode the receiver's status, or null when it gave none (refused,
 * unreachable, timed out)
 * @param nextAttemptAt when the delivery will be tried again, or null
 * @param outcome {@code delivered}, {@code retrying}, {@code failed} (given up),
 * {@code gone} (410: the subscription was disabled) or {@code ping}
 */
@Document(AttemptDocument.COLLECTION)
record AttemptDocument(@Id String id, String subscriptionId, String deliveryId, String eventId, Instant at,
		Integer statusCode, long latencyMs, String error, String response, Instant nextAttemptAt, String outcome) {

	static final String COLLECTION = "attempts";

}
