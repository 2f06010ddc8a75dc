package dk.newsroom.articles.article;

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
 * Articles: the filters of the list on top of the shared {@link ContentDocuments}, which
 * skips deleted documents and writes only through the outbox, so every change reaches the
 * topic.
 */
@Repository
class ArticleStore {

	private final ContentDocuments<ArticleDocument> documents;

	ArticleStore(ReactiveMongoTemplate template, OutboxWriter outbox) {
		this.documents = new ContentDocuments<>(template, outbox, ArticleDocument.class);
	}

	Mono<Article> findById(ArticleId id) {
		return this.documents.findById(id.value()).map(ArticleDocument::toArticle);
	}

	Mono<Article> findBySlug(String slug) {
		return this.documents.findBySlug(slug).map(ArticleDocument::toArticle);
	}

	/**
	 * Newest first by creation; the id is the keyset. Fetches one extra to know if more
	 * follow.
	 */
	Flux<Article> find(ArticleQuery query, Instant now) {
		List<Criteria> criteria = new ArrayList<>();
		if (query.publicOnly()) {
			criteria.addAll(ContentDocuments.publicAt(now));
		}
		if (query.status() != null) {
			criteria.add(Criteria.where("status").is(query.status()));
		}
		if (query.tag() != null) {
			criteria.add(Criteria.where("tags").is(query.tag()));
		}
		if (query.section() != null) {
			criteria.add(Criteria.where("section").is(query.section()));
		}
		if (query.page().after() != null) {
			criteria.add(Criteria.where("_id").lt(query.page().after()));
		}
		return this.documents.find(criteria, Sort.by(Sort.Direction.DESC, "_id"), query.page().limit() + 1)
			.map(ArticleDocument::toArticle);
	}

	Mono<Void> insert(Article article, OutboxEntry created) {
		return this.documents.insert(article.id().value(), ArticleDocument.from(article), created);
	}

	/**
	 * @return false when the stored version is no longer {@code expectedVersion}
	 */
	Mono<Boolean> update(Article next, long expectedVersion, OutboxEntry updated) {
		return this.documents.update(next.id().value(), expectedVersion, ArticleDocument.from(next), updated);
	}

	Mono<Boolean> delete(ArticleId id, long expectedVersion, OutboxEntry tombstone) {
		return this.documents.delete(id.value(), expectedVersion, tombstone);
	}

}
