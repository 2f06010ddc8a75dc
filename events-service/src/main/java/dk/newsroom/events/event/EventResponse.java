package dk.newsroom.events.event;

import java.time.Instant;
import java.util.List;

import dk.newsroom.platform.content.ContentItem;
import dk.newsroom.platform.content.PublicationStatus;

/**
 * An event as the API returns it, and as its change events carry it (docs/design.md §4).
 *
 * @param status the publication status ({@code DRAFT}, {@code PUBLISHED},
 * {@code WITHDRAWN})
 * @param eventStatus the event's own status ({@code SCHEDULED}, {@code SOLD_OUT},
 * {@code CANCELLED})
 */
public record EventResponse(String id, String slug, PublicationStatus status, EventStatus eventStatus, String title,
		String teaser, String description, String track, Venue venue, Instant startsAt, Instant endsAt,
		String registrationUrl, String organiser, Image image, List<String> tags, Instant publishedAt,
		Instant createdAt, Instant updatedAt, long version) {

	static EventResponse from(ContentItem<EventContent> event) {
		EventContent content = event.content();
		return new EventResponse(event.id(), event.slug(), event.status(), content.eventStatus(), content.title(),
				content.teaser(), content.description(), content.track(), content.venue(), content.startsAt(),
				content.endsAt(), content.registrationUrl(), content.organiser(), content.image(), content.tags(),
				event.publishedAt(), event.createdAt(), event.updatedAt(), event.version());
	}

}
