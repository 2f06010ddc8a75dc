package dk.newsroom.platform.outbox;

import java.lang.management.ManagementFactory;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.SmartLifecycle;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;

/**
 * Publishes the pending changes of a service's documents: each replica relays the outbox
 * shards whose lease it holds ({@link ShardRelay}), one worker thread per shard, never on
 * an event loop.
 * <p>
 * A write on this replica wakes the worker of its document's shard at once, which reads
 * that document's change by id; a write on a replica that does not hold the shard is
 * found by the holder's poll every {@code newsroom.outbox.poll-interval} once it is a
 * poll interval old (so within two, give or take the replicas' clock difference; each
 * renewal of a lease reads the whole shard as well). Every
 * {@code newsroom.outbox.sweep-interval} a replica takes over the shards whose lease ran
 * out (a replica that crashed, stopped, or is stuck on the broker) and measures the
 * backlog. The first replica to start takes every free shard; the others stand by.
 */
public class OutboxRelay implements SmartLifecycle {

	private static final Logger log = LoggerFactory.getLogger(OutboxRelay.class);

	private static final Duration MIN_RETRY = Duration.ofMillis(500);

	private static final Duration MAX_RETRY = Duration.ofSeconds(10);

	private final OutboxProperties properties;

	private final PendingChanges pending;

	private final OutboxMetrics metrics;

	private final Clock clock;

	private final String owner;

	private final ShardRelay[] shards = new ShardRelay[OutboxShards.COUNT];

	private final Semaphore[] wakeUps = new Semaphore[OutboxShards.COUNT];

	/** Per shard, the documents written here since its last round. */
	private final Set<String>[] written = newSets();

	/**
	 * Per shard, whether its next round reads all its pending changes, not only those
	 * written here.
	 */
	private final AtomicBoolean[] everything = new AtomicBoolean[OutboxShards.COUNT];

	private final Thread[] workers = new Thread[OutboxShards.COUNT];

	private final ShardLeases leases;

	private volatile boolean running;

	private volatile boolean prepared;

	private @Nullable ScheduledExecutorService supervisor;

	private CountDownLatch stopping = new CountDownLatch(1);

	public OutboxRelay(ReactiveMongoTemplate template, OutboxProperties properties, OutboxProducers producers,
			OutboxSender sender, TopicInitializer topics, Clock clock, OutboxMetrics metrics) {
		this.properties = properties;
		this.pending = new PendingChanges(template, properties.collection());
		this.leases = new ShardLeases(template, properties.collection());
		this.metrics = metrics;
		this.clock = clock;
		this.owner = ManagementFactory.getRuntimeMXBean().getName() + "/" + UUID.randomUUID();
		for (int shard = 0; shard < OutboxShards.COUNT; shard++) {
			this.shards[shard] = new ShardRelay(shard, properties, producers, sender, this.pending, this.leases,
					metrics, topics, clock, this.owner);
			this.wakeUps[shard] = new Semaphore(0);
			this.everything[shard] = new AtomicBoolean(true);
		}
	}

	@SuppressWarnings("unchecked")
	private static Set<String>[] newSets() {
		Set<String>[] sets = new Set[OutboxShards.COUNT];
		for (int shard = 0; shard < OutboxShards.COUNT; shard++) {
			sets[shard] = ConcurrentHashMap.newKeySet();
		}
		return sets;
	}

	/**
	 * Wakes the relay of the document's shard, which then reads that document's pending
	 * change by id; never blocks the caller. While the relay is stopped, or another
	 * replica holds the shard, the change stays pending for whoever relays the shard (the
	 * holder's poll finds it).
	 */
	public void kick(String id) {
		if (!this.running) {
			return;
		}
		int shard = OutboxShards.of(id);
		if (this.shards[shard].isHeld()) {
			this.written[shard].add(id);
			this.wakeUps[shard].release();
		}
	}

	/** Wakes the relay of the shard to read all its pending changes. */
	private void wakeForEverything(int shard) {
		this.everything[shard].set(true);
		this.wakeUps[shard].release();
	}

	/**
	 * What the shard's next round reads: null for all its pending changes, else the
	 * documents written here since the last round (and forgets them).
	 */
	private @Nullable List<String> takeWritten(int shard) {
		List<String> ids = new ArrayList<>();
		for (Iterator<String> it = this.written[shard].iterator(); it.hasNext();) {
			ids.add(it.next());
			it.remove();
		}
		return this.everything[shard].getAndSet(false) ? null : ids;
	}

	/**
	 * Relays the document's shard now, taking it if its lease is free; for tests and
	 * tools that drive the relay by hand ({@code newsroom.outbox.auto-start=false}).
	 * @return how many changes of the shard were committed to the topic
	 */
	public Mono<Integer> relay(String id) {
		return Mono.fromCallable(() -> relayShard(OutboxShards.of(id))).subscribeOn(Schedulers.boundedElastic());
	}

