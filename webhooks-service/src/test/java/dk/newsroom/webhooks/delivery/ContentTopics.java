package dk.newsroom.webhooks.delivery;

import org.apache.kafka.common.serialization.StringDeserializer;

import org.apache.kafka.common.serialization.ByteArrayDeserializer;

import org.apache.kafka.common.TopicPartition;

import org.apache.kafka.clients.consumer.KafkaConsumer;

import org.apache.kafka.clients.consumer.ConsumerConfig;

import java.time.Duration;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import dk.newsroom.contracts.ContractType;
import dk.newsroom.testsupport.TestBackends;
import io.cloudevents.CloudEvent;
import io.cloudevents.core.builder.CloudEventBuilder;
import io.cloudevents.kafka.KafkaMessageFactory;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * Publishes changes to the content topics of the test broker the way the content services
 * do (CloudEvents binary mode with the CloudEvents SDK, docs/events.md), and creates the
 * topics (compacted, 3 partitions) once.
 */
final class ContentTopics {

	private static KafkaProducer<String, byte[]> producer;

	private ContentTopics() {
	}

	static synchronized void create() {
		if (producer != null) {
			return;
		}
		String servers = TestBackends.kafka().bootstrapServers();
		try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, servers))) {
			Set<String> existing = admin.listTopics().names().get(30, TimeUnit.SECONDS);
			List<NewTopic> missing = java.util.Arrays.stream(ContractType.values())
				.map(ContractType::topic)
				.filter((topic) -> !existing.contains(topic))
				.map((topic) -> new NewTopic(topic, 3, (short) 1)
					.configs(Map.of("cleanup.policy", "compact", "min.compaction.lag.ms", "3600000")))
				.toList();
			admin.createTopics(missing).all().get(30, TimeUnit.SECONDS);
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
		Map<String, Object> config = new HashMap<>();
		config.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, servers);
		config.put(ProducerConfig.ACKS_CONFIG, "all");
		producer = new KafkaProducer<>(config, new StringSerializer(), new ByteArraySerializer());
	}

	/**
	 * An article change; {@code json} null for a deletion. The record's {@code ce_id}.
	 */
	static String article(String id, long version, String action, String json) {
		return publish(ContractType.ARTICLE, id, version, action, json);
	}

	static String publish(ContractType type, String id, long version, String action, String json) {
		create();
		String eventId = UUID.randomUUID().toString();
		CloudEventBuilder event = CloudEventBuilder.v1()
			.withId(eventId)
			.withSource(URI.create(type.source()))
			.withType(type.eventType(action))
			.withTime(OffsetDateTime.now(ZoneOffset.UTC))
			.withSubject(id)
			.withExtension("entityversion", version)
			.withDataContentType("application/json");
		if (json != null) {
			event.withData(json.getBytes(StandardCharsets.UTF_8));
		}
		CloudEvent built = event.build();
		try {
			producer.send(KafkaMessageFactory.<String>createWriter(type.topic(), id).writeBinary(built))
				.get(30, TimeUnit.SECONDS);
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
		return eventId;
	}

	/**
	 * A {@code /api/changes} token of a client that has seen every record on the topics
	 * now, written from the grammar in docs/changes.md (not by the gateway's code): per
	 * topic in the contract's order, each partition's end offset in base 36, joined by
	 * {@code _}.
	 */
	static String tokenAtTheEnd() {
		create();
		Map<String, Object> config = new HashMap<>();
		config.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, TestBackends.kafka().bootstrapServers());
		try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(config, new StringDeserializer(),
				new ByteArrayDeserializer())) {
			StringBuilder token = new StringBuilder("1.");
			for (ContractType type : ContractType.values()) {
				List<TopicPartition> partitions = consumer.partitionsFor(type.topic(), Duration.ofSeconds(30))
					.stream()
					.map((info) -> new TopicPartition(type.topic(), info.partition()))
					.sorted(java.util.Comparator.comparingInt(TopicPartition::partition))
					.toList();
				Map<TopicPartition, Long> ends = consumer.endOffsets(partitions, Duration.ofSeconds(30));
				token.append('.');
				token.append(String.join("_",
						partitions.stream().map((partition) -> Long.toString(ends.get(partition), 36)).toList()));
			}
			return token.toString();
		}
	}

	static String articleJson(String id, long version, String section, String tag) {
		return """
				{"id":"%s","slug":"a-%s","status":"PUBLISHED","headline":"Kommunerne samler driften","section":"%s",\
				"tags":["%s"],"version":%d}""".formatted(id, id, section, tag, version);
	}

}
