package dk.newsroom.platform.outbox;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.locks.ReentrantLock;

import dk.newsroom.platform.outbox.OutboxProducers.ShardProducer;
import dk.newsroom.platform.outbox.PendingChanges.Pending;
import org.apache.kafka.common.InvalidRecordException;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.errors.CorruptRecordException;
import org.apache.kafka.common.errors.ProducerFencedException;
import org.apache.kafka.common.errors.RecordBatchTooLargeException;
import org.apache.kafka.common.errors.RecordTooLargeException;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Relays one outbox shard: the documents of the shard with a pending change go to the
 * topic in Kafka transactions of the shard's producer, oldest first, and stop being
 * pending once the transaction is committed.
 * <p>
 * Why a change can never land after a newer one of the same document, whatever the
 * replicas, their clocks and the broker do: only the shard's producer sends the shard's
 * documents, and opening it ({@code initTransactions} with the shard's
 * {@code transactional.id}) fences every earlier producer of the shard on any replica and
 * aborts the transaction it left open. A replica reads the pending changes only after it
 * opened its producer, and commits only if it was not fenced meanwhile; a fenced
 * producer's records are aborted, invisible to {@code read_committed} consumers and
 * removed by compaction. So the records that count for a document come from one producer
 * at a time, each reading the store after the previous one stopped, in the order it read.
 * <p>
 * Rounds of one shard never overlap (a lock). A change the broker refuses itself (too
 * large, invalid) backs off on its own document; any other failure (broker away, fenced,
 * timed out) closes the producer and is left to the caller's retry.
 */
final class ShardRelay {

	private static final Logger log = LoggerFactory.getLogger(ShardRelay.class);

	private static final Duration FIRST_REFUSAL_BACKOFF = Duration.ofSeconds(1);

	private static final Duration MAX_REFUSAL_BACKOFF = Duration.ofMinutes(5);

	private final int shard;

	private final OutboxProperties properties;

	private final OutboxProducers producers;

	private final OutboxSender sender;

	private final PendingChanges pending;

	private final ShardLeases leases;

	private final OutboxMetrics metrics;

	private final TopicInitializer topics;

	private final Clock clock;

	private final String owner;

	private final ReentrantLock lock = new ReentrantLock();

	private @Nullable ShardProducer producer;

	private volatile boolean held;

	private volatile Instant renewAt = Instant.MIN;

	ShardRelay(int shard, OutboxProperties properties, OutboxProducers producers, OutboxSender sender,
			PendingChanges pending, ShardLeases leases, OutboxMetrics metrics, TopicInitializer topics, Clock clock,
			String owner) {
		this.shard = shard;
		this.properties = properties;
		this.producers = producers;
		this.sender = sender;
		this.pending = pending;
		this.leases = leases;
		this.metrics = metrics;
		this.topics = topics;
		this.clock = clock;
		this.owner = owner;
	}

	int shard() {
		return this.shard;
	}

	/** Whether this replica holds the shard's lease, as far as it knows. */
	boolean isHeld() {
		return this.held;
	}

	/**
	 * Takes the shard if its lease ran out or this replica holds it.
	 * @return whether this replica holds it now
	 */
	boolean claim() {
		Instant now = this.clock.instant();
		boolean claimed = this.leases.claim(this.shard, this.owner, now, this.properties.lease());
		if (claimed) {
			if (!this.held) {
				log.info("Relaying outbox shard {} of {}", this.shard, this.properties.collection());
			}
			this.held = true;
			this.renewAt = now.plus(this.properties.lease().dividedBy(3));
		}
		else {
			lost("another replica holds it");
		}
		return claimed;
	}

	/**
	 * Renews the lease when a third of it has passed; called between rounds only, so a
	 * replica stuck in a round lets the shard go to one that can reach the broker.
	 * @return whether this replica still holds the shard
	 */
	boolean renewIfDue() {
		if (!this.held) {
			return false;
		}
		Instant now = this.clock.instant();
		if (!now.isBefore(this.renewAt)) {
			if (this.leases.renew(this.shard, this.owner, now, this.properties.lease())) {
				this.renewAt = now.plus(this.properties.lease().dividedBy(3));
			}
			else {
				lost("another replica took it over");
			}
		}
		return this.held;
	}

	/**
	 * Sends every pending change of the shard that may go now, round after round.
	 * @return how many changes were committed to the topic
	 * @throws RuntimeException when the broker cannot take them now (the producer is
	 * closed; the next call opens a new one)
	 */
	int relayPending() {
		return relayPending(null);
	}

	/**
	 * Sends the pending changes of the given documents of the shard (all of the shard's
	 * if null, or more than a batch), then every other one a full batch or a refusal
	 * suggests is waiting.
	 * @return how many changes were committed to the topic
	 * @throws RuntimeException as {@link #relayPending()}
	 */
	int relayPending(@Nullable Collection<String> written) {
		this.lock.lock();
		try {
			int total = 0;
			Collection<String> only = (written != null && written.size() <= this.properties.batchSize()) ? written
					: null;
			while (this.held) {
				Round round = round(only);
				only = null;
				total += round.committed();
				if (!round.again()) {
					break;
				}
			}
			return total;
		}
		catch (RuntimeException ex) {
			closeProducer(Duration.ZERO);
			if (ex instanceof ProducerFencedException) {
				// Another replica opened the shard's producer: it holds the shard now.
				lost("its producer was fenced");
			}
			throw ex;
		}
		finally {
			this.lock.unlock();
		}
	}

