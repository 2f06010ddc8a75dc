package dk.newsroom.webhooks.delivery;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import dk.newsroom.contracts.ChangesToken;
import dk.newsroom.contracts.ContractType;
import dk.newsroom.contracts.EventContract;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/**
 * Reads changes back from the topics: every partition from a start (the first record at
 * or after a time, or the offset a {@code /api/changes} token says the client had read
 * to) to its end as it is when the replay starts. The topics are compacted, so what a
 * replay finds is each resource's latest change since then (and deletions), which is what
 * a receiver needs to catch up. Reads on a thread that may block, with a consumer of its
 * own that joins no group.
 */
class Replayer {

	/** How long the read of a replay may take in all. */
	static final Duration READ_LIMIT = Duration.ofMinutes(2);

	private final Map<String, Object> consumerConfig;

	private final ChangeReader reader;

	Replayer(Map<String, Object> consumerConfig, ChangeReader reader) {
		this.consumerConfig = Map.copyOf(consumerConfig);
		this.reader = reader;
	}

	/** The changes at or after a time. */
	Mono<List<Change>> since(Instant since) {
		return Mono.fromCallable(() -> read((consumer, partitions) -> {
			Map<TopicPartition, Long> times = new HashMap<>();
			partitions.forEach((partition) -> times.put(partition, since.toEpochMilli()));
			Map<TopicPartition, Long> start = new HashMap<>();
			consumer.offsetsForTimes(times).forEach((partition, found) -> {
				if (found != null) {
					start.put(partition, found.offset());
				}
			});
			return start;
		})).subscribeOn(Schedulers.boundedElastic());
	}

	/**
	 * The changes a client at a {@code /api/changes} token has not seen: per partition,
	 * the records from the token's offset on.
	 */
	Mono<List<Change>> after(ChangesToken token) {
		return Mono.fromCallable(() -> read((consumer, partitions) -> {
			Map<TopicPartition, Long> start = new HashMap<>();
			for (TopicPartition partition : partitions) {
				ContractType type = ContractType.values()[EventContract.TOPICS.indexOf(partition.topic())];
				start.put(partition, token.offset(type, partition.partition()));
			}
			return start;
		})).subscribeOn(Schedulers.boundedElastic());
	}

	/** Where to start reading each partition (none: nothing to read there). */
	private interface Start {

		Map<TopicPartition, Long> of(KafkaConsumer<String, byte[]> consumer, List<TopicPartition> partitions);

	}

	private List<Change> read(Start from) {
		Map<String, Object> config = new HashMap<>(this.consumerConfig);
		config.remove(ConsumerConfig.GROUP_ID_CONFIG);
		config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
		config.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
		try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(config, new StringDeserializer(),
				new ByteArrayDeserializer())) {
			List<TopicPartition> partitions = new ArrayList<>();
			for (String topic : EventContract.TOPICS) {
				List<PartitionInfo> infos = consumer.partitionsFor(topic, Duration.ofSeconds(10));
				if (infos != null) {
					infos.forEach((info) -> partitions.add(new TopicPartition(topic, info.partition())));
				}
			}
			Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
			Map<TopicPartition, Long> start = from.of(consumer, partitions);
			Map<TopicPartition, Long> toRead = new HashMap<>();
			for (TopicPartition partition : partitions) {
				Long offset = start.get(partition);
				if (offset != null && offset < end.get(partition)) {
					// A compacted-away offset is no gap: the read goes on at the next
					// record kept.
					toRead.put(partition, offset);
				}
			}
			consumer.assign(toRead.keySet());
			toRead.forEach(consumer::seek);
			List<Change> changes = new ArrayList<>();
			long deadline = System.nanoTime() + READ_LIMIT.toNanos();
			while (toRead.keySet()
				.stream()
				.anyMatch((partition) -> consumer.position(partition) < end.get(partition))) {
				if (System.nanoTime() > deadline) {
					throw new IllegalStateException("The replay could not read the topics to " + end + " in time");
				}
				for (ConsumerRecord<String, byte[]> record : consumer.poll(Duration.ofMillis(200))) {
					if (record.offset() < end.get(new TopicPartition(record.topic(), record.partition()))) {
						this.reader.read(record).ifPresent(changes::add);
					}
				}
			}
			return changes;
		}
	}

}
