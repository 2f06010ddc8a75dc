package dk.newsroom.webhooks.delivery;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.UUID;

import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The body of a delivery: the change as a CloudEvent in structured JSON mode
 * ({@code application/cloudevents+json}), with the Kafka record's id, source, type,
 * subject, time, {@code entityversion} (as the text the header carries) and its value as
 * {@code data} (none for a deletion).
 */
class CloudEventBodies {

	static final String MEDIA_TYPE = "application/cloudevents+json";

	/** The {@code type} of a ping. */
	static final String PING_TYPE = "dk.newsroom.webhook.ping";

	private final JsonMapper json;

	CloudEventBodies(JsonMapper json) {
		this.json = json;
	}

	String of(Change change) {
		ObjectNode event = this.json.createObjectNode();
		event.put("specversion", "1.0");
		event.put("id", change.eventId());
		event.put("source", change.source());
		event.put("type", change.eventType());
		event.put("subject", change.id());
		if (change.time() != null) {
			event.put("time", DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(change.time()));
		}
		event.put("datacontenttype", "application/json");
		if (change.entityVersion() != null) {
			event.put("entityversion", change.entityVersion());
		}
		if (change.data() != null) {
			event.set("data", change.data());
		}
		return this.json.writeValueAsString(event);
	}

	/** A ping: a CloudEvent of its own type, with the subscription as its subject. */
	String ping(String subscriptionId, Instant now) {
		ObjectNode event = this.json.createObjectNode();
		event.put("specversion", "1.0");
		event.put("id", "ping_" + UUID.randomUUID());
		event.put("source", "/webhooks-service");
		event.put("type", PING_TYPE);
		event.put("subject", subscriptionId);
		event.put("time", now.toString());
		event.put("datacontenttype", "application/json");
		event.set("data", this.json.createObjectNode().put("message", "ping"));
		return this.json.writeValueAsString(event);
	}

}
