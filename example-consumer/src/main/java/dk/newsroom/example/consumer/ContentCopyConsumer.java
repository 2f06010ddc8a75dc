package dk.newsroom.example.consumer;

import java.time.Duration;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps a {@link ContentCopy} up to date from the content topics, on its own thread.
 * <p>
 * <b>No consumer group.</b> It assigns itself every partition of every topic and seeks to
 * the beginning ({@code assign} + {@code seekToBeginning}) each time it starts. The copy
 * lives in memory, so it has to be rebuilt from the start on every run anyway: committed
 * group offsets would only make a restarted consumer skip what it needs, and a group
 * would split the partitions between instances while every instance needs all of them. (A
 * consumer that keeps its copy in a database can store offsets next to its data, or use a
 * group with {@code auto.offset.reset=earliest}; the version rule keeps either safe.)
 * <p>
 * <b>Caught up.</b> The first time it reaches the broker it notes the end offsets of the
 * partitions that exist then; {@link #caughtUp()} completes once every one of them has
 * been read. From then on the copy is complete up to that moment, and follows new changes
 * as they come. Topics that do not exist yet count as empty; they, and new partitions,
 * are looked for again every refresh interval and read from the beginning.
 * <p>
 * <b>Shutdown.</b> {@link #close()} wakes the poll loop ({@code consumer.wakeup()}),
 * which closes the consumer and ends the thread.
 */
public final class ContentCopyConsumer implements AutoCloseable {

	private static final Logger log = LoggerFactory.getLogger(ContentCopyConsumer.class);

	private static final Duration POLL_TIMEOUT = Duration.ofMillis(500);

	private static final Duration RETRY_BACKOFF = Duration.ofSeconds(1);

	private final KafkaConsumer<String, byte[]> consumer;

	private final Set<String> topics;

	private final ChangeDecoder decoder;

	private final ContentCopy copy;

	private final Listener listener;

	private final Duration refreshInterval;

	private final Thread thread;

	private final CompletableFuture<Void> caughtUp = new CompletableFuture<>();

	private final CountDownLatch stopping = new CountDownLatch(1);

	private final Set<TopicPartition> assigned = new HashSet<>();

	private Map<TopicPartition, Long> endOffsetsAtStart;

	private long nextRefresh;

	/** Reads the three standard topics. */
	public ContentCopyConsumer(String bootstrapServers, ContentCopy copy, Listener listener) {
		this(bootstrapServers, ContentType.standardTopics(), Duration.ofSeconds(30), copy, listener);
	}

	/**
	 * @param bootstrapServers e.g. {@code localhost:9092}
	 * @param topics topic name → the content type it carries
	 * @param refreshInterval how often to look for topics and partitions that appeared
	 * @param copy the copy to keep up to date
	 * @param listener told about every record applied or ignored, on the poll thread
	 */
	public ContentCopyConsumer(String bootstrapServers, Map<String, ContentType> topics, Duration refreshInterval,
			ContentCopy copy, Listener listener) {
		this.consumer = new KafkaConsumer<>(consumerConfig(bootstrapServers), new StringDeserializer(),
				new ByteArrayDeserializer());
		this.topics = Set.copyOf(topics.keySet());
		this.decoder = new ChangeDecoder(topics);
		this.copy = copy;
		this.listener = listener;
		this.refreshInterval = refreshInterval;
		this.thread = new Thread(this::run, "content-copy-consumer");
	}

	private static Properties consumerConfig(String bootstrapServers) {
		Properties config = new Properties();
		config.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
		config.put(ConsumerConfig.CLIENT_ID_CONFIG, "newsroom-example-consumer");
		// No group.id: partitions are assigned by hand and nothing is committed.
		config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
		// If the position ever falls before the log start (retention), start over at the
		// beginning rather than fail or skip to the end.
		config.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
		// Never create a content topic by asking for it; the services create them.
		config.put(ConsumerConfig.ALLOW_AUTO_CREATE_TOPICS_CONFIG, false);
		// The services publish in Kafka transactions: only committed records count. A
		// replica that lost its shard may leave records of an aborted transaction behind.
		config.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
		return config;
	}

	/** Starts the poll thread. */
	public ContentCopyConsumer start() {
		this.thread.start();
		return this;
	}

	/**
	 * Completes once every partition has been read up to the end offset it had when the
	 * consumer first reached the broker; completes exceptionally if the consumer is
	 * closed before.
	 */
	public CompletableFuture<Void> caughtUp() {
		return this.caughtUp;
	}

	public boolean isCaughtUp() {
		return this.caughtUp.isDone() && !this.caughtUp.isCompletedExceptionally();
	}

	/** Stops the poll loop and waits (up to 10 s) for the consumer to close. */
	@Override
	public void close() {
		this.stopping.countDown();
		if (this.thread.getState() == Thread.State.NEW) {
			this.consumer.close();
			this.caughtUp.completeExceptionally(new IllegalStateException("closed before started"));
			return;
		}
		this.consumer.wakeup();
		try {
			this.thread.join(10_000);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	private void run() {
		try {
			while (this.stopping.getCount() > 0) {
				try {
					pollOnce();
				}
				catch (WakeupException ex) {
					// close() was called: the loop condition ends it
				}
				catch (KafkaException ex) {
					// e.g. the broker is unreachable: the consumer reconnects by itself
					log.warn("Reading the content topics failed, retrying: {}", ex.toString());
					pause(RETRY_BACKOFF);
				}
			}
		}
		finally {
			this.consumer.close();
			this.caughtUp.completeExceptionally(new IllegalStateException("closed before caught up"));
		}
	}

	private void pollOnce() {
		if (this.endOffsetsAtStart == null || System.nanoTime() - this.nextRefresh >= 0) {
			refreshAssignment();
		}
		if (!this.assigned.isEmpty()) {
			for (ConsumerRecord<String, byte[]> record : this.consumer.poll(POLL_TIMEOUT)) {
				this.decoder.decode(record).ifPresent((change) -> tell(change, this.copy.apply(change)));
			}
		}
		if (!this.caughtUp.isDone() && allReached(this.endOffsetsAtStart)) {
			this.caughtUp.complete(null);
			this.listener.onCaughtUp();
		}
		if (this.assigned.isEmpty()) {
			// No topic exists yet, and poll() needs at least one partition.
			pause(this.refreshInterval);
		}
	}

	/** A failing listener must not stop the copy (the change is applied already). */
	private void tell(Change change, ContentCopy.Outcome outcome) {
		try {
			this.listener.onChange(change, outcome);
		}
		catch (RuntimeException ex) {
			log.warn("Listener failed on {} {} v{}", change.type(), change.id(), change.version(), ex);
		}
	}

	/** Assigns partitions not assigned yet, from the beginning. */
	private void refreshAssignment() {
		Set<TopicPartition> found = new HashSet<>();
		for (String topic : this.topics) {
			List<PartitionInfo> partitions = this.consumer.partitionsFor(topic);
			for (PartitionInfo partition : partitions) {
				found.add(new TopicPartition(partition.topic(), partition.partition()));
			}
		}
		found.removeAll(this.assigned);
		if (!found.isEmpty()) {
			this.assigned.addAll(found);
			this.consumer.assign(this.assigned);
			this.consumer.seekToBeginning(found);
		}
		if (this.endOffsetsAtStart == null) {
			this.endOffsetsAtStart = new HashMap<>(this.consumer.endOffsets(this.assigned));
		}
		this.nextRefresh = System.nanoTime() + this.refreshInterval.toNanos();
	}

	private boolean allReached(Map<TopicPartition, Long> endOffsets) {
		for (Map.Entry<TopicPartition, Long> end : endOffsets.entrySet()) {
			if (this.consumer.position(end.getKey()) < end.getValue()) {
				return false;
			}
		}
		return true;
	}

	private void pause(Duration duration) {
		try {
			this.stopping.await(duration.toMillis(), TimeUnit.MILLISECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			this.stopping.countDown();
		}
	}

	/** Told about every decoded record, on the poll thread. */
	public interface Listener {

		/**
		 * @param change the record
		 * @param outcome what applying it did to the copy ({@code IGNORED} for a record
		 * no newer than the copy)
		 */
		void onChange(Change change, ContentCopy.Outcome outcome);

		/** The copy has caught up with the end offsets seen at start. */
		default void onCaughtUp() {
		}

	}

}
