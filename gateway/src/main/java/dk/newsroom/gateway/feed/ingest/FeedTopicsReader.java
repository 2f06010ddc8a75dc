package dk.newsroom.gateway.feed.ingest;

import java.time.Duration;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.Set;
import java.util.function.LongSupplier;

import dk.newsroom.gateway.feed.FeedChange;
import dk.newsroom.gateway.feed.FeedProjection;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.jspecify.annotations.Nullable;

/**
 * Reads every partition of the content topics from the beginning into the projection,
 * without a consumer group ({@code assign} + {@code seekToBeginning}): every gateway
 * replica builds the whole feed.
 * <p>
 * The first time it reaches the broker it records the end offsets of the partitions that
 * exist then; {@link FeedCatchUp} reports caught up once every one of them is read.
 * Topics that do not exist yet count as empty; they and any new partitions are looked for
 * again every refresh interval and read from the beginning when they appear.
 * <p>
 * Not thread-safe: it is driven by one thread ({@link FeedReader}), which owns the
 * consumer.
 */
final class FeedTopicsReader {

	private final Consumer<String, byte[]> consumer;

	private final FeedRecordDecoder decoder;

	private final FeedProjection projection;

	private final FeedCatchUp catchUp;

	private final Duration pollTimeout;

	private final long refreshIntervalNanos;

	private final LongSupplier nanoTime;

	private final Set<TopicPartition> assigned = new HashSet<>();

	private @Nullable Map<TopicPartition, Long> endOffsetsAtStart;

	private long nextRefresh;

	private FeedTracing tracing = FeedTracing.NONE;

	private final FeedLag lag;

	FeedTopicsReader(Consumer<String, byte[]> consumer, FeedRecordDecoder decoder, FeedProjection projection,
			FeedCatchUp catchUp, Duration pollTimeout, Duration refreshInterval, LongSupplier nanoTime) {
		this(consumer, decoder, projection, catchUp, pollTimeout, refreshInterval, nanoTime, new FeedLag());
	}

	FeedTopicsReader(Consumer<String, byte[]> consumer, FeedRecordDecoder decoder, FeedProjection projection,
			FeedCatchUp catchUp, Duration pollTimeout, Duration refreshInterval, LongSupplier nanoTime, FeedLag lag) {
		this.lag = lag;
		this.consumer = consumer;
		this.decoder = decoder;
		this.projection = projection;
		this.catchUp = catchUp;
		this.pollTimeout = pollTimeout;
		this.refreshIntervalNanos = refreshInterval.toNanos();
		this.nanoTime = nanoTime;
	}

	/**
	 * Applies each record in a span continuing its trace ({@link FeedTracing}).
	 * @param tracing the tracing
	 * @return this reader
	 */
	FeedTopicsReader traced(FeedTracing tracing) {
		this.tracing = tracing;
		return this;
	}

	/**
	 * One round: look for new partitions when due, poll once, apply what came.
	 * @return {@code false} if there was nothing to poll because no topic exists yet
	 * @throws org.apache.kafka.common.KafkaException if the broker cannot be reached
	 */
	boolean pollOnce() {
		if (this.endOffsetsAtStart == null || this.nanoTime.getAsLong() - this.nextRefresh >= 0) {
			refreshAssignment();
		}
		if (this.assigned.isEmpty()) {
			return false;
		}
		for (ConsumerRecord<String, byte[]> record : this.consumer.poll(this.pollTimeout)) {
			this.tracing.apply(record, this.catchUp.isCaughtUp(), () -> {
				FeedChange change = this.decoder.decode(record);
				if (change != null) {
					this.projection.apply(change);
				}
			});
		}
		if (this.endOffsetsAtStart != null && !this.catchUp.isCaughtUp()) {
			this.catchUp.progressed(behind(this.endOffsetsAtStart));
		}
		measureLag();
		return true;
	}

	/**
	 * Per topic, the records between the position and the end offset the latest fetch
	 * saw; before a partition's first fetch, the distance to its end offset at start.
	 */
	private void measureLag() {
		Map<String, Long> byTopic = new HashMap<>();
		for (TopicPartition partition : this.assigned) {
			OptionalLong current = this.consumer.currentLag(partition);
			long behind;
			if (current.isPresent()) {
				behind = current.getAsLong();
			}
			else {
				Long end = (this.endOffsetsAtStart != null) ? this.endOffsetsAtStart.get(partition) : null;
				behind = (end != null) ? Math.max(0, end - this.consumer.position(partition)) : 0;
			}
			byTopic.merge(partition.topic(), behind, Long::sum);
		}
		this.lag.update(byTopic);
	}

	private void refreshAssignment() {
		Set<TopicPartition> found = new HashSet<>();
		Set<String> missing = new HashSet<>();
		for (String topic : this.decoder.topics()) {
			List<PartitionInfo> partitions = this.consumer.partitionsFor(topic);
			if (partitions == null || partitions.isEmpty()) {
				missing.add(topic);
			}
			else {
				partitions.forEach((info) -> found.add(new TopicPartition(info.topic(), info.partition())));
			}
		}
		found.removeAll(this.assigned);
		if (!found.isEmpty()) {
			this.assigned.addAll(found);
			this.consumer.assign(this.assigned);
			this.consumer.seekToBeginning(found);
		}
		if (this.endOffsetsAtStart == null) {
			Map<TopicPartition, Long> endOffsets = Map.copyOf(this.consumer.endOffsets(this.assigned));
			Map<TopicPartition, Long> behind = behind(endOffsets);
			this.endOffsetsAtStart = endOffsets;
			this.catchUp.started(behind, missing);
		}
		else {
			this.catchUp.refreshed(missing);
		}
		this.nextRefresh = this.nanoTime.getAsLong() + this.refreshIntervalNanos;
	}

	/** Per partition not yet read up to its end offset at start: how far it still is. */
	private Map<TopicPartition, Long> behind(Map<TopicPartition, Long> endOffsets) {
		Map<TopicPartition, Long> behind = new HashMap<>();
		endOffsets.forEach((partition, end) -> {
			long remaining = end - this.consumer.position(partition);
			if (remaining > 0) {
				behind.put(partition, remaining);
			}
		});
		return behind;
	}

}
