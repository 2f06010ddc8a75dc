package dk.newsroom.platform.outbox;

import java.time.Duration;

import com.mongodb.reactivestreams.client.MongoCollection;
import org.bson.Document;
import org.jspecify.annotations.Nullable;

import org.springframework.data.mongodb.core.ReactiveMongoTemplate;

/**
 * A collection the relays use from their own threads, resolved on first use and kept (a
 * collection handle is immutable and cheap to share), so a round does not resolve it
 * again for every query.
 */
final class LazyCollection {

	private static final Duration TIMEOUT = Duration.ofSeconds(30);

	private final ReactiveMongoTemplate template;

	private final String name;

	private volatile @Nullable MongoCollection<Document> collection;

	LazyCollection(ReactiveMongoTemplate template, String name) {
		this.template = template;
		this.name = name;
	}

	/** Blocks (bounded) the first time: call it off the event loop. */
	MongoCollection<Document> get() {
		MongoCollection<Document> resolved = this.collection;
		if (resolved == null) {
			resolved = this.template.getCollection(this.name).block(TIMEOUT);
			if (resolved == null) {
				throw new IllegalStateException("No collection " + this.name);
			}
			this.collection = resolved;
		}
		return resolved;
	}

}