	/**
	 * Relays every shard whose lease is free or held by this replica, now.
	 * @return how many changes were committed to the topic
	 */
	public Mono<Integer> relayAllPending() {
		return Mono.fromCallable(() -> {
			int sent = 0;
			for (int shard = 0; shard < OutboxShards.COUNT; shard++) {
				sent += relayShard(shard);
			}
			return sent;
		}).subscribeOn(Schedulers.boundedElastic());
	}

	private int relayShard(int shard) {
		prepare();
		ShardRelay relay = this.shards[shard];
		if (!relay.isHeld() && !relay.claim()) {
			return 0;
		}
		try {
			return relay.relayPending();
		}
		finally {
			if (!this.running) {
				// Driven by hand: hold no shard between calls.
				relay.stop(true);
			}
		}
	}

	/**
	 * Measures the backlog into the outbox gauges now (the relay does it every sweep).
	 */
	public Mono<Void> measureBacklog() {
		return this.metrics.measure(this.pending.backlog());
	}

	/** The shards this replica relays now. */
	public Set<Integer> heldShards() {
		Set<Integer> held = new TreeSet<>();
		for (ShardRelay relay : this.shards) {
			if (relay.isHeld()) {
				held.add(relay.shard());
			}
		}
		return held;
	}

	private synchronized void prepare() {
		if (!this.prepared) {
			this.pending.prepare();
			this.prepared = true;
		}
	}

	@Override
	public boolean isAutoStartup() {
		return this.properties.autoStart();
	}

	@Override
	public synchronized void start() {
		if (this.running) {
			return;
		}
		this.stopping = new CountDownLatch(1);
		this.running = true;
		ScheduledExecutorService tasks = Executors.newSingleThreadScheduledExecutor((task) -> {
			Thread thread = new Thread(task, "outbox-supervisor-" + this.properties.collection());
			thread.setDaemon(true);
			return thread;
		});
		this.supervisor = tasks;
		tasks.execute(this::prepareQuietly);
		tasks.scheduleWithFixedDelay(this::sweep, 0, this.properties.sweepInterval().toMillis(), TimeUnit.MILLISECONDS);
		tasks.scheduleWithFixedDelay(this::poll, this.properties.pollInterval().toMillis(),
				this.properties.pollInterval().toMillis(), TimeUnit.MILLISECONDS);
	}

	private void prepareQuietly() {
		try {
			prepare();
		}
		catch (RuntimeException ex) {
			log.warn("Preparing the outbox of {} failed; retried on the next sweep: {}", this.properties.collection(),
					ex.toString());
		}
	}

	/** Takes over the shards whose lease ran out, and measures the backlog. */
	private void sweep() {
		if (!this.running) {
			return;
		}
		try {
			prepare();
			Instant now = this.clock.instant();
			Map<Integer, ShardLeases.Lease> current = this.leases.all();
			for (int shard = 0; shard < OutboxShards.COUNT; shard++) {
				ShardLeases.Lease lease = current.get(shard);
				boolean free = lease == null || !lease.isLiveAt(now);
				if (free && !this.shards[shard].isHeld()) {
					claim(shard);
				}
			}
		}
		catch (RuntimeException ex) {
			log.warn("Outbox sweep of {} failed: {}", this.properties.collection(), ex.toString());
		}
		try {
			this.metrics.measure(this.pending.backlog()).block(Duration.ofSeconds(30));
		}
		catch (RuntimeException ex) {
			log.warn("Measuring the outbox of {} failed: {}", this.properties.collection(), ex.toString());
		}
	}

	/**
	 * Wakes the held shards that have changes written by other replicas: those pending
	 * for a poll interval or longer. What this replica wrote is read by id as it is
	 * written and is sent long before; a full round for it would read the whole shard.
	 */
	private void poll() {
		if (!this.running) {
			return;
		}
		try {
			Instant now = this.clock.instant();
			for (int shard : this.pending.shardsWithWork(heldShards(), now, now.minus(this.properties.pollInterval()),
					1_000)) {
				wakeForEverything(shard);
			}
		}
		catch (RuntimeException ex) {
			log.debug("Outbox poll of {} failed: {}", this.properties.collection(), ex.toString());
		}
	}

	private synchronized void claim(int shard) {
		if (!this.running || this.shards[shard].isHeld()) {
			return;
		}
		Thread previous = this.workers[shard];
		if (previous != null && previous.isAlive()) {
			// The worker of an earlier hold is still on its way out (it lets the shard go
			// when it ends); a later sweep claims the shard again.
			return;
		}
		try {
			if (this.shards[shard].claim()) {
				startWorker(shard);
			}
		}
		catch (RuntimeException ex) {
			log.warn("Claiming outbox shard {} of {} failed: {}", shard, this.properties.collection(), ex.toString());
		}
	}

