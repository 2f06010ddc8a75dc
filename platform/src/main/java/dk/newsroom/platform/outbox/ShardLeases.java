package dk.newsroom.platform.outbox;

import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.HashMap;
import java.util.Map;

import com.mongodb.MongoException;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.FindOneAndUpdateOptions;
import com.mongodb.client.model.ReturnDocument;
import com.mongodb.client.model.Updates;
import com.mongodb.reactivestreams.client.MongoCollection;
import org.bson.Document;
import org.bson.conversions.Bson;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.data.mongodb.core.ReactiveMongoTemplate;

/**
 * Which replica relays which outbox shard: one document per shard, {@code {_id: shard,
 * owner, until}}, in the collection {@code <collection>.outboxShards}. A replica claims a
 * shard whose lease has run out and renews it between its sends.
 * <p>
 * Leases decide only who does the work; they are judged by each replica's own clock and
 * may overlap for as long as the clocks disagree. Correctness does not rest on them: the
 * broker fences the transactional producer of a replica that lost its shard
 * ({@link ShardRelay}).
 */
class ShardLeases {

	private static final Duration TIMEOUT = Duration.ofSeconds(30);

	private static final int DUPLICATE_KEY = 11000;

	private static final int RELEASE_TIMEOUT_SECONDS = 2;

	private static final String OWNER = "owner";

	private static final String UNTIL = "until";

	private final LazyCollection collection;

	ShardLeases(ReactiveMongoTemplate template, String outboxCollection) {
		this.collection = new LazyCollection(template, outboxCollection + ".outboxShards");
	}

	/**
	 * Takes the shard if its lease ran out (or was never taken), or renews it if
	 * {@code owner} holds it.
	 * @return whether {@code owner} holds the shard until {@code now + lease}
	 */
	boolean claim(int shard, String owner, Instant now, Duration lease) {
		Bson holder = Updates.combine(Updates.set(OWNER, owner), Updates.set(UNTIL, Date.from(now.plus(lease))));
		Document claimed = Mono.from(collection().findOneAndUpdate(
				Filters.and(Filters.eq("_id", shard),
						Filters.or(Filters.eq(OWNER, owner), Filters.lte(UNTIL, Date.from(now)))),
				holder, new FindOneAndUpdateOptions().returnDocument(ReturnDocument.AFTER)))
			.block(TIMEOUT);
		if (claimed != null) {
			return owner.equals(claimed.getString(OWNER));
		}
		try {
			// Never taken yet: the first replica to insert it holds it.
			Mono.from(collection()
				.insertOne(new Document("_id", shard).append(OWNER, owner).append(UNTIL, Date.from(now.plus(lease)))))
				.block(TIMEOUT);
			return true;
		}
		catch (MongoException ex) {
			if (ex.getCode() == DUPLICATE_KEY) {
				// Another replica holds it (or just took it).
				return false;
			}
			throw ex;
		}
	}

	/**
	 * Extends the lease if {@code owner} still holds it (even if it ran out meanwhile, as
	 * long as nobody else took it).
	 * @return false when another replica holds the shard now
	 */
	boolean renew(int shard, String owner, Instant now, Duration lease) {
		Long matched = Mono
			.from(collection().updateOne(Filters.and(Filters.eq("_id", shard), Filters.eq(OWNER, owner)),
					Updates.set(UNTIL, Date.from(now.plus(lease)))))
			.map((result) -> result.getMatchedCount())
			.block(TIMEOUT);
		return matched != null && matched == 1;
	}

	/**
	 * Lets the shard go at once, e.g. on shutdown, if {@code owner} still holds it. Waits
	 * at most {@value #RELEASE_TIMEOUT_SECONDS} s: a stopping service must not hang on a
	 * database that went away first; the lease then simply runs out.
	 */
	void release(int shard, String owner) {
		Mono.from(collection().updateOne(Filters.and(Filters.eq("_id", shard), Filters.eq(OWNER, owner)),
				Updates.set(UNTIL, new Date(0))))
			.block(Duration.ofSeconds(RELEASE_TIMEOUT_SECONDS));
	}

	/** The leases as stored: shard to its holder and the end of its lease. */
	Map<Integer, Lease> all() {
		Map<Integer, Lease> leases = new HashMap<>();
		Flux.from(collection().find())
			.doOnNext((document) -> leases.put(document.getInteger("_id"),
					new Lease(document.getString(OWNER), document.getDate(UNTIL).toInstant())))
			.blockLast(TIMEOUT);
		return leases;
	}

	private MongoCollection<Document> collection() {
		return this.collection.get();
	}

	/**
	 * @param owner the replica holding it
	 * @param until when the lease runs out, by that replica's clock
	 */
	record Lease(String owner, Instant until) {

		boolean isLiveAt(Instant now) {
			return this.until.isAfter(now);
		}

	}

}
