package dk.newsroom.platform.outbox;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import com.mongodb.client.model.Filters;
import com.mongodb.client.model.FindOneAndUpdateOptions;
import com.mongodb.client.model.Projections;
import com.mongodb.client.model.ReturnDocument;
import com.mongodb.client.model.Updates;
import com.mongodb.reactivestreams.client.MongoCollection;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.Disposable;
import reactor.core.Disposables;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Scheduler;
import reactor.core.scheduler.Schedulers;

import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.SmartLifecycle;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;

/**
 * Sends a document's pending outbox entries to Kafka, in order, and removes each from the
 * document once the broker has acknowledged it.
 * <p>
 * A relay first claims the document with a lease ({@code findAndModify}), so two replicas
 * rarely send the same entries; when they do (a lease expired mid-send, or a crash
 * between the send and the {@code $pull}) consumers drop the duplicate by its version. It
 * runs when kicked right after a write and for every document the sweeper finds still
 * pending, so nothing acknowledged is lost while the broker is away.
 */
public class OutboxRelay implements SmartLifecycle {

	private static final Logger log = LoggerFactory.getLogger(OutboxRelay.class);

	private static final int SWEEP_CONCURRENCY = 8;

	private final ReactiveMongoTemplate template;

	private final OutboxProperties properties;

	private final OutboxSender sender;

	private final Clock clock;

	private final OutboxMetrics metrics;

	private final String owner = UUID.randomUUID().toString();

	// Replaced when the relay starts again after a stop (a context can be stopped and
	// restarted, as the test framework does with the contexts it caches).
	private volatile Scheduler scheduler = newScheduler();

	private volatile Disposable.Composite inFlight = Disposables.composite();

	private volatile boolean running;

	private final OutboxInFlight inFlightRelays = new OutboxInFlight();

	public OutboxRelay(ReactiveMongoTemplate template, OutboxProperties properties, OutboxSender sender, Clock clock,
			OutboxMetrics metrics) {
		this.template = template;
		this.properties = properties;
		this.sender = sender;
		this.clock = clock;
		this.metrics = metrics;
	}

	/**
	 * Sends the document's pending entries in the background; never blocks the caller. A
	 * kick that fails, or comes while the relay is stopped, is left to the sweeper.
	 */
	public void kick(String id) {
		if (!this.inFlightRelays.enter()) {
			return;
		}
		Disposable.Swap self = Disposables.swap();
		this.inFlight.add(self);
		self.update(relay(id).onErrorResume((ex) -> {
			log.warn("Outbox relay of {} failed; the sweeper will retry: {}", id, ex.toString());
			return Mono.empty();
		}).doFinally((signal) -> {
			this.inFlight.remove(self);
			this.inFlightRelays.exit();
		}).subscribe());
	}

	/**
	 * Claims the document, sends its pending entries and removes the acknowledged ones;
	 * repeats while new entries arrived in the meantime.
	 * @return how many entries were acknowledged and removed
	 */
	public Mono<Integer> relay(String id) {
		return claim(id).flatMap((document) -> sendAndPull(id, document))
			.flatMap((sent) -> release(id).flatMap((after) -> continueWith(id, after, sent)))
			.defaultIfEmpty(0);
	}

	/**
	 * Relays every document with pending entries whose lease is free; used by the
	 * sweeper.
	 */
	public Mono<Integer> relayAllPending(int batchSize) {
		return collection().flatMapMany((collection) -> Flux
			.from(collection.find(claimableFilter()).projection(Projections.include(OutboxFields.ID)).limit(batchSize)))
			.map((document) -> document.get(OutboxFields.ID).toString())
			.flatMap(this::relay, SWEEP_CONCURRENCY)
			.reduce(0, Integer::sum);
	}

	private Mono<Integer> continueWith(String id, Document after, int sent) {
		if (hasPending(after)) {
			// Progress was made and more entries arrived meanwhile: go on. After a
			// failure the
			// sweeper retries later instead, so an outage never becomes a hot loop.
			return (sent > 0) ? relay(id).map((more) -> sent + more) : Mono.just(sent);
		}
		if (after.getBoolean(OutboxFields.DELETED, false)) {
			return purge(id).thenReturn(sent);
		}
		return Mono.just(sent);
	}

	private Mono<Document> claim(String id) {
		Bson lease = Updates.set(OutboxFields.LEASE, new Document("owner", this.owner).append("until",
				Date.from(this.clock.instant().plus(this.properties.lease()))));
		return collection().flatMap((collection) -> Mono
			.from(collection.findOneAndUpdate(Filters.and(Filters.eq(OutboxFields.ID, id), claimableFilter()), lease,
					new FindOneAndUpdateOptions().returnDocument(ReturnDocument.AFTER))));
	}

