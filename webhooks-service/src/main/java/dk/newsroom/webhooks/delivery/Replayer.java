package dk.newsroom.webhooks.delivery;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import dk.newsroom.contracts.EventContract;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndTimestamp;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/**
 * Reads the changes since a time back from the topics: every partition from the first
 * record at or after that time to its end as it is when the replay starts. The topics are
 * compacted, so what a replay finds is each resource's latest change since then (and
 * deletions), which is what a receiver needs to catch up. Reads on a thread that may
 * block, with a consumer of its own that joins no group.
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

	Mono<List<Change>> since(Instant since) {
		return Mono.fromCallable(() -> read(since)).subscribeOn(Schedulers.boundedElastic());
	}

	private List<Change> read(Instant since) {
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
			Map<TopicPartition, Long> times = new HashMap<>();
			partitions.forEach((partition) -> times.put(partition, since.toEpochMilli()));
			Map<TopicPartition, OffsetAndTimestamp> start = consumer.offsetsForTimes(times);
			Map<TopicPartition, Long> toRead = new HashMap<>();
			for (TopicPartition partition : partitions) {
				OffsetAndTimestamp from = start.get(partition);
				if (from != null && from.offset() < end.get(partition)) {
					toRead.put(partition, from.offset());
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
