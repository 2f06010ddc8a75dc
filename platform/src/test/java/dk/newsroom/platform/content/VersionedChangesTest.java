package dk.newsroom.platform.content;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.Test;
import reactor.core.publisher.Mono;
import reactor.test.StepVerifier;

import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.DuplicateKeyException;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The optimistic cycle against a store held in memory: a write succeeds only if the
 * stored version is still the one read, as the services' conditional updates do.
 */
class VersionedChangesTest {

	record Doc(String idValue, String title, long version) implements Versioned {

		Doc retitled(String newTitle) {
			return new Doc(this.idValue, newTitle, this.version + 1);
		}

	}

	/** The stored document, and how many times it was loaded and written. */
	private final AtomicReference<Doc> stored = new AtomicReference<>(new Doc("a", "første", 3));

	private final AtomicInteger loads = new AtomicInteger();

	private final AtomicInteger writes = new AtomicInteger();

	private Mono<Doc> load() {
		return Mono.fromSupplier(() -> {
			this.loads.incrementAndGet();
			return this.stored.get();
		});
	}

	/** Writes {@code next} if the store still holds {@code current}'s version. */
	private Mono<Boolean> write(Doc current, Doc next) {
		return Mono.fromSupplier(() -> {
			this.writes.incrementAndGet();
			if (this.stored.get().version() != current.version()) {
				return false;
			}
			this.stored.set(next);
			return true;
		});
	}

	@Test
	void writesTheTransitionOfTheCurrentState() {
		StepVerifier
			.create(VersionedChanges.change(load(), OptionalLong.empty(), (doc) -> doc.retitled("anden"), this::write))
			.assertNext((doc) -> assertThat(doc).isEqualTo(new Doc("a", "anden", 4)))
			.verifyComplete();

		assertThat(this.stored.get()).isEqualTo(new Doc("a", "anden", 4));
	}

	@Test
	void anIfMatchOfAnotherVersionIs412WithTheCurrentVersionAndWritesNothing() {
		StepVerifier
			.create(VersionedChanges.change(load(), OptionalLong.of(2), (doc) -> doc.retitled("anden"), this::write))
			.verifyErrorSatisfies((error) -> assertThat(error).isInstanceOfSatisfying(VersionConflictException.class,
					(conflict) -> assertThat(conflict.currentVersion()).isEqualTo(3)));

		assertThat(this.writes).hasValue(0);
		assertThat(this.stored.get().version()).isEqualTo(3);
	}

	@Test
	void aLostRaceStartsOverOnTheNewState() {
		// Another writer changes the document between our first read and our write.
		List<String> seen = new ArrayList<>();
		AtomicInteger attempt = new AtomicInteger();
		Mono<Doc> change = VersionedChanges.change(load(), OptionalLong.empty(), (doc) -> {
			seen.add(doc.title());
			if (attempt.getAndIncrement() == 0) {
				this.stored.set(new Doc("a", "andens", 4));
			}
			return doc.retitled(doc.title() + "+vores");
		}, this::write);

		StepVerifier.create(change)
			.assertNext((doc) -> assertThat(doc).isEqualTo(new Doc("a", "andens+vores", 5)))
			.verifyComplete();

		assertThat(seen).containsExactly("første", "andens");
		assertThat(this.stored.get()).isEqualTo(new Doc("a", "andens+vores", 5));
	}

	@Test
	void aLostRaceOfAClientThatNamedAVersionIs412() {
		Mono<Doc> change = VersionedChanges.change(load(), OptionalLong.of(3), (doc) -> {
			this.stored.set(new Doc("a", "andens", 4));
			return doc.retitled("vores");
		}, this::write);

		StepVerifier.create(change)
			.verifyErrorSatisfies((error) -> assertThat(error).isInstanceOfSatisfying(VersionConflictException.class,
					(conflict) -> assertThat(conflict.currentVersion()).isEqualTo(4)));
		assertThat(this.stored.get().title()).isEqualTo("andens");
	}