	private Bson claimableFilter() {
		return Filters.and(Filters.exists(OutboxFields.OUTBOX + ".0"),
				Filters.or(Filters.exists(OutboxFields.LEASE, false),
						Filters.lt(OutboxFields.LEASE_UNTIL, Date.from(this.clock.instant()))));
	}

	private Mono<Integer> sendAndPull(String id, Document document) {
		List<OutboxEntry> entries = document.getList(OutboxFields.OUTBOX, Document.class)
			.stream()
			.map(OutboxEntry::fromDocument)
			.toList();
		List<String> acknowledged = new ArrayList<>(entries.size());
		return Flux.fromIterable(entries)
			.concatMap((entry) -> this.sender.send(id, entry)
				.subscribeOn(this.scheduler)
				.timeout(this.properties.sendTimeout())
				.doOnSuccess((acknowledgement) -> this.metrics.published(entry))
				.doOnError((ex) -> this.metrics.failed(entry))
				.thenReturn(entry.eventId()))
			.doOnNext(acknowledged::add)
			.then()
			.onErrorResume((ex) -> {
				log.warn("Outbox relay of {} stopped after {} of {} entries; the sweeper will retry: {}", id,
						acknowledged.size(), entries.size(), ex.toString(), ex);
				return Mono.empty();
			})
			.then(Mono.defer(() -> pull(id, acknowledged)))
			.then(Mono.fromCallable(acknowledged::size));
	}

	private Mono<Void> pull(String id, List<String> eventIds) {
		if (eventIds.isEmpty()) {
			return Mono.empty();
		}
		Bson update = Updates.pull(OutboxFields.OUTBOX,
				new Document(OutboxEntry.EVENT_ID, new Document("$in", eventIds)));
		return collection()
			.flatMap((collection) -> Mono.from(collection.updateOne(Filters.eq(OutboxFields.ID, id), update)))
			.then();
	}

	private Mono<Document> release(String id) {
		return collection().flatMap((collection) -> Mono.from(collection.findOneAndUpdate(
				Filters.and(Filters.eq(OutboxFields.ID, id), Filters.eq(OutboxFields.LEASE_OWNER, this.owner)),
				Updates.unset(OutboxFields.LEASE),
				new FindOneAndUpdateOptions().returnDocument(ReturnDocument.AFTER))));
	}

	/** A soft-deleted document goes once its tombstone is on the topic. */
	private Mono<Void> purge(String id) {
		return collection()
			.flatMap((collection) -> Mono.from(collection.deleteOne(Filters.and(Filters.eq(OutboxFields.ID, id),
					Filters.eq(OutboxFields.DELETED, true), Filters.size(OutboxFields.OUTBOX, 0)))))
			.then();
	}

	private static boolean hasPending(Document document) {
		List<?> outbox = document.getList(OutboxFields.OUTBOX, Object.class);
		return outbox != null && !outbox.isEmpty();
	}

	private Mono<MongoCollection<Document>> collection() {
		return this.template.getCollection(this.properties.collection());
	}

	@Override
	public boolean isAutoStartup() {
		return this.properties.autoStart();
	}

	@Override
	public void start() {
		if (this.scheduler.isDisposed()) {
			this.scheduler = newScheduler();
		}
		if (this.inFlight.isDisposed()) {
			this.inFlight = Disposables.composite();
		}
		this.inFlightRelays.open();
		this.running = true;
	}

	/**
	 * Stops after the web server (it no longer takes writes that kick the relay) and
	 * before the Kafka producer and the MongoDB client close with the context; starts
	 * before the web server takes writes.
	 */
	@Override
	public int getPhase() {
		return WebServerApplicationContext.START_STOP_LIFECYCLE_PHASE - 1024;
	}

	/**
	 * Graceful: takes no new kick (what is written meanwhile stays pending for the
	 * sweeper of the next start), waits up to {@code newsroom.outbox.shutdown-timeout}
	 * for the relays in flight to be acknowledged and removed from their documents, then
	 * cancels what is left (it stays pending too).
	 */
	@Override
	public void stop(Runnable callback) {
		this.running = false;
		Disposable.Composite relays = this.inFlight;
		Scheduler sendScheduler = this.scheduler;
		Duration timeout = this.properties.shutdownTimeout();
		this.inFlightRelays.close().orTimeout(timeout.toMillis(), TimeUnit.MILLISECONDS).whenComplete((idle, ex) -> {
			if (ex != null) {
				log.warn("Outbox relay stopped with {} relays still in flight after {}; they stay pending",
						this.inFlightRelays.count(), timeout);
			}
			relays.dispose();
			sendScheduler.dispose();
			callback.run();
		});
	}

	@Override
	public void stop() {
		CountDownLatch stopped = new CountDownLatch(1);
		stop(stopped::countDown);
		try {
			stopped.await();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	private static Scheduler newScheduler() {
		return Schedulers.newBoundedElastic(4, 10_000, "outbox-relay");
	}

	@Override
	public boolean isRunning() {
		return this.running;
	}

}
