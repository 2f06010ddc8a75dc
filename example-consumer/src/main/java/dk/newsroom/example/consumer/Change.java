package dk.newsroom.example.consumer;

import java.time.OffsetDateTime;

/**
 * One record of a content topic, decoded: which resource, its version after the change,
 * and its full JSON, or {@code null} for a deletion (a tombstone).
 *
 * @param type the kind of content (from the topic)
 * @param id the resource id (the record key)
 * @param version the resource's version after this change ({@code ce_entityversion})
 * @param eventType {@code ce_type}, e.g. {@code dk.newsroom.article.updated}
 * @param eventId {@code ce_id}: unique per change, repeated by a redelivery
 * @param time {@code ce_time}: when the change happened (may be null)
 * @param json the resource as {@code GET /api/<type>/{id}} returns it, or {@code null}
 * for a deletion
 */
public record Change(ContentType type, String id, long version, String eventType, String eventId, OffsetDateTime time,
		String json) {

	/** Whether this is a tombstone: the resource was deleted. */
	public boolean isDeletion() {
		return this.json == null;
	}

}