	@Test
	void aResourceThatNeverHoldsStillIs409AfterFiveRetries() {
		Mono<Doc> change = VersionedChanges.change(load(), OptionalLong.empty(), (doc) -> doc.retitled("vores"),
				(current, next) -> Mono.fromSupplier(() -> {
					this.writes.incrementAndGet();
					return false;
				}));

		StepVerifier.create(change)
			.verifyErrorSatisfies((error) -> assertThat(error).isInstanceOf(InvalidStateException.class)
				.hasMessageContaining("changing too often"));
		assertThat(this.writes).as("the first attempt and five retries").hasValue(6);
		assertThat(this.loads).hasValue(6);
	}

	@Test
	void aRefusedTransitionIsNeitherWrittenNorRetried() {
		Mono<Doc> change = VersionedChanges.change(load(), OptionalLong.empty(), (doc) -> {
			throw new InvalidStateException("not now");
		}, this::write);

		StepVerifier.create(change)
			.verifyErrorSatisfies(
					(error) -> assertThat(error).isInstanceOf(InvalidStateException.class).hasMessage("not now"));
		assertThat(this.loads).hasValue(1);
		assertThat(this.writes).hasValue(0);
	}

	@Test
	void aStoreFailureIsNotRetried() {
		Mono<Doc> change = VersionedChanges.change(load(), OptionalLong.empty(), (doc) -> doc.retitled("vores"),
				(current, next) -> Mono.error(new DataAccessResourceFailureException("no answer")));

		StepVerifier.create(change).verifyError(DataAccessResourceFailureException.class);
		assertThat(this.loads).hasValue(1);
	}

	@Test
	void aMissingResourceIsEmpty() {
		StepVerifier
			.create(VersionedChanges.change(Mono.<Doc>empty(), OptionalLong.of(1), (doc) -> doc.retitled("x"),
					this::write))
			.verifyComplete();
		assertThat(this.writes).hasValue(0);
	}

	@Test
	void aDeleteKeepsTheSameRules() {
		AtomicInteger attempts = new AtomicInteger();
		StepVerifier
			.create(VersionedChanges.delete(load(), OptionalLong.empty(),
					(current) -> Mono.just(attempts.incrementAndGet() > 1)))
			.verifyComplete();
		assertThat(attempts).as("a lost race, then the delete").hasValue(2);

		StepVerifier.create(VersionedChanges.delete(load(), OptionalLong.of(7), (current) -> Mono.just(true)))
			.verifyError(VersionConflictException.class);
	}

	@Test
	void aTakenSlugIsNumberedThenGivenTheIdsEnd() {
		List<String> tried = new ArrayList<>();
		Mono<String> insert = VersionedChanges.insertWithFreeSlug("ny-cto", "6745a1f0c2a4b81e2f3d9a10", (slug) -> {
			tried.add(slug);
			return (tried.size() < 5) ? Mono.error(new DuplicateKeyException(slug)) : Mono.just(slug);
		});

		StepVerifier.create(insert).expectNext("ny-cto-2f3d9a10").verifyComplete();
		assertThat(tried).containsExactly("ny-cto", "ny-cto-2", "ny-cto-3", "ny-cto-4", "ny-cto-2f3d9a10");
	}

	@Test
	void aSlugTakenEvenWithTheIdsEndIsAnErrorAndOtherErrorsAreNotRetried() {
		StepVerifier
			.create(VersionedChanges.insertWithFreeSlug("ny-cto", "6745a1f0c2a4b81e2f3d9a10",
					(slug) -> Mono.<String>error(new DuplicateKeyException(slug))))
			.verifyError(DuplicateKeyException.class);

		AtomicInteger tries = new AtomicInteger();
		StepVerifier.create(VersionedChanges.insertWithFreeSlug("ny-cto", "6745a1f0c2a4b81e2f3d9a10", (slug) -> {
			tries.incrementAndGet();
			return Mono.<String>error(new DataAccessResourceFailureException("no answer"));
		})).verifyError(DataAccessResourceFailureException.class);
		assertThat(tries).hasValue(1);
	}

}
