package dk.newsroom.platform.outbox;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import com.mongodb.bulk.BulkWriteResult;
import com.mongodb.client.model.BulkWriteOptions;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.Projections;
import com.mongodb.client.model.Sorts;
import com.mongodb.client.model.UpdateOneModel;
import com.mongodb.client.model.Updates;
import com.mongodb.client.model.WriteModel;
import com.mongodb.reactivestreams.client.MongoCollection;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

import org.springframework.data.mongodb.core.ReactiveMongoTemplate;

/**
 * The documents whose latest change is not yet on the topic, found through the indexed
 * {@link OutboxFields#PENDING_SINCE}. Every method blocks (bounded): the relays call them
 * on their own threads, never on an event loop.
 */
class PendingChanges {

	private static final Logger log = LoggerFactory.getLogger(PendingChanges.class);

	private static final Duration TIMEOUT = Duration.ofSeconds(30);

	private final LazyCollection collection;

	PendingChanges(ReactiveMongoTemplate template, String collection) {
		this.collection = new LazyCollection(template, collection);
	}

	/**
	 * Creates the indexes the relays and the metrics query by, and moves documents
	 * written by the earlier layout (an array of pending entries) to this one: the last
	 * entry is the latest state, the first one's time the pending age.
	 */
	void prepare() {
		MongoCollection<Document> documents = collection();
		Mono.from(documents.createIndex(Indexes.ascending(OutboxFields.SHARD, OutboxFields.PENDING_SINCE),
				new IndexOptions().name("outbox_shard_pending")))
			.then(Mono.from(documents.createIndex(Indexes.ascending(OutboxFields.PENDING_SINCE),
					new IndexOptions().name("outbox_pending").sparse(true))))
			.block(TIMEOUT);
		List<Document> legacy = Flux.from(documents.find(Filters.exists(OutboxFields.OUTBOX + ".0")))
			.collectList()
			.block(TIMEOUT);
		for (Document document : (legacy != null) ? legacy : List.<Document>of()) {
			List<Document> entries = document.getList(OutboxFields.OUTBOX, Document.class);
			Document latest = entries.get(entries.size() - 1);
			Object id = document.get(OutboxFields.ID);
			Mono.from(documents.updateOne(Filters.eq(OutboxFields.ID, id),
					Updates.combine(Updates.set(OutboxFields.OUTBOX, latest),
							Updates.set(OutboxFields.PENDING_SINCE, entries.get(0).getDate("time")),
							Updates.set(OutboxFields.SHARD, OutboxShards.of(id.toString())))))
				.block(TIMEOUT);
		}
		Mono.from(documents.updateMany(Filters.size(OutboxFields.OUTBOX, 0), Updates.unset(OutboxFields.OUTBOX)))
			.block(TIMEOUT);
		if (!legacy.isEmpty()) {
			log.info("Moved {} documents with pending changes to the single-entry outbox", legacy.size());
		}
	}

	/**
	 * The shard's pending documents that may be sent now, oldest first. Only the fields
	 * the relay needs are read.
	 */
	List<Pending> ready(int shard, Instant now, int limit) {
		return read(readyIn(Filters.eq(OutboxFields.SHARD, shard), now), limit);
	}

	/**
	 * Of the given documents, those with a pending change that may be sent now, oldest
	 * first: what a round reads when it knows which documents this replica just wrote.
	 * The store is asked by id alone and the rest is checked here: the same work for
	 * MongoDB, and the MongoDB stand-in, which uses an index only for a query on exactly
	 * the indexed field, finds them through its {@code _id} index instead of scanning the
	 * collection.
	 */
	List<Pending> readyAmong(Collection<String> ids, Instant now) {
		List<Document> found = Flux
			.from(collection().find(Filters.in(OutboxFields.ID, ids))
				.projection(Projections.include(OutboxFields.OUTBOX, OutboxFields.PENDING_SINCE, OutboxFields.RETRY_AT,
						OutboxFields.DELETED, OutboxFields.ATTEMPTS)))
			.filter((document) -> document.containsKey(OutboxFields.PENDING_SINCE))
			.filter((document) -> {
				Date retryAt = document.getDate(OutboxFields.RETRY_AT);
				return retryAt == null || !retryAt.toInstant().isAfter(now);
			})
			.sort(Comparator.comparing((Document document) -> document.getDate(OutboxFields.PENDING_SINCE)))
			.collectList()
			.block(TIMEOUT);
		return pending(found);
	}

	private List<Pending> read(Bson filter, int limit) {
		List<Document> found = Flux
			.from(collection().find(filter)
				.projection(Projections.include(OutboxFields.OUTBOX, OutboxFields.DELETED, OutboxFields.ATTEMPTS))
				.sort(Sorts.ascending(OutboxFields.PENDING_SINCE))
				.limit(limit))
			.collectList()
			.block(TIMEOUT);
		return pending(found);
	}

	private static List<Pending> pending(@Nullable List<Document> found) {
		List<Pending> pending = new ArrayList<>();
		for (Document document : (found != null) ? found : List.<Document>of()) {
			Document entry = document.get(OutboxFields.OUTBOX, Document.class);
			if (entry != null) {
				pending.add(new Pending(document.get(OutboxFields.ID).toString(), OutboxEntry.fromDocument(entry),
						document.getBoolean(OutboxFields.DELETED, false),
						document.getInteger(OutboxFields.ATTEMPTS, 0)));
			}
		}
		return pending;
	}

