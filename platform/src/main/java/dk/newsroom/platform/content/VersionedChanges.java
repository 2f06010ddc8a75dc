package dk.newsroom.platform.content;

import java.util.OptionalLong;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.UnaryOperator;

import reactor.core.publisher.Mono;
import reactor.util.retry.Retry;

import org.springframework.dao.DuplicateKeyException;

/**
 * The optimistic read-transition-write cycle every content type uses. A change reads the
 * resource, checks the client's {@code If-Match}, computes the next state, and writes it
 * only if the stored version is still the one read. A lost race starts over on the new
 * state; when the client named a version, the next attempt answers 412 instead.
 */
public final class VersionedChanges {

	private static final int MAX_RETRIES = 5;

	/** Numbered alternatives tried before the id makes a slug unique. */
	private static final int NUMBERED_SLUGS = 4;

	private VersionedChanges() {
	}

	/**
	 * @param load the current state; empty when the resource does not exist (the caller
	 * maps that to 404)
	 * @param transition the next state, or an exception when the change is not allowed
	 * @param write writes {@code next} if the stored version is still {@code current}'s;
	 * emits whether it did
	 */
	public static <T extends Versioned> Mono<T> change(Mono<T> load, OptionalLong ifMatch, UnaryOperator<T> transition,
			BiFunction<T, T, Mono<Boolean>> write) {
		return Mono.defer(() -> load.flatMap((current) -> {
			checkVersion(current, ifMatch);
			T next = transition.apply(current);
			return write.apply(current, next)
				.flatMap((written) -> written ? Mono.just(next) : Mono.error(new ConcurrentChange()));
		})).retryWhen(concurrentChangeRetry());
	}

	/**
	 * Deletes the current version; the same retry and If-Match rules as {@link #change}.
	 */
	public static <T extends Versioned> Mono<Void> delete(Mono<T> load, OptionalLong ifMatch,
			Function<T, Mono<Boolean>> delete) {
		return Mono.defer(() -> load.flatMap((current) -> {
			checkVersion(current, ifMatch);
			return delete.apply(current)
				.flatMap((deleted) -> deleted ? Mono.<Void>empty() : Mono.error(new ConcurrentChange()));
		})).retryWhen(concurrentChangeRetry());
	}

	/**
	 * Inserts with the first free slug: {@code slug}, {@code slug-2} … {@code slug-4},
	 * then a suffix from the id, which no other resource has.
	 * @param insert inserts the resource with the given slug; fails with
	 * {@link DuplicateKeyException} when the slug is taken
	 */
	public static <T> Mono<T> insertWithFreeSlug(String slug, String id, Function<String, Mono<T>> insert) {
		return insertWithFreeSlug(slug, id, insert, 1);
	}

	private static <T> Mono<T> insertWithFreeSlug(String slug, String id, Function<String, Mono<T>> insert,
			int attempt) {
		String candidate = (attempt <= NUMBERED_SLUGS) ? Slugs.withSuffix(slug, attempt)
				: slug + "-" + id.substring(Math.max(0, id.length() - 8));
		return insert.apply(candidate)
			.onErrorResume(DuplicateKeyException.class, (ex) -> (attempt <= NUMBERED_SLUGS)
					? insertWithFreeSlug(slug, id, insert, attempt + 1) : Mono.error(ex));
	}

	private static void checkVersion(Versioned current, OptionalLong ifMatch) {
		if (ifMatch.isPresent() && ifMatch.getAsLong() != current.version()) {
			throw new VersionConflictException(current.version());
		}
	}

	private static Retry concurrentChangeRetry() {
		return Retry.max(MAX_RETRIES)
			.filter(ConcurrentChange.class::isInstance)
			.onRetryExhaustedThrow((spec,
					signal) -> new InvalidStateException("The resource is changing too often right now; try again"));
	}

	/** The stored version moved on between our read and our write. */
	private static final class ConcurrentChange extends RuntimeException {

		ConcurrentChange() {
			super(null, null, false, false);
		}

	}

}
