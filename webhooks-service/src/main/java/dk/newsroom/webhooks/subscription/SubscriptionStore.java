package dk.newsroom.webhooks.subscription;

import java.time.Instant;
import java.util.List;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

import static org.springframework.data.mongodb.core.query.Criteria.where;

/**
 * Subscriptions in MongoDB (collection {@value SubscriptionDocument#COLLECTION}); every
 * change is one single-document update.
 */
@Component
public class SubscriptionStore {

	private static final FindAndModifyOptions RETURN_NEW = FindAndModifyOptions.options().returnNew(true);

	private final ReactiveMongoTemplate mongo;

	SubscriptionStore(ReactiveMongoTemplate mongo) {
		this.mongo = mongo;
	}

	Mono<Subscription> insert(Subscription subscription) {
		return this.mongo.insert(SubscriptionDocument.of(subscription)).map(SubscriptionDocument::toSubscription);
	}

	public Mono<Subscription> find(String id) {
		return this.mongo.findById(id, SubscriptionDocument.class).map(SubscriptionDocument::toSubscription);
	}

	/** Oldest first, after {@code afterId} (exclusive) when given. */
	Flux<Subscription> page(String afterId, int limit) {
		Query query = (afterId != null) ? Query.query(where("_id").gt(afterId)) : new Query();
		return this.mongo.find(query.with(Sort.by("_id")).limit(limit), SubscriptionDocument.class)
			.map(SubscriptionDocument::toSubscription);
	}

	Mono<Subscription> replace(String id, String url, String description, ChangeFilter filter, Instant now) {
		return modify(id,
				new Update().set("url", url)
					.set("description", description)
					.set("filter", filter)
					.set("updatedAt", now));
	}

	Mono<Subscription> setStatus(String id, SubscriptionStatus status, Instant now) {
		Update update = new Update().set("status", status).set("updatedAt", now).unset("disabledReason");
		if (status == SubscriptionStatus.ACTIVE) {
			update.unset("failingSince");
		}
		return modify(id, update);
	}

	Mono<Subscription> setSecrets(String id, List<SigningSecret> secrets, Instant now) {
		return modify(id, new Update().set("secrets", secrets).set("updatedAt", now));
	}

	Mono<Boolean> delete(String id) {
		return this.mongo.remove(Query.query(where("_id").is(id)), SubscriptionDocument.class)
			.map((result) -> result.getDeletedCount() > 0);
	}

	/** Subscriptions that queue changes: active and paused ones. */
	public Flux<Subscription> queueing() {
		return byStatus(List.of(SubscriptionStatus.ACTIVE, SubscriptionStatus.PAUSED));
	}

	/** Subscriptions whose deliveries are sent. */
	public Flux<Subscription> active() {
		return byStatus(List.of(SubscriptionStatus.ACTIVE));
	}

	/**
	 * Notes that a delivery failed: sets {@code failingSince} unless it is set already.
	 * @return the subscription as it is now
	 */
	public Mono<Subscription> markFailing(String id, Instant now) {
		return this.mongo
			.updateFirst(Query.query(where("_id").is(id).and("failingSince").isNull()),
					new Update().set("failingSince", now), SubscriptionDocument.class)
			.then(find(id));
	}

	/** Notes that a delivery succeeded: clears {@code failingSince} if it is set. */
	public Mono<Void> markHealthy(String id) {
		return this.mongo
			.updateFirst(Query.query(where("_id").is(id).and("failingSince").ne(null)),
					new Update().unset("failingSince"), SubscriptionDocument.class)
			.then();
	}

	/** Turns an active or paused subscription off, saying why. */
	public Mono<Void> disable(String id, String reason, Instant now) {
		return this.mongo.updateFirst(
				Query.query(where("_id").is(id)
					.and("status")
					.in(SubscriptionStatus.ACTIVE.name(), SubscriptionStatus.PAUSED.name())),
				new Update().set("status", SubscriptionStatus.DISABLED)
					.set("disabledReason", reason)
					.set("updatedAt", now),
				SubscriptionDocument.class)
			.then();
	}

	private Flux<Subscription> byStatus(List<SubscriptionStatus> statuses) {
		Criteria criteria = where("status").in(statuses.stream().map(Enum::name).toList());
		return this.mongo.find(Query.query(criteria), SubscriptionDocument.class)
			.map(SubscriptionDocument::toSubscription);
	}

	private Mono<Subscription> modify(String id, Update update) {
		return this.mongo
			.findAndModify(Query.query(where("_id").is(id)), update, RETURN_NEW, SubscriptionDocument.class)
			.map(SubscriptionDocument::toSubscription);
	}

}