	/**
	 * Of the given shards, those with at least one document that may be sent now and has
	 * been pending since {@code writtenBefore} or earlier.
	 */
	Set<Integer> shardsWithWork(Collection<Integer> shards, Instant now, Instant writtenBefore, int limit) {
		Set<Integer> found = new TreeSet<>();
		if (shards.isEmpty()) {
			return found;
		}
		Flux.from(collection()
			.find(Filters.and(readyIn(Filters.in(OutboxFields.SHARD, shards), now),
					Filters.lte(OutboxFields.PENDING_SINCE, Date.from(writtenBefore))))
			.projection(Projections.include(OutboxFields.SHARD))
			.limit(limit))
			.doOnNext((document) -> found.add(document.getInteger(OutboxFields.SHARD)))
			.blockLast(TIMEOUT);
		return found;
	}

	private static Bson readyIn(Bson shards, Instant now) {
		return Filters.and(shards, Filters.exists(OutboxFields.PENDING_SINCE), retryDue(now));
	}

	/** Never refused by the broker, or its back-off is over. */
	private static Bson retryDue(Instant now) {
		return Filters.or(Filters.exists(OutboxFields.RETRY_AT, false),
				Filters.lte(OutboxFields.RETRY_AT, Date.from(now)));
	}

	/**
	 * The changes are on the topic: each stops being pending unless a newer one replaced
	 * it meanwhile, and a deleted document whose tombstone it was goes. The clears go in
	 * one round trip; only when some did not clear (a newer change is pending) does each
	 * document get its own look.
	 */
	void sent(List<Pending> sent) {
		if (sent.isEmpty()) {
			return;
		}
		List<WriteModel<Document>> clears = new ArrayList<>(sent.size());
		for (Pending pending : sent) {
			clears.add(new UpdateOneModel<>(
					Filters.and(Filters.eq(OutboxFields.ID, pending.id()),
							Filters.eq(OutboxFields.OUTBOX_EVENT_ID, pending.entry().eventId())),
					Updates.combine(Updates.unset(OutboxFields.OUTBOX), Updates.unset(OutboxFields.PENDING_SINCE),
							Updates.unset(OutboxFields.RETRY_AT), Updates.unset(OutboxFields.ATTEMPTS))));
		}
		BulkWriteResult result = Mono.from(collection().bulkWrite(clears, new BulkWriteOptions().ordered(false)))
			.block(TIMEOUT);
		boolean allCleared = result != null && result.getModifiedCount() == sent.size();
		MongoCollection<Document> documents = collection();
		for (Pending pending : sent) {
			if (!allCleared) {
				// A newer change may be pending: it is no older than the one just sent (a
				// cleared document has no pendingSince to match).
				Date sentAt = Date.from(pending.entry().time());
				Mono.from(documents.updateOne(
						Filters.and(Filters.eq(OutboxFields.ID, pending.id()),
								Filters.lt(OutboxFields.PENDING_SINCE, sentAt)),
						Updates.set(OutboxFields.PENDING_SINCE, sentAt)))
					.block(TIMEOUT);
			}
			if (pending.deleted() && pending.entry().isTombstone()) {
				// Only if cleared: a document with a newer change pending stays.
				Mono.from(documents.deleteOne(Filters.and(Filters.eq(OutboxFields.ID, pending.id()),
						Filters.eq(OutboxFields.DELETED, true), Filters.exists(OutboxFields.OUTBOX, false))))
					.block(TIMEOUT);
			}
		}
	}

	/** The broker refused the change itself: it waits until {@code retryAt}. */
	void refused(Pending pending, Instant retryAt) {
		Mono.from(collection().updateOne(
				Filters.and(Filters.eq(OutboxFields.ID, pending.id()),
						Filters.eq(OutboxFields.OUTBOX_EVENT_ID, pending.entry().eventId())),
				Updates.combine(Updates.set(OutboxFields.RETRY_AT, Date.from(retryAt)),
						Updates.inc(OutboxFields.ATTEMPTS, 1))))
			.block(TIMEOUT);
	}

	/** How many documents have a change not yet on the topic, and the oldest's time. */
	Mono<Backlog> backlog() {
		return Mono.fromCallable(this::collection).subscribeOn(Schedulers.boundedElastic()).flatMap((documents) -> {
			Mono<Long> count = Mono.from(documents.countDocuments(Filters.exists(OutboxFields.PENDING_SINCE)));
			Mono<Instant> oldest = Mono
				.from(documents.find(Filters.exists(OutboxFields.PENDING_SINCE))
					.projection(Projections.include(OutboxFields.PENDING_SINCE))
					.sort(Sorts.ascending(OutboxFields.PENDING_SINCE))
					.limit(1)
					.first())
				.mapNotNull((document) -> document.getDate(OutboxFields.PENDING_SINCE))
				.map(Date::toInstant);
			return count.zipWith(oldest.map(Optional::of).defaultIfEmpty(Optional.empty()),
					(pending, first) -> new Backlog(pending, first.orElse(null)));
		});
	}

	private MongoCollection<Document> collection() {
		return this.collection.get();
	}

	/**
	 * A document's pending change.
	 *
	 * @param id the document id, the record's key
	 * @param entry the change
	 * @param deleted whether the document is deleted (its change is the tombstone)
	 * @param attempts how often the broker refused it so far
	 */
	record Pending(String id, OutboxEntry entry, boolean deleted, int attempts) {
	}

	/**
	 * @param pending documents with a change not yet on the topic
	 * @param oldest the time of the oldest such change, null when none
	 */
	record Backlog(long pending, @Nullable Instant oldest) {
	}

}
