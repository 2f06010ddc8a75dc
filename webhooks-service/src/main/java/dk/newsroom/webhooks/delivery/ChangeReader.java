package dk.newsroom.webhooks.delivery;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import dk.newsroom.contracts.ContractType;
import dk.newsroom.contracts.EventContract;
import dk.newsroom.webhooks.subscription.ChangeFacts;
import io.cloudevents.CloudEvent;
import io.cloudevents.kafka.KafkaMessageFactory;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads a content topic's record (CloudEvents binary mode, docs/events.md) with the
 * CloudEvents SDK. The reader, not a value deserializer: Kafka never hands a tombstone to
 * a deserializer, and its headers are what says which resource was deleted.
 */
class ChangeReader {

	private static final Logger log = LoggerFactory.getLogger(ChangeReader.class);

	private final JsonMapper json;

	ChangeReader(JsonMapper json) {
		this.json = json;
	}

	/** The change, or empty (with a warning) for a record that breaks the contract. */
	Optional<Change> read(ConsumerRecord<String, byte[]> record) {
		try {
			ContractType type = ContractType.ofTopic(record.topic());
			CloudEvent event = KafkaMessageFactory.createReader(record).toEvent();
			String id = (record.key() != null) ? record.key() : event.getSubject();
			Object version = event.getExtension(EventContract.ENTITY_VERSION_EXTENSION);
			if (id == null || event.getType() == null) {
				return skip(record, "no resource id or type");
			}
			JsonNode data = (record.value() != null) ? this.json.readTree(record.value()) : null;
			String action = event.getType().substring(event.getType().lastIndexOf('.') + 1);
			ChangeFacts facts = new ChangeFacts(type.type(), kind(action), text(data, "section"), text(data, "track"),
					tags(data), data == null);
			return Optional.of(new Change(record.topic(), record.partition(), record.offset(), id, event.getId(),
					event.getType(), String.valueOf(event.getSource()), event.getTime(),
					(version != null) ? version.toString() : null, data, facts));
		}
		catch (RuntimeException ex) {
			return skip(record, ex.toString());
		}
	}

	/** The contract's actions as the change kinds a filter names. */
	static String kind(String action) {
		return switch (action) {
			case "created" -> "added";
			case "deleted" -> "removed";
			default -> "changed";
		};
	}

	private static String text(JsonNode data, String field) {
		if (data == null || !data.path(field).isString()) {
			return null;
		}
		return data.path(field).asString();
	}

	private static List<String> tags(JsonNode data) {
		List<String> tags = new ArrayList<>();
		if (data != null) {
			for (JsonNode tag : data.path("tags")) {
				if (tag.isString()) {
					tags.add(tag.asString());
				}
			}
		}
		return tags;
	}

	private static Optional<Change> skip(ConsumerRecord<String, byte[]> record, String reason) {
		log.warn("Skipping record {}-{}@{}: {}", record.topic(), record.partition(), record.offset(), reason);
		return Optional.empty();
	}

}
