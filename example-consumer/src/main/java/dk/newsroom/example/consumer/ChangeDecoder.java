package dk.newsroom.example.consumer;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;

import io.cloudevents.CloudEvent;
import io.cloudevents.kafka.KafkaMessageFactory;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Turns a Kafka record into a {@link Change} with the CloudEvents SDK, which reads the
 * binary-mode headers ({@code ce_id}, {@code ce_type}, … and the extension
 * {@code ce_entityversion}).
 * <p>
 * The record is read with {@link KafkaMessageFactory#createReader(ConsumerRecord)} rather
 * than with {@code CloudEventDeserializer} as the consumer's value deserializer: Kafka
 * does not call the value deserializer for a {@code null} value, so a tombstone would
 * arrive as a {@code null} event and its headers (its version) would be lost.
 * <p>
 * Records that break the contract are skipped with a warning instead of stopping the
 * consumer.
 */
public final class ChangeDecoder {

	/** The CloudEvents extension carrying the resource version. */
	public static final String ENTITY_VERSION = "entityversion";

	private static final Logger log = LoggerFactory.getLogger(ChangeDecoder.class);

	private static final JsonMapper json = JsonMapper.builder().build();

	private final Map<String, ContentType> topics;

	/**
	 * @param topics topic name → the content type it carries
	 */
	public ChangeDecoder(Map<String, ContentType> topics) {
		this.topics = Map.copyOf(topics);
	}

	/** The change the record carries, or empty if it cannot be used. */
	public Optional<Change> decode(ConsumerRecord<String, byte[]> record) {
		ContentType type = this.topics.get(record.topic());
		if (type == null) {
			return skip(record, "not a content topic");
		}
		CloudEvent event;
		try {
			event = KafkaMessageFactory.createReader(record).toEvent();
		}
		catch (RuntimeException ex) {
			return skip(record, "no CloudEvents headers: " + ex.getMessage());
		}
		String id = (record.key() != null) ? record.key() : event.getSubject();
		if (id == null || id.isEmpty()) {
			return skip(record, "no resource id");
		}
		String value = (record.value() != null) ? new String(record.value(), StandardCharsets.UTF_8) : null;
		Long version = version(event, value);
		if (version == null) {
			return skip(record, "no " + ENTITY_VERSION);
		}
		return Optional.of(new Change(type, id, version, event.getType(), event.getId(), event.getTime(), value));
	}

	/**
	 * {@code ce_entityversion}; in binary mode it arrives as text. For a record without
	 * it, the payload's {@code version} (which the contract makes equal).
	 */
	private static Long version(CloudEvent event, String value) {
		Object extension = event.getExtension(ENTITY_VERSION);
		if (extension != null) {
			try {
				return Long.parseLong(extension.toString().trim());
			}
			catch (NumberFormatException ex) {
				return null;
			}
		}
		if (value == null) {
			return null;
		}
		try {
			JsonNode version = json.readTree(value).path("version");
			return version.isIntegralNumber() ? version.longValue() : null;
		}
		catch (RuntimeException ex) {
			return null;
		}
	}

	private static Optional<Change> skip(ConsumerRecord<String, byte[]> record, String reason) {
		log.warn("Skipping record {}-{}@{}: {}", record.topic(), record.partition(), record.offset(), reason);
		return Optional.empty();
	}

}
