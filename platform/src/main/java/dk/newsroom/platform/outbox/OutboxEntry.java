package dk.newsroom.platform.outbox;

import java.time.Instant;
import java.util.Date;
import java.util.UUID;

import org.bson.Document;

/**
 * A pending change event, stored inside the changed document until Kafka has acknowledged
 * it.
 *
 * @param eventId unique per change; becomes {@code ce_id}
 * @param type the CloudEvents type, e.g. {@code dk.newsroom.article.updated}
 * @param entityVersion the resource version this event carries
 * @param time when the change happened
 * @param payload the resource as its API returns it, as JSON; {@code null} for a
 * tombstone
 */
public record OutboxEntry(String eventId, String type, long entityVersion, Instant time, String payload) {

	static final String EVENT_ID = "eventId";

	static OutboxEntry create(String type, long entityVersion, Instant time, String payload) {
		return new OutboxEntry(UUID.randomUUID().toString(), type, entityVersion, time, payload);
	}

	public boolean isTombstone() {
		return this.payload == null;
	}

	Document toDocument() {
		return new Document(EVENT_ID, this.eventId).append("type", this.type)
			.append("entityVersion", this.entityVersion)
			.append("time", Date.from(this.time))
			.append("payload", this.payload);
	}

	/** Reads an entry as stored in a document's outbox. */
	public static OutboxEntry fromDocument(Document document) {
		return new OutboxEntry(document.getString(EVENT_ID), document.getString("type"),
				((Number) document.get("entityVersion")).longValue(), document.getDate("time").toInstant(),
				document.getString("payload"));
	}

}
