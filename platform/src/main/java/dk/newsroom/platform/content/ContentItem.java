package dk.newsroom.platform.content;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * A resource of any content type with its publication lifecycle (docs/design.md §3): the
 * content editors write, and the lifecycle around it. Every change returns a new item one
 * version higher.
 *
 * @param <C> what editors write: the content type's own fields
 * @param id 24 lowercase hex digits, ordered by creation
 * @param publishedAt {@code null} for a draft; a future instant for a scheduled one
 */
public record ContentItem<C>(String id, String slug, PublicationStatus status, C content, Instant publishedAt,
		Instant createdAt, Instant updatedAt, long version) implements Publishable {

	@Override
	public String idValue() {
		return this.id;
	}

	public static <C> ContentItem<C> draft(String id, String slug, C content, Instant now) {
		return new ContentItem<>(id, slug, PublicationStatus.DRAFT, content, null, now, now, 1);
	}

	public ContentItem<C> withContent(C newContent, Instant now) {
		return new ContentItem<>(this.id, this.slug, this.status, newContent, this.publishedAt, this.createdAt, now,
				this.version + 1);
	}

	/**
	 * Publishes now or at a later time (scheduled); a withdrawn item may come back.
	 */
	public ContentItem<C> publish(Instant at, Instant now) {
		return new ContentItem<>(this.id, this.slug, PublicationStatus.PUBLISHED, this.content,
				at.truncatedTo(ChronoUnit.MILLIS), this.createdAt, now, this.version + 1);
	}

	/**
	 * @param name what the type calls one item in messages, e.g. {@code article}
	 */
	public ContentItem<C> withdraw(Instant now, String name) {
		if (this.status != PublicationStatus.PUBLISHED) {
			throw new InvalidStateException(
					"Only a published " + name + " can be withdrawn; this one is " + this.status);
		}
		return new ContentItem<>(this.id, this.slug, PublicationStatus.WITHDRAWN, this.content, this.publishedAt,
				this.createdAt, now, this.version + 1);
	}

	/**
	 * The same change with what the service derives from the content made anew (a
	 * rendering checked against today): part of the change, not a version.
	 */
	public ContentItem<C> withDerived(C prepared) {
		return new ContentItem<>(this.id, this.slug, this.status, prepared, this.publishedAt, this.createdAt,
				this.updatedAt, this.version);
	}

	/** The same change under another slug (part of the change, not a version). */
	public ContentItem<C> withSlug(String newSlug) {
		return new ContentItem<>(this.id, newSlug, this.status, this.content, this.publishedAt, this.createdAt,
				this.updatedAt, this.version);
	}

}
