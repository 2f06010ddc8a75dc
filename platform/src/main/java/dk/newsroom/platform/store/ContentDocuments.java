package dk.newsroom.platform.store;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import dk.newsroom.platform.content.PublicationStatus;
import dk.newsroom.platform.outbox.OutboxEntry;
import dk.newsroom.platform.outbox.OutboxFields;
import dk.newsroom.platform.outbox.OutboxWriter;
import com.mongodb.client.model.Filters;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

/**
 * One service's content documents: lookups and queries that never see a soft-deleted
 * document, and writes only through the outbox, so every change reaches the topic. A
 * service's store adds its own query criteria on top.
 *
 * @param <D> the service's document type (string {@code _id}, a unique {@code slug})
 */
public class ContentDocuments<D> {

	private final ReactiveMongoTemplate template;

	private final OutboxWriter outbox;

	private final Class<D> type;

	public ContentDocuments(ReactiveMongoTemplate template, OutboxWriter outbox, Class<D> type) {
		this.template = template;
		this.outbox = outbox;
		this.type = type;
	}

	public Mono<D> findById(String id) {
		return findOne(OutboxFields.ID, id);
	}

	public Mono<D> findBySlug(String slug) {
		return findOne("slug", slug);
	}

	/**
	 * The live documents matching every criterion, in the given order.
	 * @param limit at most this many; a keyset page asks for one more than it shows
	 */
	public Flux<D> find(List<Criteria> criteria, Sort sort, int limit) {
		List<Criteria> all = new ArrayList<>(criteria);
		all.add(live());
		return this.template.find(new Query(new Criteria().andOperator(all)).with(sort).limit(limit), this.type);
	}

	/**
	 * What anonymous readers may see at {@code now}: published, and its time has come.
	 */
	public static List<Criteria> publicAt(Instant now) {
		return List.of(Criteria.where("status").is(PublicationStatus.PUBLISHED),
				Criteria.where("publishedAt").lte(now));
	}

	public Mono<Void> insert(String id, D document, OutboxEntry created) {
		return this.outbox.insert(id, document, created);
	}

	/**
	 * @return false when the stored version is no longer {@code expectedVersion}
	 */
	public Mono<Boolean> update(String id, long expectedVersion, D document, OutboxEntry updated) {
		return this.outbox.update(id, expectedVersion, document, updated);
	}

	/**
	 * @return false when the stored version is no longer {@code expectedVersion}
	 */
	public Mono<Boolean> delete(String id, long expectedVersion, OutboxEntry tombstone) {
		return this.outbox.delete(id, expectedVersion, tombstone);
	}

	/**
	 * Asks the store by the one unique field alone and leaves a deleted document out
	 * here: the same work for MongoDB, and the MongoDB stand-in, which uses an index only
	 * for a query on exactly the indexed field, finds it through that index instead of
	 * scanning the collection.
	 */
	private Mono<D> findOne(String field, String value) {
		// The driver's own query: Spring Data would map an id that looks like an
		// ObjectId to one, for a query of Documents.
		return this.template.getCollection(this.template.getCollectionName(this.type))
			.flatMap((collection) -> Mono.from(collection.find(Filters.eq(field, value)).first()))
			.filter((document) -> !Boolean.TRUE.equals(document.get(OutboxFields.DELETED)))
			.map((document) -> this.template.getConverter().read(this.type, document));
	}

	/**
	 * A deleted document stays until its tombstone is sent; to readers it is gone at
	 * once.
	 */
	private static Criteria live() {
		return Criteria.where(OutboxFields.DELETED).ne(true);
	}

}
