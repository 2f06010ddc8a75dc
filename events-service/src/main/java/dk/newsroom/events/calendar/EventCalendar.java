package dk.newsroom.events.calendar;

import java.util.List;

import dk.newsroom.calendar.CalendarEvent;
import dk.newsroom.calendar.CalendarWriter;
import dk.newsroom.events.event.EventContent;
import dk.newsroom.events.event.EventStatus;
import dk.newsroom.events.event.Venue;
import dk.newsroom.platform.content.ContentItem;

import org.springframework.stereotype.Component;

/**
 * The events as iCalendar: each event as the shared writer's {@link CalendarEvent},
 * written by the {@link CalendarWriter} of the {@code calendar} module (which says what
 * every property holds), with this service's product id and settings.
 */
@Component
public class EventCalendar {

	static final String PRODUCT_ID = "-//Newsroom//events-service//DA";

	private final CalendarWriter writer;

	public EventCalendar(CalendarProperties properties) {
		this.writer = new CalendarWriter(PRODUCT_ID, properties.uidDomain(), properties.refreshInterval());
	}

	/** One event, to download or import. */
	public String single(ContentItem<EventContent> event) {
		return this.writer.single(calendarEvent(event));
	}

	/** A feed to subscribe to, refreshed by the subscriber every refresh interval. */
	public String feed(String name, List<ContentItem<EventContent>> events) {
		return this.writer.feed(name, events.stream().map(EventCalendar::calendarEvent).toList());
	}

	private static CalendarEvent calendarEvent(ContentItem<EventContent> event) {
		EventContent content = event.content();
		return new CalendarEvent(event.idValue(), event.version(), content.title(), content.teaser(),
				content.description(), content.startsAt(), content.endsAt(), venue(content.venue()),
				content.registrationUrl(), content.organiser(),
				(content.image() != null) ? content.image().url() : null, content.track(), content.tags(),
				content.isCancelled(), content.eventStatus() == EventStatus.SOLD_OUT, event.createdAt(),
				event.updatedAt());
	}

	private static CalendarEvent.Venue venue(Venue venue) {
		return (venue != null) ? new CalendarEvent.Venue(venue.name(), venue.address(), venue.city()) : null;
	}

}
