package dk.newsroom.events.event;

import java.time.Instant;
import java.util.List;

import dk.newsroom.platform.content.InvalidInputException;

/**
 * The part of an event that editors write; everything else is lifecycle. An event ends
 * after it starts.
 *
 * @param description sanitised HTML; may be null
 * @param venue may be null for an event that is online only
 * @param startsAt UTC, millisecond precision
 * @param endsAt UTC, millisecond precision, after {@code startsAt}
 * @param registrationUrl absolute http(s) URL; may be null
 */
public record EventContent(String title, String teaser, String description, String track, Venue venue, Instant startsAt,
		Instant endsAt, String registrationUrl, String organiser, Image image, List<String> tags,
		EventStatus eventStatus) {

	public EventContent {
		if (!endsAt.isAfter(startsAt)) {
			throw new InvalidInputException("endsAt", "must be after startsAt");
		}
	}

	public boolean isCancelled() {
		return this.eventStatus == EventStatus.CANCELLED;
	}

}
