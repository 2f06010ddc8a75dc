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
import dk.newsroom.gateway.feed.FeedChangeSink;
import dk.newsroom.gateway.feed.FeedProjection;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads every partition of the content topics into the projection (or another
 * {@link FeedChangeSink}), without a consumer group ({@code assign} +
 * {@code seekToBeginning}, or the sink's own start offsets): every gateway replica builds
 * the whole feed.
 * <p>
 * The first time it reaches the broker it records the end offsets of the partitions that
 * exist then; {@link FeedCatchUp} reports caught up once every one of them is read.
 * Topics that do not exist yet count as empty; they and any new partitions are looked for
 * again every refresh interval and read from the beginning when they appear.
 * <p>
 * A record that cannot be decoded or applied is skipped alone, with a warning, and
 * counted in {@value #SKIPPED} (tags {@code reader}, {@code topic} and {@code reason}:
 * {@value #DECODE} or {@value #APPLY}); the records after it are still applied.
 * <p>
 * Not thread-safe: it is driven by one thread ({@link FeedReader}), which owns the
 * consumer.
 */
final class FeedTopicsReader {

	static final String SKIPPED = "newsroom.feed.records.skipped";

	static final String DECODE = "decode";

	static final String APPLY = "apply";

	/** The name of the projection's reader. */
	static final String FEED = "feed";

	private static final Logger log = LoggerFactory.getLogger(FeedTopicsReader.class);

	private final Consumer<String, byte[]> consumer;

	private final FeedRecordDecoder decoder;

	private final FeedChangeSink target;

	private final String reader;

	/** Whether the target was told the reader caught up. */
	private boolean toldCaughtUp;

	private final FeedCatchUp catchUp;

	private final Duration pollTimeout;

	private final long refreshIntervalNanos;

	private final LongSupplier nanoTime;

	private final Set<TopicPartition> assigned = new HashSet<>();

	private @Nullable Map<TopicPartition, Long> endOffsetsAtStart;

	private long nextRefresh;

	private FeedTracing tracing = FeedTracing.NONE;

	private final FeedLag lag;

	private final MeterRegistry meterRegistry;

	FeedTopicsReader(Consumer<String, byte[]> consumer, FeedRecordDecoder decoder, FeedProjection projection,
			FeedCatchUp catchUp, Duration pollTimeout, Duration refreshInterval, LongSupplier nanoTime,
			MeterRegistry meterRegistry) {
		this(consumer, decoder, projection, catchUp, pollTimeout, refreshInterval, nanoTime, new FeedLag(),
				meterRegistry);
	}

	FeedTopicsReader(Consumer<String, byte[]> consumer, FeedRecordDecoder decoder, FeedProjection projection,
			FeedCatchUp catchUp, Duration pollTimeout, Duration refreshInterval, LongSupplier nanoTime, FeedLag lag,
			MeterRegistry meterRegistry) {
		this(consumer, decoder, FEED, projection::apply, catchUp, pollTimeout, refreshInterval, nanoTime, lag,
				meterRegistry);
	}

	/**
	 * @param reader the reader's name in logs and metrics ({@value #FEED} for the
	 * projection's)
	 * @param target what the changes are applied to
	 */
	FeedTopicsReader(Consumer<String, byte[]> consumer, FeedRecordDecoder decoder, String reader, FeedChangeSink target,
			FeedCatchUp catchUp, Duration pollTimeout, Duration refreshInterval, LongSupplier nanoTime, FeedLag lag,
			MeterRegistry meterRegistry) {
		this.lag = lag;
		this.meterRegistry = meterRegistry;
		this.consumer = consumer;
		this.decoder = decoder;
		this.reader = reader;
		this.target = target;
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
			tellWhenCaughtUp();
			return false;
		}
		ConsumerRecords<String, byte[]> records = this.consumer.poll(this.pollTimeout);
		for (ConsumerRecord<String, byte[]> record : records) {
			apply(record);
		}
		if (!records.isEmpty()) {
			Map<TopicPartition, Long> positions = new HashMap<>();
			for (TopicPartition partition : this.assigned) {
				positions.put(partition, this.consumer.position(partition));
			}
			this.target.polled(positions);
		}
		if (this.endOffsetsAtStart != null && !this.catchUp.isCaughtUp()) {
			this.catchUp.progressed(behind(this.endOffsetsAtStart));
		}
		tellWhenCaughtUp();
		measureLag();
		return true;
	}

	private void tellWhenCaughtUp() {
		if (!this.toldCaughtUp && this.catchUp.isCaughtUp()) {
			this.toldCaughtUp = true;
			this.target.caughtUp();
		}
	}

	/**
	 * Decodes and applies one record, or skips it if that throws (the decoder throws
	 * {@link UndecodableRecordException} for a record that breaks the contract): the
	 * consumer's position is already past the whole batch, so letting the exception out
	 * would lose the records after this one until a restart.
	 */
	private void apply(ConsumerRecord<String, byte[]> record) {
		String[] step = { DECODE };
		try {
			this.tracing.apply(record, this.catchUp.isCaughtUp(), () -> {
				FeedChange change = this.decoder.decode(record);
				step[0] = APPLY;
				this.target.accept(change);
			});
		}
		catch (RuntimeException ex) {
			skipped(record, step[0], ex);
		}
	}

	/**
	 * Logs and counts a skipped record, never its value. The topic tag is bounded: the
	 * reader is only assigned partitions of the decoder's topics.
	 */
	private void skipped(ConsumerRecord<String, byte[]> record, String reason, RuntimeException ex) {
		String why = (ex instanceof UndecodableRecordException) ? ex.getMessage() : ex.toString();
		log.warn("Skipping record {}-{}@{} with key {} ({} reader): {} failed: {}", record.topic(), record.partition(),
				record.offset(), record.key(), this.reader, reason, why);
		Counter.builder(SKIPPED)
			.description("Records of the content topics a reader (the feed's, the search's) skipped because "
					+ "decoding or applying them failed")
			.tag("topic", record.topic())
			.tag("reason", reason)
			.tag("reader", this.reader)
			.register(this.meterRegistry)
			.increment();
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
			Map<TopicPartition, Long> starts = this.target.startOffsets(Set.copyOf(found));
			Set<TopicPartition> fromBeginning = new HashSet<>();
			for (TopicPartition partition : found) {
				Long start = starts.get(partition);
				if (start != null) {
					this.consumer.seek(partition, start);
				}
				else {
					fromBeginning.add(partition);
				}
			}
			this.consumer.seekToBeginning(fromBeginning);
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
