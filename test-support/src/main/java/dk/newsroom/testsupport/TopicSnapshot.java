package dk.newsroom.testsupport;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.awaitility.Awaitility;

/**
 * Reads a whole topic from the beginning to its current end with a plain Kafka consumer,
 * the way an outside consumer would ({@code read_committed}, as the consumer guide asks),
 * so tests check what is really on the topic.
 */
public final class TopicSnapshot {

	private TopicSnapshot() {
	}

	/** Every record now on the topic, partition by partition, in offset order. */
	public static List<ConsumerRecord<String, byte[]>> read(String topic) {
		Map<String, Object> config = Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG,
				TestBackends.kafka().bootstrapServers(), ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false,
				ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
		try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(config, new StringDeserializer(),
				new ByteArrayDeserializer())) {
			List<TopicPartition> partitions = consumer.partitionsFor(topic, Duration.ofSeconds(10))
				.stream()
				.map((info) -> new TopicPartition(topic, info.partition()))
				.toList();
			consumer.assign(partitions);
			consumer.seekToBeginning(partitions);
			Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
			List<ConsumerRecord<String, byte[]>> records = new ArrayList<>();
			long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
			while (partitions.stream().anyMatch((p) -> consumer.position(p) < end.get(p))) {
				if (System.nanoTime() > deadline) {
					throw new IllegalStateException("Could not read " + topic + " to its end " + end);
				}
				consumer.poll(Duration.ofMillis(200)).forEach(records::add);
			}
			return records;
		}
	}

	/** The records of one key, in order. */
	public static List<ConsumerRecord<String, byte[]>> read(String topic, String key) {
		return read(topic).stream().filter((record) -> key.equals(record.key())).toList();
	}

	/**
	 * Waits up to 30 s until the record of this version of the key is on the topic. A
	 * document keeps only its latest change waiting, so a test that must see every
	 * version of a resource waits for each before it writes the next.
	 */
	public static void awaitVersion(String topic, String key, long version) {
		String wanted = String.valueOf(version);
		Awaitility.await("version " + version + " of " + key + " on " + topic)
			.atMost(Duration.ofSeconds(30))
			.until(() -> read(topic, key).stream()
				.anyMatch((record) -> wanted.equals(header(record, "ce_entityversion"))));
	}

	/** A header's value as text, or null. */
	public static String header(ConsumerRecord<?, ?> record, String name) {
		Header header = record.headers().lastHeader(name);
		return (header != null) ? new String(header.value(), StandardCharsets.UTF_8) : null;
	}

	/** The record's value as text, or null for a tombstone. */
	public static String value(ConsumerRecord<String, byte[]> record) {
		return (record.value() != null) ? new String(record.value(), StandardCharsets.UTF_8) : null;
	}

}
