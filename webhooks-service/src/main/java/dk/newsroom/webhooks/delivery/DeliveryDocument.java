package dk.newsroom.webhooks.delivery;

import java.time.Instant;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * One change queued for one subscription. Its id is the subscription's and the change's
 * ({@code <subscription>:<ce_id>}), so a change read twice (after a crash before the
 * consumer committed) is queued once.
 *
 * @param key the ordering key, {@code <type>:<resource id>}: a key's deliveries go out
 * one at a time, in {@code offset} order (= version order)
 * @param offset the record's offset in its partition (a key's records share one)
 * @param body the CloudEvent to send, as it will be signed
 * @param attempts attempts since the delivery was queued (or redelivered)
 * @param dueAt when it may be sent (again)
 * @param leaseUntil while a sender holds it; the epoch when nobody does
 */
@Document(DeliveryDocument.COLLECTION)
record DeliveryDocument(@Id String id, String subscriptionId, String key, String topic, int partition, long offset,
		String eventId, String eventType, String entityVersion, String body, DeliveryStatus status, int attempts,
		Instant dueAt, Instant leaseUntil, Instant createdAt, Instant lastAttemptAt, Integer lastStatusCode,
		String lastError, Instant deliveredAt) {

	static final String COLLECTION = "deliveries";

	static DeliveryDocument queued(String id, String subscriptionId, Change change, String body, Instant now) {
		return new DeliveryDocument(id, subscriptionId, change.key(), change.topic(), change.partition(),
				change.offset(), change.eventId(), change.eventType(), change.entityVersion(), body,
				DeliveryStatus.PENDING, 0, now, Instant.EPOCH, now, null, null, null, null);
	}

}
