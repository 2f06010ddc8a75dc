package dk.newsroom.platform.outbox;

import java.util.List;

import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Updates;
import org.bson.Document;
import org.bson.conversions.Bson;
import reactor.core.publisher.Mono;

import org.springframework.data.mongodb.core.ReactiveMongoTemplate;

/**
 * Writes a resource's new state and its change event in one atomic single-document
 * operation, then kicks the relay. This is the only way a service changes an outboxed
 * document.
 */
public class OutboxWriter {

	private final ReactiveMongoTemplate template;

	private final String collection;

	private final OutboxRelay relay;

	private final OutboxTracing tracing;

	public OutboxWriter(ReactiveMongoTemplate template, OutboxProperties properties, OutboxRelay relay) {
		this(template, properties, relay, OutboxTracing.NONE);
	}

	/**
	 * @param tracing stores the current trace context in each entry, so the record joins
	 * the write's trace
	 */
	public OutboxWriter(ReactiveMongoTemplate template, OutboxProperties properties, OutboxRelay relay,
			OutboxTracing tracing) {
		this.template = template;
		this.collection = properties.collection();
		this.relay = relay;
		this.tracing = tracing;
	}

	/**
	 * Inserts a new document (mapped by Spring Data) with the event as its only pending
	 * entry. Fails with {@link org.springframework.dao.DuplicateKeyException} like any
	 * insert.
	 */
	public Mono<Void> insert(String id, Object document, OutboxEntry event) {
		return this.tracing.capture(event).flatMap((traced) -> {
			Document bson = toBson(document);
			bson.put(OutboxFields.ID, id);
			bson.put(OutboxFields.DELETED, false);
			bson.put(OutboxFields.OUTBOX, List.of(traced.toDocument()));
			return this.template.insert(bson, this.collection).doOnSuccess((saved) -> this.relay.kick(id)).then();
		});
	}

	/**
	 * Replaces the state of the document whose version is still {@code expectedVersion}
	 * and appends the event to its outbox.
	 * @return whether the document was changed; false when it is gone or its version
	 * moved on
	 */
	public Mono<Boolean> update(String id, long expectedVersion, Object document, OutboxEntry event) {
		Document state = toBson(document);
		state.remove(OutboxFields.ID);
		state.remove(OutboxFields.OUTBOX);
		state.remove(OutboxFields.LEASE);
		state.put(OutboxFields.DELETED, false);
		List<Bson> sets = state.entrySet()
			.stream()
			.map((field) -> Updates.set(field.getKey(), field.getValue()))
			.toList();
		return this.tracing.capture(event)
			.flatMap((traced) -> apply(id, expectedVersion,
					Updates.combine(Updates.combine(sets), Updates.push(OutboxFields.OUTBOX, traced.toDocument()))));
	}

	/**
	 * Marks the document deleted and appends the tombstone event. The relay removes the
	 * document once the tombstone is on the topic.
	 */
	public Mono<Boolean> delete(String id, long expectedVersion, OutboxEntry tombstone) {
		return this.tracing.capture(tombstone)
			.flatMap((traced) -> apply(id, expectedVersion,
					Updates.combine(Updates.set(OutboxFields.DELETED, true),
							Updates.set(OutboxFields.VERSION, traced.entityVersion()),
							Updates.push(OutboxFields.OUTBOX, traced.toDocument()))));
	}

	private Mono<Boolean> apply(String id, long expectedVersion, Bson update) {
		Bson filter = Filters.and(Filters.eq(OutboxFields.ID, id), Filters.eq(OutboxFields.VERSION, expectedVersion),
				Filters.ne(OutboxFields.DELETED, true));
		return this.template.getCollection(this.collection)
			.flatMap((collection) -> Mono.from(collection.updateOne(filter, update)))
			.map((result) -> result.getMatchedCount() == 1)
			.doOnNext((changed) -> {
				if (changed) {
					this.relay.kick(id);
				}
			});
	}

	private Document toBson(Object document) {
		Document bson = new Document();
		this.template.getConverter().write(document, bson);
		return bson;
	}

}
