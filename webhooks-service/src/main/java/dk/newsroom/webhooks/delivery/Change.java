package dk.newsroom.webhooks.delivery;

import java.time.OffsetDateTime;

import dk.newsroom.webhooks.subscription.ChangeFacts;
import tools.jackson.databind.JsonNode;

/**
 * One change read from a content topic.
 *
 * @param topic the topic
 * @param partition its partition
 * @param offset its offset
 * @param id the resource id (the record key)
 * @param eventId {@code ce_id}
 * @param eventType {@code ce_type}
 * @param source {@code ce_source}
 * @param time {@code ce_time}
 * @param entityVersion {@code ce_entityversion}, as text
 * @param data the record value, or null for a tombstone
 * @param facts what filters look at
 */
record Change(String topic, int partition, long offset, String id, String eventId, String eventType, String source,
		OffsetDateTime time, String entityVersion, JsonNode data, ChangeFacts facts) {

	/** The ordering key: one resource of one type. */
	String key() {
		return this.facts.type() + ":" + this.id;
	}

}
