package dk.newsroom.platform.outbox;

import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Updates;
import org.bson.Document;
import org.bson.conversions.Bson;
import reactor.core.publisher.Mono;

import org.springframework.data.mapping.PropertyHandler;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.mapping.MongoPersistentEntity;
import org.springframework.data.mongodb.core.mapping.MongoPersistentProperty;

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

	/** Fields only the outbox writes; a service's state never sets them. */
	private static final Set<String> OUTBOX_OWNED = Set.of(OutboxFields.OUTBOX, OutboxFields.PENDING_SINCE,
			OutboxFields.SHARD, OutboxFields.RETRY_AT, OutboxFields.ATTEMPTS);

	private final Map<Class<?>, List<String>> mappedFields = new ConcurrentHashMap<>();

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
			bson.put(OutboxFields.OUTBOX, traced.toDocument());
			bson.put(OutboxFields.PENDING_SINCE, Date.from(traced.time()));
			bson.put(OutboxFields.SHARD, OutboxShards.of(id));
			return this.template.insert(bson, this.collection).doOnSuccess((saved) -> this.relay.kick(id)).then();
		});
	}

	/**
	 * Replaces the state of the document whose version is still {@code expectedVersion}
	 * and makes the event its pending change, in place of any older one not yet sent.
	 * @return whether the document was changed; false when it is gone or its version
	 * moved on
	 */
	public Mono<Boolean> update(String id, long expectedVersion, Object document, OutboxEntry event) {
		Document state = toBson(document);
		state.remove(OutboxFields.ID);
		state.keySet().removeIf(OUTBOX_OWNED::contains);
		state.put(OutboxFields.DELETED, false);
		List<Bson> changes = new ArrayList<>();
		state.forEach((field, value) -> changes.add(Updates.set(field, value)));
		// The converter leaves null fields out: a field the new state no longer has is
		// removed, so the document holds exactly the state the event carries.
		mappedFields(document.getClass()).stream()
			.filter((field) -> !state.containsKey(field) && !OUTBOX_OWNED.contains(field))
			.forEach((field) -> changes.add(Updates.unset(field)));
		return this.tracing.capture(event)
			.flatMap((traced) -> apply(id, expectedVersion,
					Updates.combine(Updates.combine(changes), pending(id, traced))));
	}

	/**
	 * Marks the document deleted and makes the tombstone its pending change. The relay
	 * removes the document once the tombstone is on the topic.
	 */
	public Mono<Boolean> delete(String id, long expectedVersion, OutboxEntry tombstone) {
		return this.tracing.capture(tombstone)
			.flatMap((traced) -> apply(id, expectedVersion, Updates.combine(Updates.set(OutboxFields.DELETED, true),
					Updates.set(OutboxFields.VERSION, traced.entityVersion()), pending(id, traced))));
	}

	/**
	 * The event becomes the pending change (replacing one not yet sent: the topic is
	 * compacted and every record carries the full state), the document stays pending
	 * since its oldest unsent change, and a back-off for a change the broker refused
	 * ends.
	 */
	private static Bson pending(String id, OutboxEntry event) {
		return Updates.combine(Updates.set(OutboxFields.OUTBOX, event.toDocument()),
				Updates.min(OutboxFields.PENDING_SINCE, Date.from(event.time())),
				Updates.set(OutboxFields.SHARD, OutboxShards.of(id)), Updates.unset(OutboxFields.RETRY_AT),
				Updates.unset(OutboxFields.ATTEMPTS));
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

	/** The top-level field names a document type maps, except the id. */
	private List<String> mappedFields(Class<?> type) {
		return this.mappedFields.computeIfAbsent(type, (key) -> {
			List<String> fields = new ArrayList<>();
			MongoPersistentEntity<?> entity = this.template.getConverter()
				.getMappingContext()
				.getRequiredPersistentEntity(key);
			entity.doWithProperties((PropertyHandler<MongoPersistentProperty>) (property) -> {
				if (!property.isIdProperty()) {
					fields.add(property.getFieldName());
				}
			});
			return List.copyOf(fields);
		});
	}

	private Document toBson(Object document) {
		Document bson = new Document();
		this.template.getConverter().write(document, bson);
		return bson;
	}

}
