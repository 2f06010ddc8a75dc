package dk.newsroom.platform.outbox;

import java.time.Instant;
import java.util.Date;
import java.util.UUID;

import org.bson.Document;
import org.jspecify.annotations.Nullable;

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
 * @param traceparent the W3C trace context of the write (the request's span), sent as the
 * record's {@code traceparent} header so the send joins the request's trace however late
 * it happens; {@code null} when the write was not traced
 * @param tracestate the W3C {@code tracestate} that came with it, if any
 */
public record OutboxEntry(String eventId, String type, long entityVersion, Instant time, String payload,
		@Nullable String traceparent, @Nullable String tracestate) {

	static final String EVENT_ID = "eventId";

	static final String TRACEPARENT = "traceparent";

	static final String TRACESTATE = "tracestate";

	public OutboxEntry(String eventId, String type, long entityVersion, Instant time, String payload) {
		this(eventId, type, entityVersion, time, payload, null, null);
	}

	static OutboxEntry create(String type, long entityVersion, Instant time, String payload) {
		return new OutboxEntry(UUID.randomUUID().toString(), type, entityVersion, time, payload);
	}

	/** This entry with the given W3C trace context (see {@link OutboxTracing}). */
	OutboxEntry withTraceContext(@Nullable String traceparent, @Nullable String tracestate) {
		return new OutboxEntry(this.eventId, this.type, this.entityVersion, this.time, this.payload, traceparent,
				tracestate);
	}

	public boolean isTombstone() {
		return this.payload == null;
	}

	Document toDocument() {
		Document document = new Document(EVENT_ID, this.eventId).append("type", this.type)
			.append("entityVersion", this.entityVersion)
			.append("time", Date.from(this.time))
			.append("payload", this.payload);
		if (this.traceparent != null) {
			document.append(TRACEPARENT, this.traceparent);
		}
		if (this.tracestate != null) {
			document.append(TRACESTATE, this.tracestate);
		}
		return document;
	}

	/** Reads an entry as stored in a document's outbox. */
	public static OutboxEntry fromDocument(Document document) {
		return new OutboxEntry(document.getString(EVENT_ID), document.getString("type"),
				((Number) document.get("entityVersion")).longValue(), document.getDate("time").toInstant(),
				document.getString("payload"), document.getString(TRACEPARENT), document.getString(TRACESTATE));
	}

}
