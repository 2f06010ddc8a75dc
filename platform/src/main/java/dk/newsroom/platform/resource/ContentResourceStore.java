package dk.newsroom.platform.resource;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import dk.newsroom.platform.content.ContentItem;
import dk.newsroom.platform.outbox.OutboxEntry;
import dk.newsroom.platform.outbox.OutboxWriter;
import dk.newsroom.platform.store.ContentDocuments;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;

/**
 * One content type's items in MongoDB, on top of the shared {@link ContentDocuments}
 * (which skips deleted documents and writes only through the outbox), mapped by the
 * type's {@link ContentResource}.
 *
 * @param <C> the content record
 * @param <D> the stored document
 */
public class ContentResourceStore<C, D> {

	private final ContentDocuments<D> documents;

	private final ContentResource<C, D, ?> resource;

	public ContentResourceStore(ReactiveMongoTemplate template, OutboxWriter outbox,
			ContentResource<C, D, ?> resource) {
		this.documents = new ContentDocuments<>(template, outbox, resource.documentType());
		this.resource = resource;
	}

	public Mono<ContentItem<C>> findById(String id) {
		return this.documents.findById(id).map(this.resource::toItem);
	}

	public Mono<ContentItem<C>> findBySlug(String slug) {
		return this.documents.findBySlug(slug).map(this.resource::toItem);
	}

	/**
	 * Newest first by creation; the id is the keyset. Fetches one extra to know if more
	 * follow.
	 * @param publicOnly only what anonymous readers may see at {@code now}
	 */
	public Flux<ContentItem<C>> find(ListQuery query, boolean publicOnly, Instant now) {
		List<Criteria> criteria = new ArrayList<>();
		if (publicOnly) {
			criteria.addAll(ContentDocuments.publicAt(now));
		}
		if (query.status() != null) {
			criteria.add(Criteria.where("status").is(query.status()));
		}
		for (ListQuery.Filter filter : query.filters()) {
			criteria.add(Criteria.where(filter.field()).is(filter.value()));
		}
		if (query.page().after() != null) {
			criteria.add(Criteria.where("_id").lt(query.page().after()));
		}
		return this.documents.find(criteria, Sort.by(Sort.Direction.DESC, "_id"), query.page().limit() + 1)
			.map(this.resource::toItem);
	}

	public Mono<Void> insert(ContentItem<C> item, OutboxEntry created) {
		return this.documents.insert(item.id(), this.resource.toDocument(item), created);
	}

	/**
	 * @return false when the stored version is no longer {@code expectedVersion}
	 */
	public Mono<Boolean> update(ContentItem<C> next, long expectedVersion, OutboxEntry updated) {
		return this.documents.update(next.id(), expectedVersion, this.resource.toDocument(next), updated);
	}

	/**
	 * @return false when the stored version is no longer {@code expectedVersion}
	 */
	public Mono<Boolean> delete(String id, long expectedVersion, OutboxEntry tombstone) {
		return this.documents.delete(id, expectedVersion, tombstone);
	}

}
