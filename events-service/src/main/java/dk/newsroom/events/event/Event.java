package dk.newsroom.events.event;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

import dk.newsroom.platform.content.InvalidStateException;
import dk.newsroom.platform.content.PublicationStatus;
import dk.newsroom.platform.content.Publishable;

/**
 * An event and its publication lifecycle. Every change returns a new event one version
 * higher. Cancelling is an edit of the content ({@link EventStatus}), not a withdrawal: a
 * cancelled event stays public.
 */
public record Event(EventId id, String slug, PublicationStatus status, EventContent content, Instant publishedAt,
		Instant createdAt, Instant updatedAt, long version) implements Publishable {

	@Override
	public String idValue() {
		return this.id.value();
	}

	public static Event draft(EventId id, String slug, EventContent content, Instant now) {
		return new Event(id, slug, PublicationStatus.DRAFT, content, null, now, now, 1);
	}

	public Event withContent(EventContent newContent, Instant now) {
		return new Event(this.id, this.slug, this.status, newContent, this.publishedAt, this.createdAt, now,
				this.version + 1);
	}

	/**
	 * Publishes now or at a later time (scheduled); a withdrawn event may come back.
	 */
	public Event publish(Instant at, Instant now) {
		return new Event(this.id, this.slug, PublicationStatus.PUBLISHED, this.content,
				at.truncatedTo(ChronoUnit.MILLIS), this.createdAt, now, this.version + 1);
	}

	public Event withdraw(Instant now) {
		if (this.status != PublicationStatus.PUBLISHED) {
			throw new InvalidStateException("Only a published event can be withdrawn; this one is " + this.status);
		}
		return new Event(this.id, this.slug, PublicationStatus.WITHDRAWN, this.content, this.publishedAt,
				this.createdAt, now, this.version + 1);
	}

	public Event withSlug(String newSlug) {
		return new Event(this.id, newSlug, this.status, this.content, this.publishedAt, this.createdAt, this.updatedAt,
				this.version);
	}

}
