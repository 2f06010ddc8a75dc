package dk.newsroom.testsupport;

import org.bson.Document;
import reactor.core.publisher.Mono;

import org.springframework.data.mongodb.core.ReactiveMongoTemplate;

/**
 * Raw documents as the database holds them (outbox and lease included), for tests that
 * check what was written, or that nothing was. Blocks: for test threads only.
 */
public final class StoredDocuments {

	private StoredDocuments() {
	}

	/** The document with this {@code _id}, or null. */
	public static Document find(ReactiveMongoTemplate mongo, String collection, String id) {
		return mongo.getCollection(collection)
			.flatMap((documents) -> Mono.from(documents.find(new Document("_id", id)).first()))
			.block();
	}

	/** How many documents the collection holds, soft-deleted ones included. */
	public static long count(ReactiveMongoTemplate mongo, String collection) {
		return count(mongo, collection, new Document());
	}

	/**
	 * How many documents match the filter, e.g. {@code new Document("tags", tag)}: a
	 * count that other tests writing to the same collection cannot disturb.
	 */
	public static long count(ReactiveMongoTemplate mongo, String collection, Document filter) {
		return mongo.getCollection(collection)
			.flatMap((documents) -> Mono.from(documents.countDocuments(filter)))
			.defaultIfEmpty(0L)
			.block();
	}

}