	private Round round(@Nullable Collection<String> only) {
		if (!this.topics.isReady()) {
			throw new IllegalStateException("Topic " + this.properties.topic() + " is not ready");
		}
		ShardProducer open = producer();
		// Read only now: after opening the producer, which fenced every earlier one.
		Instant now = this.clock.instant();
		List<Pending> ready = (only != null) ? this.pending.readyAmong(only, now)
				: this.pending.ready(this.shard, now, this.properties.batchSize());
		if (ready.isEmpty()) {
			return Round.DONE;
		}
		open.producer().beginTransaction();
		List<CompletableFuture<Void>> acknowledgements = new ArrayList<>(ready.size());
		for (Pending change : ready) {
			acknowledgements.add(this.sender.send(open.producer(), change.id(), change.entry()));
		}
		List<Pending> refused = new ArrayList<>();
		RuntimeException failure = null;
		long deadline = System.nanoTime() + this.properties.sendTimeout().toNanos();
		for (int i = 0; i < ready.size(); i++) {
			try {
				acknowledgements.get(i).get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
			}
			catch (ExecutionException ex) {
				Throwable cause = ex.getCause();
				this.metrics.failed(ready.get(i).entry());
				if (isRefusal(cause)) {
					refused.add(ready.get(i));
					log.warn("The broker refused the change of {} (version {}): {}", ready.get(i).id(),
							ready.get(i).entry().entityVersion(), cause.toString());
				}
				else if (failure == null) {
					failure = (cause instanceof RuntimeException runtime) ? runtime : new KafkaException(cause);
				}
			}
			catch (TimeoutException ex) {
				throw new KafkaException("No acknowledgement within " + this.properties.sendTimeout(), ex);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				throw new KafkaException("Interrupted while waiting for acknowledgements", ex);
			}
		}
		if (refused.isEmpty() && failure != null) {
			throw failure;
		}
		if (!refused.isEmpty()) {
			open.producer().abortTransaction();
			Instant refusedAt = this.clock.instant();
			for (Pending change : refused) {
				this.pending.refused(change, refusedAt.plus(backoff(change.attempts())));
			}
			// The others go again at once, without the refused ones.
			return Round.AGAIN;
		}
		open.producer().commitTransaction();
		for (Pending change : ready) {
			this.metrics.published(change.entry());
		}
		this.pending.sent(ready);
		return (ready.size() == this.properties.batchSize()) ? new Round(ready.size(), true)
				: new Round(ready.size(), false);
	}

	private ShardProducer producer() {
		if (this.producer == null) {
			this.producer = this.producers.open(this.shard);
		}
		return this.producer;
	}

	/**
	 * Closes the producer; waits up to {@code timeout} for what it still has to send.
	 */
	void closeProducer(Duration timeout) {
		ShardProducer open = this.producer;
		this.producer = null;
		if (open != null) {
			try {
				open.close(timeout);
			}
			catch (RuntimeException ex) {
				log.debug("Closing the producer of shard {} failed", this.shard, ex);
			}
		}
	}

	/**
	 * Stops relaying the shard: closes the producer once no round is running, and lets
	 * the lease go if {@code release}.
	 */
	void stop(boolean release) {
		this.lock.lock();
		try {
			closeProducer(Duration.ofSeconds(1));
			if (release && this.held) {
				this.leases.release(this.shard, this.owner);
			}
		}
		finally {
			this.held = false;
			this.lock.unlock();
		}
	}

	/**
	 * Closes the producer under a round that does not end, failing it; the transaction it
	 * leaves open is aborted when the next holder opens the shard's producer, and the
	 * lease runs out (the worker lets it go if it still ends in time).
	 */
	void abandon() {
		ShardProducer open = this.producer;
		try {
			if (open != null) {
				open.close(Duration.ZERO);
			}
		}
		catch (RuntimeException ex) {
			log.debug("Closing the producer of outbox shard {} failed", this.shard, ex);
		}
		this.held = false;
	}

	private void lost(String why) {
		if (this.held) {
			log.info("No longer relaying outbox shard {} of {}: {}", this.shard, this.properties.collection(), why);
		}
		this.held = false;
	}

	/** The broker refused this record for what it is; sending it again will not help. */
	static boolean isRefusal(Throwable cause) {
		return cause instanceof RecordTooLargeException || cause instanceof RecordBatchTooLargeException
				|| cause instanceof InvalidRecordException || cause instanceof CorruptRecordException;
	}

	/** 1 s, 2 s, 4 s … up to 5 min. */
	static Duration backoff(int attempts) {
		Duration backoff = FIRST_REFUSAL_BACKOFF.multipliedBy(1L << Math.min(attempts, 20));
		return (backoff.compareTo(MAX_REFUSAL_BACKOFF) > 0) ? MAX_REFUSAL_BACKOFF : backoff;
	}

	/**
	 * @param committed changes committed in the round
	 * @param again whether more may be waiting (a full batch, or refused ones left out)
	 */
	private record Round(int committed, boolean again) {

		static final Round DONE = new Round(0, false);

		static final Round AGAIN = new Round(0, true);

	}

}
