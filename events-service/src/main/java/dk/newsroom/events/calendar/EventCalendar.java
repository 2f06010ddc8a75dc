package dk.newsroom.events.calendar;

import java.net.URI;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import dk.newsroom.events.event.EventContent;
import dk.newsroom.platform.content.ContentItem;
import dk.newsroom.events.event.EventContent;
import dk.newsroom.events.event.EventStatus;
import dk.newsroom.events.event.Venue;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.ParameterList;
import net.fortuna.ical4j.model.TextList;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.parameter.Value;
import net.fortuna.ical4j.model.property.Categories;
import net.fortuna.ical4j.model.property.Created;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtEnd;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.DtStart;
import net.fortuna.ical4j.model.property.Image;
import net.fortuna.ical4j.model.property.LastModified;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.Name;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.RefreshInterval;
import net.fortuna.ical4j.model.property.Sequence;
import net.fortuna.ical4j.model.property.Summary;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.Url;
import net.fortuna.ical4j.model.property.XProperty;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableStatus;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;
import net.fortuna.ical4j.validate.ValidationResult;

import org.springframework.stereotype.Component;

/**
 * Writes events as RFC 5545 iCalendar with ical4j. Each event is a VEVENT whose UID is
 * derived from its id alone, so it stays the same across versions; SEQUENCE is the
 * version, so calendar apps take every edit as a revision; DTSTAMP and LAST-MODIFIED are
 * the last change, so the same version always renders the same. Times are UTC, in whole
 * seconds. A cancelled event stays in, with {@code STATUS:CANCELLED}, which is how
 * subscribers learn of it.
 */
@Component
public class EventCalendar {

	static final String PRODUCT_ID = "-//Newsroom//events-service//DA";

	private final CalendarProperties properties;

	public EventCalendar(CalendarProperties properties) {
		this.properties = properties;
		// Loads and initialises the library's classes once at start, not on a request's
		// event-loop thread.
		feed(properties.name(), List.of());
	}

	/** One event, to download or import. */
	public String single(ContentItem<EventContent> event) {
		Calendar calendar = calendar(event.content().title());
		calendar.add(vevent(event));
		return write(calendar);
	}

	/** A feed to subscribe to, refreshed by the subscriber every refresh interval. */
	public String feed(String name, List<ContentItem<EventContent>> events) {
		Calendar calendar = calendar(name);
		calendar
			.add(new RefreshInterval(new ParameterList(List.of(Value.DURATION)), this.properties.refreshInterval()));
		calendar.add(new XProperty("X-PUBLISHED-TTL", this.properties.refreshInterval().toString()));
		events.forEach((event) -> calendar.add(vevent(event)));
		return write(calendar);
	}

	/** The UID of an event in every calendar this service writes, in every version. */
	private String uid(ContentItem<EventContent> event) {
		return event.idValue() + "@" + this.properties.uidDomain();
	}

	private Calendar calendar(String name) {
		Calendar calendar = new Calendar();
		calendar.add(new ProdId(PRODUCT_ID));
		calendar.add(ImmutableVersion.VERSION_2_0);
		calendar.add(ImmutableCalScale.GREGORIAN);
		calendar.add(new Name(name));
		calendar.add(new XProperty("X-WR-CALNAME", name));
		calendar.add(new XProperty("X-WR-TIMEZONE", CopenhagenTimeZone.TZID));
		calendar.add(CopenhagenTimeZone.create());
		return calendar;
	}

	private VEvent vevent(ContentItem<EventContent> event) {
		EventContent content = event.content();
		VEvent vevent = new VEvent(false);
		vevent.add(new Uid(uid(event)));
		vevent.add(new DtStamp(seconds(event.updatedAt())));
		vevent.add(new Created(seconds(event.createdAt())));
		vevent.add(new LastModified(seconds(event.updatedAt())));
		vevent.add(new Sequence(Math.toIntExact(event.version())));
		vevent.add(new DtStart<>(seconds(content.startsAt())));
		// Rounded up, so an event that ends after it starts still does in whole seconds.
		vevent.add(new DtEnd<>(seconds(content.endsAt().plusMillis(999))));
		vevent.add(new Summary(content.isCancelled() ? "AFLYST: " + content.title() : content.title()));
		vevent.add(new Description(description(content)));
		vevent.add(content.isCancelled() ? ImmutableStatus.VEVENT_CANCELLED : ImmutableStatus.VEVENT_CONFIRMED);
		vevent.add(new Categories(new TextList(categories(content))));
		if (content.venue() != null) {
			vevent.add(new Location(location(content.venue())));
		}
		if (content.registrationUrl() != null) {
			vevent.add(new Url(URI.create(content.registrationUrl())));
		}
		if (content.image() != null) {
			vevent.add(new Image(new ParameterList(List.of(Value.URI)), content.image().url()));
		}
		return vevent;
	}

	private static String description(EventContent content) {
		List<String> paragraphs = new ArrayList<>();
		if (content.isCancelled()) {
			paragraphs.add("Arrangementet er aflyst.");
		}
		else if (content.eventStatus() == EventStatus.SOLD_OUT) {
			paragraphs.add("Arrangementet er udsolgt.");
		}
		paragraphs.add(content.teaser());
		if (content.description() != null) {
			paragraphs.add(HtmlToText.fromHtml(content.description()));
		}
		List<String> facts = new ArrayList<>();
		if (content.organiser() != null) {
			facts.add("Arrangør: " + content.organiser());
		}
		if (content.registrationUrl() != null && !content.isCancelled()) {
			facts.add("Tilmelding: " + content.registrationUrl());
		}
		if (!facts.isEmpty()) {
			paragraphs.add(String.join("\n", facts));
		}
		return paragraphs.stream().filter((text) -> !text.isBlank()).collect(Collectors.joining("\n\n"));
	}

	private static List<String> categories(EventContent content) {
		Set<String> categories = new LinkedHashSet<>();
		categories.add(content.track());
		categories.addAll(content.tags());
		return List.copyOf(categories);
	}

	private static String location(Venue venue) {
		return Stream.of(venue.name(), venue.address(), venue.city())
			.filter(Objects::nonNull)
			.collect(Collectors.joining(", "));
	}

	/** iCalendar times have whole seconds. */
	private static Instant seconds(Instant instant) {
		return instant.truncatedTo(ChronoUnit.SECONDS);
	}

	private static String write(Calendar calendar) {
		ValidationResult result = calendar.validate();
		if (result.hasErrors()) {
			throw new IllegalStateException("The iCalendar output is not valid: " + result);
		}
		return ContentLines.fold(calendar.toString());
	}

}
