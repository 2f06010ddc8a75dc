package dk.newsroom.articles.article;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.OptionalLong;
import java.util.function.Function;

import dk.newsroom.platform.content.Slugs;
import dk.newsroom.platform.outbox.ChangeEvents;
import dk.newsroom.platform.web.Cursors;
import dk.newsroom.platform.web.InvalidInputException;
import dk.newsroom.platform.web.InvalidStateException;
import dk.newsroom.platform.web.Page;
import dk.newsroom.platform.web.ResourceNotFoundException;
import dk.newsroom.platform.web.VersionConflictException;
import reactor.core.publisher.Mono;
import reactor.util.retry.Retry;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;

/**
 * The article use cases. Each change is a read, a pure transition of {@link Article} and
 * one conditional write of the new state with its event; a concurrent change makes the
 * write miss and the use case starts over (or answers 412 when the client named a
 * version).
 */
@Service
class ArticleService {

	/** Numbered alternatives tried before the id makes the slug unique. */
	private static final int NUMBERED_SLUGS = 4;

	private static final int MAX_RETRIES = 5;

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
		Article draft = Article.draft(ArticleId.generate(), Slugs.of(content.headline()), content, now);
		return insertWithFreeSlug(draft, 1);
	}

	Mono<Article> get(ArticleId id) {
		return this.store.findById(id).switchIfEmpty(Mono.error(() -> notFound(id)));
	}

	Mono<Article> getBySlug(String slug) {
		return this.store.findBySlug(slug)
			.switchIfEmpty(Mono.error(() -> new ResourceNotFoundException("Article with slug " + slug)));
	}

	Mono<Page<Article>> list(ArticleQuery query) {
		int limit = query.page().limit();
		return this.store.find(query, this.clock.instant()).collectList().map((found) -> {
			List<Article> items = (found.size() > limit) ? found.subList(0, limit) : found;
			String next = (found.size() > limit) ? Cursors.encode(items.get(limit - 1).id().value()) : null;
			return new Page<>(items, next);
		});
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
		return Mono.defer(() -> get(id).flatMap((current) -> {
			checkVersion(current, ifMatch);
			long next = current.version() + 1;
			return this.store.delete(id, current.version(), this.events.deleted(next))
				.flatMap((deleted) -> deleted ? Mono.<Void>empty() : Mono.error(new ConcurrentChange()));
		})).retryWhen(concurrentChangeRetry(ifMatch));
	}

	private Mono<Article> change(ArticleId id, OptionalLong ifMatch, Function<Article, Article> transition) {
		return Mono.defer(() -> get(id).flatMap((current) -> {
			checkVersion(current, ifMatch);
			Article next = transition.apply(current);
			return this.store
				.update(next, current.version(), this.events.updated(next.version(), ArticleResponse.from(next)))
				.flatMap((updated) -> updated ? Mono.just(next) : Mono.error(new ConcurrentChange()));
		})).retryWhen(concurrentChangeRetry(ifMatch));
	}

	/**
	 * Without If-Match a lost race is retried on the new state; with it, the client asked
	 * for that exact version, so the next attempt's version check answers 412.
	 */
	private static Retry concurrentChangeRetry(OptionalLong ifMatch) {
		return Retry.max(MAX_RETRIES)
			.filter(ConcurrentChange.class::isInstance)
			.onRetryExhaustedThrow((spec,
					signal) -> new InvalidStateException("The article is changing too often right now; try again"));
	}

	private static void checkVersion(Article current, OptionalLong ifMatch) {
		if (ifMatch.isPresent() && ifMatch.getAsLong() != current.version()) {
			throw new VersionConflictException(current.version());
		}
	}

	/**
	 * Tries {@code slug}, {@code slug-2} … {@code slug-4}, then a suffix from the id,
	 * which no other article has.
	 */
	private Mono<Article> insertWithFreeSlug(Article draft, int attempt) {
		String slug = (attempt <= NUMBERED_SLUGS) ? Slugs.withSuffix(draft.slug(), attempt)
				: draft.slug() + "-" + draft.id().value().substring(16);
		Article candidate = draft.withSlug(slug);
		return this.store.insert(candidate, this.events.created(candidate.version(), ArticleResponse.from(candidate)))
			.thenReturn(candidate)
			.onErrorResume(DuplicateKeyException.class,
					(ex) -> (attempt <= NUMBERED_SLUGS) ? insertWithFreeSlug(draft, attempt + 1) : Mono.error(ex));
	}

	private static void requireBody(ArticleContent content) {
		if (content.body() == null || content.body().isBlank()) {
			throw new InvalidInputException("body", "has no content left after removing disallowed HTML");
		}
	}

	private static ResourceNotFoundException notFound(ArticleId id) {
		return new ResourceNotFoundException("Article " + id);
	}

	/** The stored version moved on between our read and our write. */
	private static final class ConcurrentChange extends RuntimeException {

		ConcurrentChange() {
			super(null, null, false, false);
		}

	}

}
