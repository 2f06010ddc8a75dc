package dk.newsroom.people.notice;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import dk.newsroom.platform.outbox.OutboxEntry;
import dk.newsroom.platform.outbox.OutboxWriter;
import dk.newsroom.platform.store.ContentDocuments;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.stereotype.Repository;

/**
 * Notices: the filters of the list on top of the shared {@link ContentDocuments}, which
 * skips deleted documents and writes only through the outbox.
 */
@Repository
class NoticeStore {

	private final ContentDocuments<NoticeDocument> documents;

	NoticeStore(ReactiveMongoTemplate template, OutboxWriter outbox) {
		this.documents = new ContentDocuments<>(template, outbox, NoticeDocument.class);
	}

	Mono<Notice> findById(NoticeId id) {
		return this.documents.findById(id.value()).map(NoticeDocument::toNotice);
	}

	Mono<Notice> findBySlug(String slug) {
		return this.documents.findBySlug(slug).map(NoticeDocument::toNotice);
	}

	/**
	 * Newest first by creation; the id is the keyset. Fetches one extra to know if more
	 * follow.
	 */
	Flux<Notice> find(NoticeQuery query, Instant now) {
		List<Criteria> criteria = new ArrayList<>();
		if (query.publicOnly()) {
			criteria.addAll(ContentDocuments.publicAt(now));
		}
		if (query.status() != null) {
			criteria.add(Criteria.where("status").is(query.status()));
		}
		if (query.kind() != null) {
			criteria.add(Criteria.where("kind").is(query.kind()));
		}
		if (query.companyKey() != null) {
			criteria.add(Criteria.where("companyKey").is(query.companyKey()));
		}
		if (query.tag() != null) {
			criteria.add(Criteria.where("tags").is(query.tag()));
		}
		if (query.page().after() != null) {
			criteria.add(Criteria.where("_id").lt(query.page().after()));
		}
		return this.documents.find(criteria, Sort.by(Sort.Direction.DESC, "_id"), query.page().limit() + 1)
			.map(NoticeDocument::toNotice);
	}

	Mono<Void> insert(Notice notice, OutboxEntry created) {
		return this.documents.insert(notice.id().value(), NoticeDocument.from(notice), created);
	}

	/**
	 * @return false when the stored version is no longer {@code expectedVersion}
	 */
	Mono<Boolean> update(Notice next, long expectedVersion, OutboxEntry updated) {
		return this.documents.update(next.id().value(), expectedVersion, NoticeDocument.from(next), updated);
	}

	Mono<Boolean> delete(NoticeId id, long expectedVersion, OutboxEntry tombstone) {
		return this.documents.delete(id.value(), expectedVersion, tombstone);
	}

}
