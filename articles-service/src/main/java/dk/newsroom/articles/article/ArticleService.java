package dk.newsroom.articles.article;

import java.time.Clock;
import java.time.Instant;
import java.util.OptionalLong;
import java.util.function.UnaryOperator;

import dk.newsroom.platform.content.Slugs;
import dk.newsroom.platform.content.VersionedChanges;
import dk.newsroom.platform.outbox.ChangeEvents;
import dk.newsroom.platform.store.ContentIds;
import dk.newsroom.platform.content.InvalidInputException;
import dk.newsroom.platform.web.Page;
import dk.newsroom.platform.content.ResourceNotFoundException;
import reactor.core.publisher.Mono;

import org.springframework.stereotype.Service;

/**
 * The article use cases. Each change is a read, a pure transition of {@link Article} and
 * one conditional write of the new state with its event; a concurrent change makes the
 * write miss and the use case starts over (or answers 412 when the client named a
 * version).
 */
@Service
class ArticleService {

	private final ArticleStore store;

	private final ChangeEvents events;

	private final Clock clock;

	ArticleService(ArticleStore store, ChangeEvents events, Clock clock) {
		this.store = store;
		this.events = events;
		this.clock = clock;
	}

	Mono<Article> create(ArticleContent content) {
		requireBody(content);
		Instant now = this.clock.instant();
		Article draft = Article.draft(new ArticleId(ContentIds.next()), Slugs.of(content.headline()), content, now);
		return VersionedChanges.insertWithFreeSlug(draft.slug(), draft.idValue(), (slug) -> {
			Article candidate = draft.withSlug(slug);
			return this.store
				.insert(candidate, this.events.created(candidate.version(), ArticleResponse.from(candidate)))
				.thenReturn(candidate);
		});
	}

	Mono<Article> get(ArticleId id) {
		return this.store.findById(id).switchIfEmpty(Mono.error(() -> notFound(id)));
	}

	Mono<Article> getBySlug(String slug) {
		return this.store.findBySlug(slug)
			.switchIfEmpty(Mono.error(() -> new ResourceNotFoundException("Article with slug " + slug)));
	}

	Mono<Page<Article>> list(ArticleQuery query) {
		return this.store.find(query, this.clock.instant())
			.collectList()
			.map((found) -> Page.fromLookahead(found, query.page().limit(), Article::idValue));
	}

	Mono<Article> update(ArticleId id, long ifMatch, ArticleContent content) {
		requireBody(content);
		return change(id, OptionalLong.of(ifMatch), (current) -> current.withContent(content, this.clock.instant()));
	}

	Mono<Article> publish(ArticleId id, OptionalLong ifMatch, Instant publishAt) {
		return change(id, ifMatch, (current) -> {
			Instant now = this.clock.instant();
			return current.publish((publishAt != null) ? publishAt : now, now);
		});
	}

	Mono<Article> withdraw(ArticleId id, OptionalLong ifMatch) {
		return change(id, ifMatch, (current) -> current.withdraw(this.clock.instant()));
	}

	Mono<Void> delete(ArticleId id, OptionalLong ifMatch) {
		return VersionedChanges.delete(get(id), ifMatch,
				(current) -> this.store.delete(id, current.version(), this.events.deleted(current.version() + 1)));
	}

	private Mono<Article> change(ArticleId id, OptionalLong ifMatch, UnaryOperator<Article> transition) {
		return VersionedChanges.change(get(id), ifMatch, transition, (current, next) -> this.store.update(next,
				current.version(), this.events.updated(next.version(), ArticleResponse.from(next))));
	}

	private static void requireBody(ArticleContent content) {
		if (content.body() == null || content.body().isBlank()) {
			throw new InvalidInputException("body", "has no content left after removing disallowed HTML");
		}
	}

	private static ResourceNotFoundException notFound(ArticleId id) {
		return new ResourceNotFoundException("Article " + id);
	}

}
