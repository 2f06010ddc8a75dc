package dk.newsroom.platform.outbox;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

import io.cloudevents.core.builder.CloudEventBuilder;
import io.cloudevents.kafka.KafkaMessageFactory;
import org.apache.kafka.clients.producer.ProducerRecord;
import reactor.core.publisher.Mono;

import org.springframework.http.MediaType;
import org.springframework.kafka.core.KafkaTemplate;

/**
 * Turns an outbox entry into a Kafka record in CloudEvents binary mode (DESIGN §4) and
 * sends it. Key = resource id; value = the resource JSON, or null for a tombstone that
 * still carries the headers.
 */
public class OutboxSender {

	/**
	 * CloudEvents extension carrying the resource version: header
	 * {@code ce_entityversion}.
	 */
	public static final String ENTITY_VERSION = "entityversion";

	private final KafkaTemplate<String, byte[]> kafka;

	private final String topic;

	private final URI source;

	private final TopicInitializer topics;

	private final OutboxTracing tracing;

	public OutboxSender(KafkaTemplate<String, byte[]> kafka, OutboxProperties properties, TopicInitializer topics) {
		this(kafka, properties, topics, OutboxTracing.NONE);
	}

	public OutboxSender(KafkaTemplate<String, byte[]> kafka, OutboxProperties properties, TopicInitializer topics,
			OutboxTracing tracing) {
		this.kafka = kafka;
		this.topic = properties.topic();
		this.source = URI.create(properties.source());
		this.topics = topics;
		this.tracing = tracing;
	}

	/**
	 * Sends on the calling thread (it may block for metadata) and completes on
	 * acknowledgement. The record carries the entry's trace context as
	 * {@code traceparent}, inside a producer span ({@link OutboxTracing}).
	 */
	public Mono<Void> send(String id, OutboxEntry entry) {
		return this.topics.ready().then(Mono.defer(() -> {
			ProducerRecord<String, byte[]> record = record(this.topic, this.source, id, entry);
			return this.tracing.send(this.topic, id, entry, record.headers(),
					() -> Mono.fromFuture(() -> this.kafka.send(record)).then());
		}));
	}

	static ProducerRecord<String, byte[]> record(String topic, URI source, String id, OutboxEntry entry) {
		CloudEventBuilder event = CloudEventBuilder.v1()
			.withId(entry.eventId())
			.withSource(source)
			.withType(entry.type())
			.withTime(OffsetDateTime.ofInstant(entry.time(), ZoneOffset.UTC))
			.withSubject(id)
			.withExtension(ENTITY_VERSION, entry.entityVersion())
			.withDataContentType(MediaType.APPLICATION_JSON_VALUE);
		if (!entry.isTombstone()) {
			event.withData(entry.payload().getBytes(StandardCharsets.UTF_8));
		}
		return KafkaMessageFactory.<String>createWriter(topic, id).writeBinary(event.build());
	}

}
