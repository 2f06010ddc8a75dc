package dk.newsroom.webhooks.delivery;

import java.time.Instant;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

import static org.springframework.data.mongodb.core.query.Criteria.where;

/**
 * Deliveries and the attempt log in MongoDB; each change of a delivery is one
 * single-document update, conditional where two senders could race.
 */
@Component
class DeliveryStore {

	private static final FindAndModifyOptions RETURN_NEW = FindAndModifyOptions.options().returnNew(true);

	private final ReactiveMongoTemplate mongo;

	DeliveryStore(ReactiveMongoTemplate mongo) {
		this.mongo = mongo;
	}

	/** Queues the delivery unless it is queued already; true when it was new. */
	Mono<Boolean> insertIfAbsent(DeliveryDocument delivery) {
		return this.mongo.insert(delivery)
			.thenReturn(true)
			.onErrorResume(DuplicateKeyException.class, (ex) -> Mono.just(false));
	}

	Mono<DeliveryDocument> find(String id) {
		return this.mongo.findById(id, DeliveryDocument.class);
	}

	/**
	 * Pending deliveries of the subscription that are due and held by no sender, lowest
	 * offset first.
	 */
	Flux<DeliveryDocument> due(String subscriptionId, Instant now, int limit) {
		Query query = Query.query(pending(subscriptionId).and("dueAt").lte(now).and("leaseUntil").lt(now));
		return this.mongo.find(query.with(Sort.by("offset")).limit(limit), DeliveryDocument.class);
	}

	/** The key's pending delivery that must go before {@code offset}, if any. */
	Mono<DeliveryDocument> earlierPending(String subscriptionId, String key, long offset) {
		Query query = Query.query(pending(subscriptionId).and("key").is(key).and("offset").lt(offset));
		return this.mongo.findOne(query.with(Sort.by("offset")).limit(1), DeliveryDocument.class);
	}

	Mono<Void> postpone(String id, Instant until) {
		return this.mongo
			.updateFirst(Query.query(where("_id").is(id)), new Update().set("dueAt", until), DeliveryDocument.class)
			.then();
	}

	/**
	 * Takes the delivery for one send; empty when another sender has it or it is done.
	 */
	Mono<DeliveryDocument> claim(String id, Instant now, Instant leaseUntil) {
		Query query = Query
			.query(where("_id").is(id).and("status").is(DeliveryStatus.PENDING.name()).and("leaseUntil").lt(now));
		return this.mongo.findAndModify(query, new Update().set("leaseUntil", leaseUntil), RETURN_NEW,
				DeliveryDocument.class);
	}

	Mono<Void> delivered(String id, Instant now, int statusCode) {
		return update(id,
				attempted(now, statusCode, null).set("status", DeliveryStatus.DELIVERED).set("deliveredAt", now));
	}

	/** A failed attempt; the delivery stays pending until {@code dueAt}. */
	Mono<Void> retryAt(String id, Instant now, Integer statusCode, String error, Instant dueAt) {
		return update(id, attempted(now, statusCode, error).set("dueAt", dueAt));
	}

	/** The last attempt of the schedule failed. */
	Mono<Void> failed(String id, Instant now, Integer statusCode, String error) {
		return update(id, attempted(now, statusCode, error).set("status", DeliveryStatus.FAILED));
	}

	/**
	 * The key's later deliveries may go now: they were postponed behind this one, which
	 * is done.
	 */
	Mono<Void> wakeFollowers(String subscriptionId, String key, Instant now) {
		Query query = Query.query(pending(subscriptionId).and("key").is(key).and("dueAt").gt(now));
		return this.mongo.updateMulti(query, new Update().set("dueAt", now), DeliveryDocument.class).then();
	}

	Mono<DeliveryDocument> find(String subscriptionId, String id) {
		return this.mongo.findOne(Query.query(where("_id").is(id).and("subscriptionId").is(subscriptionId)),
				DeliveryDocument.class);
	}

	/** Sends a delivery again as if new, whatever became of it. */
	Mono<DeliveryDocument> redeliver(String subscriptionId, String id, Instant now) {
		Query query = Query.query(where("_id").is(id).and("subscriptionId").is(subscriptionId));
		Update update = new Update().set("status", DeliveryStatus.PENDING)
			.set("attempts", 0)
			.set("dueAt", now)
			.set("leaseUntil", Instant.EPOCH)
			.unset("deliveredAt");
		return this.mongo.findAndModify(query, update, RETURN_NEW, DeliveryDocument.class);
	}

	Mono<Void> log(AttemptDocument attempt) {
		return this.mongo.insert(attempt).then();
	}

	/** The subscription's attempts, newest first, before {@code beforeId} when given. */
	Flux<AttemptDocument> attempts(String subscriptionId, String beforeId, int limit) {
		Criteria criteria = where("subscriptionId").is(subscriptionId);
		if (beforeId != null) {
			criteria = criteria.and("_id").lt(beforeId);
		}
		return this.mongo.find(Query.query(criteria).with(Sort.by(Sort.Direction.DESC, "_id")).limit(limit),
				AttemptDocument.class);
	}

	/** The subscription's oldest pending delivery, for its lag. */
	Mono<DeliveryDocument> oldestPending(String subscriptionId) {
		return this.mongo.findOne(Query.query(pending(subscriptionId)).with(Sort.by("createdAt")).limit(1),
				DeliveryDocument.class);
	}

	Mono<Long> countPending(String subscriptionId) {
		return this.mongo.count(Query.query(pending(subscriptionId)), DeliveryDocument.class);
	}

	Mono<Void> deleteAll(String subscriptionId) {
		Query query = Query.query(where("subscriptionId").is(subscriptionId));
		return this.mongo.remove(query, DeliveryDocument.class)
			.then(this.mongo.remove(query, AttemptDocument.class))
			.then();
	}

	private static Criteria pending(String subscriptionId) {
		return where("subscriptionId").is(subscriptionId).and("status").is(DeliveryStatus.PENDING.name());
	}

	private static Update attempted(Instant now, Integer statusCode, String error) {
		Update update = new Update().inc("attempts", 1).set("lastAttemptAt", now).set("leaseUntil", Instant.EPOCH);
		if (statusCode != null) {
			update.set("lastStatusCode", statusCode);
		}
		else {
			update.unset("lastStatusCode");
		}
		if (error != null) {
			update.set("lastError", error);
		}
		else {
			update.unset("lastError");
		}
		return update;
	}

	private Mono<Void> update(String id, Update update) {
		return this.mongo.updateFirst(Query.query(where("_id").is(id)), update, DeliveryDocument.class).then();
	}

}
