package dk.newsroom.platform.content;

import java.time.Instant;

/**
 * A resource with the publication lifecycle (docs/design.md §3): a slug, a status, when
 * it is (or is to be) published, when it was created and last changed. Every content
 * type's aggregate is one; its record components implement these methods.
 */
public interface Publishable extends Versioned {

	String slug();

	PublicationStatus status();

	/** {@code null} for a draft; may lie in the future (scheduled). */
	Instant publishedAt();

	Instant createdAt();

	Instant updatedAt();

	/** Whether an anonymous reader may see it at this instant. */
	default boolean isPublicAt(Instant now) {
		return status() == PublicationStatus.PUBLISHED && publishedAt() != null && !publishedAt().isAfter(now);
	}

}
