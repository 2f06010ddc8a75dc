package dk.newsroom.platform.outbox;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.concurrent.CompletableFuture;

import io.cloudevents.core.builder.CloudEventBuilder;
import io.cloudevents.kafka.KafkaMessageFactory;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerRecord;
import reactor.core.publisher.Mono;

import org.springframework.http.MediaType;

/**
 * Turns an outbox entry into a Kafka record in CloudEvents binary mode (docs/design.md
 * §4) and hands it to a shard's producer. Key = resource id; value = the resource JSON,
 * or null for a tombstone that still carries the headers.
 */
public class OutboxSender {

	/**
	 * CloudEvents extension carrying the resource version: header
	 * {@code ce_entityversion}.
	 */
	public static final String ENTITY_VERSION = "entityversion";

	private final String topic;

	private final URI source;

	private final OutboxTracing tracing;

	public OutboxSender(OutboxProperties properties) {
		this(properties, OutboxTracing.NONE);
	}

	public OutboxSender(OutboxProperties properties, OutboxTracing tracing) {
		this.topic = properties.topic();
		this.source = URI.create(properties.source());
		this.tracing = tracing;
	}

	/**
	 * Hands the record to the producer on the calling thread, in call order (the producer
	 * keeps that order per partition), inside a producer span carrying the entry's trace
	 * context as {@code traceparent} ({@link OutboxTracing}).
	 * @return completes when the broker has acknowledged the record (for a transactional
	 * producer: written, not yet committed)
	 */
	public CompletableFuture<Void> send(Producer<String, byte[]> producer, String id, OutboxEntry entry) {
		ProducerRecord<String, byte[]> record = record(this.topic, this.source, id, entry);
		return this.tracing.send(this.topic, id, entry, record.headers(), () -> {
			CompletableFuture<Void> acknowledged = new CompletableFuture<>();
			producer.send(record, (metadata, ex) -> {
				if (ex != null) {
					acknowledged.completeExceptionally(ex);
				}
				else {
					acknowledged.complete(null);
				}
			});
			return Mono.fromFuture(acknowledged);
		}).toFuture();
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
