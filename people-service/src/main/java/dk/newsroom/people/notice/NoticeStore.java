package dk.newsroom.people.notice;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import dk.newsroom.platform.content.PublicationStatus;
import dk.newsroom.platform.outbox.OutboxEntry;
import dk.newsroom.platform.outbox.OutboxWriter;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Repository;

/**
 * Reads notices with plain queries and writes them only through the outbox, so every
 * change reaches the topic.
 */
@Repository
class NoticeStore {

	private final ReactiveMongoTemplate template;

	private final OutboxWriter outbox;

	NoticeStore(ReactiveMongoTemplate template, OutboxWriter outbox) {
		this.template = template;
		this.outbox = outbox;
	}

	Mono<Notice> findById(NoticeId id) {
		return this.template.findOne(live().addCriteria(Criteria.where("_id").is(id.value())), NoticeDocument.class)
			.map(NoticeDocument::toNotice);
	}

	Mono<Notice> findBySlug(String slug) {
		return this.template.findOne(live().addCriteria(Criteria.where("slug").is(slug)), NoticeDocument.class)
			.map(NoticeDocument::toNotice);
	}

	/**
	 * Newest first by creation; the id is the keyset. Fetches one extra to know if more
	 * follow.
	 */
	Flux<Notice> find(NoticeQuery query, Instant now) {
		List<Criteria> criteria = new ArrayList<>();
		criteria.add(Criteria.where("deleted").ne(true));
		if (query.publicOnly()) {
			criteria.add(Criteria.where("status").is(PublicationStatus.PUBLISHED));
			criteria.add(Criteria.where("publishedAt").lte(now));
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
		Query mongoQuery = new Query(new Criteria().andOperator(criteria)).with(Sort.by(Sort.Direction.DESC, "_id"))
			.limit(query.page().limit() + 1);
		return this.template.find(mongoQuery, NoticeDocument.class).map(NoticeDocument::toNotice);
	}

	Mono<Void> insert(Notice notice, OutboxEntry created) {
		return this.outbox.insert(notice.id().value(), NoticeDocument.from(notice), created);
	}

	/**
	 * @return false when the stored version is no longer {@code expectedVersion}
	 */
	Mono<Boolean> update(Notice next, long expectedVersion, OutboxEntry updated) {
		return this.outbox.update(next.id().value(), expectedVersion, NoticeDocument.from(next), updated);
	}

	Mono<Boolean> delete(NoticeId id, long expectedVersion, OutboxEntry tombstone) {
		return this.outbox.delete(id.value(), expectedVersion, tombstone);
	}

	private static Query live() {
		return new Query(Criteria.where("deleted").ne(true));
	}

}