	private void startWorker(int shard) {
		Thread worker = new Thread(() -> work(shard), "outbox-" + this.properties.collection() + "-" + shard);
		worker.setDaemon(true);
		this.workers[shard] = worker;
		wakeForEverything(shard);
		worker.start();
	}

	/**
	 * A shard's worker: waits for a wake-up (or the next renewal), renews the lease, and
	 * relays: the documents written here when that is all it was woken for (found by id),
	 * else everything the shard has pending (found through the shard's index: after a
	 * poll found changes of other replicas, at each renewal, after a failure). After a
	 * failure it retries with a growing pause. Ends when the shard is lost or the relay
	 * stops.
	 */
	private void work(int shard) {
		ShardRelay relay = this.shards[shard];
		Semaphore wakeUp = this.wakeUps[shard];
		Duration retry = MIN_RETRY;
		long renewEveryMillis = Math.max(1, this.properties.lease().dividedBy(3).toMillis());
		while (this.running) {
			try {
				if (wakeUp.tryAcquire(renewEveryMillis, TimeUnit.MILLISECONDS)) {
					wakeUp.drainPermits();
				}
				else {
					this.everything[shard].set(true);
				}
				if (!this.running || !relay.renewIfDue()) {
					break;
				}
				List<String> ids = takeWritten(shard);
				if (ids == null || !ids.isEmpty()) {
					relay.relayPending(ids);
				}
				retry = MIN_RETRY;
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				break;
			}
			catch (RuntimeException ex) {
				log.warn("Relaying outbox shard {} of {} failed; retrying in {}: {}", shard,
						this.properties.collection(), retry, ex.toString());
				if (pause(retry)) {
					break;
				}
				retry = retry.multipliedBy(2).compareTo(MAX_RETRY) > 0 ? MAX_RETRY : retry.multipliedBy(2);
				wakeForEverything(shard);
			}
		}
		try {
			relay.stop(!this.running);
		}
		catch (RuntimeException ex) {
			log.debug("Letting outbox shard {} go failed; its lease runs out", shard, ex);
		}
	}

	/**
	 * @return whether the relay is stopping
	 */
	private boolean pause(Duration duration) {
		try {
			return this.stopping.await(duration.toMillis(), TimeUnit.MILLISECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return true;
		}
	}

	/**
	 * Stops after the web server (it no longer takes writes that kick the relay) and
	 * before the MongoDB client closes with the context; starts before the web server
	 * takes writes.
	 */
	@Override
	public int getPhase() {
		return WebServerApplicationContext.START_STOP_LIFECYCLE_PHASE - 1024;
	}

	/**
	 * Graceful: takes no new kick (what is written meanwhile stays pending for the next
	 * holder of the shard), lets each worker finish its round for up to
	 * {@code newsroom.outbox.shutdown-timeout}, then closes the producers and lets the
	 * leases go, so another replica takes the shards over at once. A round that does not
	 * finish in time is abandoned: its transaction is never committed and its changes
	 * stay pending.
	 */
	@Override
	public void stop(Runnable callback) {
		Thread stopper = new Thread(() -> {
			try {
				stopNow();
			}
			finally {
				callback.run();
			}
		}, "outbox-stop-" + this.properties.collection());
		stopper.setDaemon(true);
		stopper.start();
	}

	@Override
	public void stop() {
		stopNow();
	}

	private void stopNow() {
		ScheduledExecutorService tasks;
		synchronized (this) {
			if (!this.running) {
				return;
			}
			this.running = false;
			tasks = this.supervisor;
			this.supervisor = null;
		}
		this.stopping.countDown();
		if (tasks != null) {
			tasks.shutdownNow();
		}
		long deadline = System.nanoTime() + this.properties.shutdownTimeout().toNanos();
		for (int shard = 0; shard < OutboxShards.COUNT; shard++) {
			this.wakeUps[shard].release();
		}
		for (int shard = 0; shard < OutboxShards.COUNT; shard++) {
			Thread worker = this.workers[shard];
			if (worker == null) {
				continue;
			}
			try {
				worker.join(Math.max(1, TimeUnit.NANOSECONDS.toMillis(deadline - System.nanoTime())));
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
			if (worker.isAlive()) {
				log.warn("Outbox shard {} of {} still sending after {}; its changes stay pending", shard,
						this.properties.collection(), this.properties.shutdownTimeout());
				this.shards[shard].abandon();
			}
			this.workers[shard] = null;
		}
	}

	@Override
	public boolean isRunning() {
		return this.running;
	}

}
