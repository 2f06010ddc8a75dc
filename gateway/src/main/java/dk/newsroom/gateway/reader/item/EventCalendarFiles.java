package dk.newsroom.gateway.reader.item;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import dk.newsroom.calendar.CalendarEvent;
import dk.newsroom.calendar.CalendarWriter;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.json.JsonMapper;

/**
 * An event as the iCalendar file behind its page's "Tilføj til kalender"
 * ({@code /arrangementer/{slug}.ics}), written from the gateway's copy of the event by
 * the writer the events-service uses for its own calendars ({@code newsroom-calendar}):
 * the same UID ({@code <id>@<uid domain>}), SEQUENCE (the version), status and text, so a
 * calendar app that also subscribes to the track's calendar sees one event.
 */
final class EventCalendarFiles {

	static final String PRODUCT_ID = "-//Newsroom//reader site//DA";

	private final CalendarWriter writer;

	private final JsonMapper json;

	EventCalendarFiles(String uidDomain, JsonMapper json) {
		// A single event carries no refresh interval; the writer wants one for feeds.
		this.writer = new CalendarWriter(PRODUCT_ID, uidDomain, Duration.ofHours(1));
		this.json = json;
	}

	/**
	 * Reads the event from the whole resource (as its topic or its service carries it).
	 */
	CalendarEvent read(byte[] source) {
		return calendarEvent(this.json.readValue(source, EventSource.class));
	}

	/** The event's calendar file, UTF-8. */
	byte[] write(CalendarEvent event) {
		return this.writer.single(event).getBytes(StandardCharsets.UTF_8);
	}

	static CalendarEvent calendarEvent(EventSource event) {
		EventSource.Venue venue = event.venue();
		Instant published = (event.publishedAt() != null) ? event.publishedAt() : event.startsAt();
		Instant created = (event.createdAt() != null) ? event.createdAt() : published;
		Instant updated = (event.updatedAt() != null) ? event.updatedAt() : created;
		return new CalendarEvent(event.id(), event.version(), event.title(), text(event.teaser()), event.description(),
				event.startsAt(), (event.endsAt() != null) ? event.endsAt() : event.startsAt(),
				(venue != null && venue.name() != null)
						? new CalendarEvent.Venue(venue.name(), venue.address(), venue.city()) : null,
				event.registrationUrl(), event.organiser(), (event.image() != null) ? event.image().url() : null,
				text(event.track()), (event.tags() != null) ? event.tags() : List.of(),
				"CANCELLED".equals(event.eventStatus()), "SOLD_OUT".equals(event.eventStatus()), created, updated);
	}

	private static String text(@Nullable String value) {
		return (value != null) ? value : "";
	}

}
