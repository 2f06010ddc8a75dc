package dk.newsroom.platform.content;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The lifecycle every content type's aggregate keeps (docs/design.md §3): a draft at
 * version 1; every change a new record one version higher; publishing now or scheduled,
 * again after a withdrawal; only a published resource withdrawn; public from its
 * {@code publishedAt} on. A content type's unit test extends it with its aggregate.
 *
 * @param <T> the aggregate
 */
public abstract class LifecycleSpec<T extends Versioned> {

	private static final Instant NOW = Instant.parse("2026-12-04T09:30:00Z");

	/** A new draft of the type, created at this instant. */
	protected abstract T draft(Instant now);

	/** The same resource with other content, edited at this instant. */
	protected abstract T edit(T resource, Instant now);

	protected abstract T publish(T resource, Instant at, Instant now);

	protected abstract T withdraw(T resource, Instant now);

	protected abstract T withSlug(T resource, String slug);

	protected abstract PublicationStatus status(T resource);

	protected abstract Instant publishedAt(T resource);

	protected abstract Instant createdAt(T resource);

	protected abstract Instant updatedAt(T resource);

	protected abstract String slug(T resource);

	protected abstract boolean isPublicAt(T resource, Instant now);

	/** Whether two states hold the same content (not the same version). */
	protected abstract boolean sameContent(T one, T other);

	@Test
	void aDraftIsVersionOneAndNotPublic() {
		T draft = draft(NOW);

		assertThat(draft.version()).isEqualTo(1);
		assertThat(status(draft)).isEqualTo(PublicationStatus.DRAFT);
		assertThat(publishedAt(draft)).isNull();
		assertThat(createdAt(draft)).isEqualTo(NOW);
		assertThat(updatedAt(draft)).isEqualTo(NOW);
		assertThat(isPublicAt(draft, NOW.plus(Duration.ofDays(365)))).isFalse();
	}

	@Test
	void anEditIsOneVersionHigherAndKeepsStatusCreationAndPublication() {
		T published = publish(draft(NOW), NOW, NOW);
		Instant later = NOW.plusSeconds(60);

		T edited = edit(published, later);

		assertThat(edited.version()).isEqualTo(published.version() + 1);
		assertThat(sameContent(edited, published)).as("the content changed").isFalse();
		assertThat(status(edited)).isEqualTo(PublicationStatus.PUBLISHED);
		assertThat(publishedAt(edited)).isEqualTo(publishedAt(published));
		assertThat(createdAt(edited)).isEqualTo(NOW);
		assertThat(updatedAt(edited)).isEqualTo(later);
		assertThat(edited.idValue()).isEqualTo(published.idValue());
	}

	@Test
	void publishingNowMakesItPublicAtOnceToTheMillisecond() {
		Instant at = NOW.plusNanos(1_234_567);

		T published = publish(draft(NOW), at, at);

		assertThat(published.version()).isEqualTo(2);
		assertThat(status(published)).isEqualTo(PublicationStatus.PUBLISHED);
		assertThat(publishedAt(published)).as("milliseconds, as the store keeps them").isEqualTo(NOW.plusMillis(1));
		assertThat(isPublicAt(published, at)).isTrue();
		assertThat(sameContent(published, draft(NOW))).isTrue();
	}

	@Test
	void aScheduledResourceBecomesPublicAtItsTimeAndNotBefore() {
		Instant due = NOW.plus(Duration.ofHours(2));

		T scheduled = publish(draft(NOW), due, NOW);

		assertThat(status(scheduled)).isEqualTo(PublicationStatus.PUBLISHED);
		assertThat(isPublicAt(scheduled, due.minusMillis(1))).isFalse();
		assertThat(isPublicAt(scheduled, due)).isTrue();
	}

	@Test
	void onlyAPublishedResourceIsWithdrawnAndAWithdrawnOneMayComeBack() {
		assertThatThrownBy(() -> withdraw(draft(NOW), NOW)).isInstanceOf(InvalidStateException.class)
			.hasMessageContaining("DRAFT");

		T published = publish(draft(NOW), NOW, NOW);
		T withdrawn = withdraw(published, NOW.plusSeconds(1));
		assertThat(withdrawn.version()).isEqualTo(3);
		assertThat(status(withdrawn)).isEqualTo(PublicationStatus.WITHDRAWN);
		assertThat(publishedAt(withdrawn)).isEqualTo(publishedAt(published));
		assertThat(isPublicAt(withdrawn, NOW.plusSeconds(2))).isFalse();
		assertThatThrownBy(() -> withdraw(withdrawn, NOW.plusSeconds(2))).isInstanceOf(InvalidStateException.class)
			.hasMessageContaining("WITHDRAWN");

		T back = publish(withdrawn, NOW.plusSeconds(3), NOW.plusSeconds(3));
		assertThat(back.version()).isEqualTo(4);
		assertThat(isPublicAt(back, NOW.plusSeconds(3))).isTrue();
	}

	@Test
	void anotherSlugIsNoChangeOfVersion() {
		T draft = draft(NOW);

		T renamed = withSlug(draft, "andet-navn");

		assertThat(slug(renamed)).isEqualTo("andet-navn");
		assertThat(renamed.version()).isEqualTo(draft.version());
		assertThat(updatedAt(renamed)).isEqualTo(updatedAt(draft));
	}

}
