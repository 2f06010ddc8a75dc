package dk.newsroom.people.notice;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

import dk.newsroom.platform.content.InvalidStateException;
import dk.newsroom.platform.content.PublicationStatus;
import dk.newsroom.platform.content.Publishable;

/**
 * A people-news notice and its lifecycle. Every change returns a new notice one version
 * higher.
 */
public record Notice(NoticeId id, String slug, PublicationStatus status, NoticeContent content, Rendering rendering,
		Instant publishedAt, Instant createdAt, Instant updatedAt, long version) implements Publishable {

	@Override
	public String idValue() {
		return this.id.value();
	}

	public static Notice draft(NoticeId id, String slug, NoticeContent content, Rendering rendering, Instant now) {
		return new Notice(id, slug, PublicationStatus.DRAFT, content, rendering, null, now, now, 1);
	}

	public Notice withContent(NoticeContent newContent, Rendering newRendering, Instant now) {
		return new Notice(this.id, this.slug, this.status, newContent, newRendering, this.publishedAt, this.createdAt,
				now, this.version + 1);
	}

	/**
	 * Publishes now or at a later time (scheduled); a withdrawn notice may come back.
	 */
	public Notice publish(Instant at, Instant now) {
		return new Notice(this.id, this.slug, PublicationStatus.PUBLISHED, this.content, this.rendering,
				at.truncatedTo(ChronoUnit.MILLIS), this.createdAt, now, this.version + 1);
	}

	public Notice withdraw(Instant now) {
		if (this.status != PublicationStatus.PUBLISHED) {
			throw new InvalidStateException("Only a published notice can be withdrawn; this one is " + this.status);
		}
		return new Notice(this.id, this.slug, PublicationStatus.WITHDRAWN, this.content, this.rendering,
				this.publishedAt, this.createdAt, now, this.version + 1);
	}

	/** The same change, told and checked anew (part of the change, not a version). */
	public Notice withRendering(Rendering newRendering) {
		return new Notice(this.id, this.slug, this.status, this.content, newRendering, this.publishedAt, this.createdAt,
				this.updatedAt, this.version);
	}

	public Notice withSlug(String newSlug) {
		return new Notice(this.id, newSlug, this.status, this.content, this.rendering, this.publishedAt, this.createdAt,
				this.updatedAt, this.version);
	}

}
