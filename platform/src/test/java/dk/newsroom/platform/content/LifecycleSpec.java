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
public abstract class LifecycleSpec<T extends Publishable> {

	private static final Instant NOW = Instant.parse("2026-12-04T09:30:00Z");

	/** A new draft of the type, created at this instant. */
	protected abstract T draft(Instant now);

	/** The same resource with other content, edited at this instant. */
	protected abstract T edit(T resource, Instant now);

	protected abstract T publish(T resource, Instant at, Instant now);

	protected abstract T withdraw(T resource, Instant now);

	protected abstract T withSlug(T resource, String slug);

	/** Whether two states hold the same content (not the same version). */
	protected abstract boolean sameContent(T one, T other);

	@Test
	void aDraftIsVersionOneAndNotPublic() {
		T draft = draft(NOW);

		assertThat(draft.version()).isEqualTo(1);
		assertThat(draft.status()).isEqualTo(PublicationStatus.DRAFT);
		assertThat(draft.publishedAt()).isNull();
		assertThat(draft.createdAt()).isEqualTo(NOW);
		assertThat(draft.updatedAt()).isEqualTo(NOW);
		assertThat(draft.isPublicAt(NOW.plus(Duration.ofDays(365)))).isFalse();
	}

	@Test
	void anEditIsOneVersionHigherAndKeepsStatusCreationAndPublication() {
		T published = publish(draft(NOW), NOW, NOW);
		Instant later = NOW.plusSeconds(60);

		T edited = edit(published, later);

		assertThat(edited.version()).isEqualTo(published.version() + 1);
		assertThat(sameContent(edited, published)).as("the content changed").isFalse();
		assertThat(edited.status()).isEqualTo(PublicationStatus.PUBLISHED);
		assertThat(edited.publishedAt()).isEqualTo(published.publishedAt());
		assertThat(edited.createdAt()).isEqualTo(NOW);
		assertThat(edited.updatedAt()).isEqualTo(later);
		assertThat(edited.idValue()).isEqualTo(published.idValue());
	}

	@Test
	void publishingNowMakesItPublicAtOnceToTheMillisecond() {
		Instant at = NOW.plusNanos(1_234_567);

		T published = publish(draft(NOW), at, at);

		assertThat(published.version()).isEqualTo(2);
		assertThat(published.status()).isEqualTo(PublicationStatus.PUBLISHED);
		assertThat(published.publishedAt()).as("milliseconds, as the store keeps them").isEqualTo(NOW.plusMillis(1));
		assertThat(published.isPublicAt(at)).isTrue();
		assertThat(sameContent(published, draft(NOW))).isTrue();
	}

	@Test
	void aScheduledResourceBecomesPublicAtItsTimeAndNotBefore() {
		Instant due = NOW.plus(Duration.ofHours(2));

		T scheduled = publish(draft(NOW), due, NOW);

		assertThat(scheduled.status()).isEqualTo(PublicationStatus.PUBLISHED);
		assertThat(scheduled.isPublicAt(due.minusMillis(1))).isFalse();
		assertThat(scheduled.isPublicAt(due)).isTrue();
	}

	@Test
	void onlyAPublishedResourceIsWithdrawnAndAWithdrawnOneMayComeBack() {
		assertThatThrownBy(() -> withdraw(draft(NOW), NOW)).isInstanceOf(InvalidStateException.class)
			.hasMessageContaining("DRAFT");

		T published = publish(draft(NOW), NOW, NOW);
		T withdrawn = withdraw(published, NOW.plusSeconds(1));
		assertThat(withdrawn.version()).isEqualTo(3);
		assertThat(withdrawn.status()).isEqualTo(PublicationStatus.WITHDRAWN);
		assertThat(withdrawn.publishedAt()).isEqualTo(published.publishedAt());
		assertThat(withdrawn.isPublicAt(NOW.plusSeconds(2))).isFalse();
		assertThatThrownBy(() -> withdraw(withdrawn, NOW.plusSeconds(2))).isInstanceOf(InvalidStateException.class)
			.hasMessageContaining("WITHDRAWN");

		T back = publish(withdrawn, NOW.plusSeconds(3), NOW.plusSeconds(3));
		assertThat(back.version()).isEqualTo(4);
		assertThat(back.isPublicAt(NOW.plusSeconds(3))).isTrue();
	}

	@Test
	void anotherSlugIsNoChangeOfVersion() {
		T draft = draft(NOW);

		T renamed = withSlug(draft, "andet-navn");

		assertThat(renamed.slug()).isEqualTo("andet-navn");
		assertThat(renamed.version()).isEqualTo(draft.version());
		assertThat(renamed.updatedAt()).isEqualTo(draft.updatedAt());
	}

}
