package dk.newsroom.calendar;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

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

/**
 * Writes events as RFC 5545 iCalendar with ical4j. Each event is a VEVENT whose UID is
 * derived from its id alone, so it stays the same across versions; SEQUENCE is the
 * version, so calendar apps take every edit as a revision; DTSTAMP and LAST-MODIFIED are
 * the last change, so the same version always renders the same. Times are UTC, in whole
 * seconds. A cancelled event stays in, with {@code STATUS:CANCELLED}, which is how
 * subscribers learn of it. Every output is validated by ical4j and folded at 75 octets.
 * <p>
 * Immutable and thread-safe. Writing is CPU work only; the constructor writes an empty
 * feed once, so the library's classes are loaded and initialised where the writer is
 * made, not on the thread of the first request.
 */
public final class CalendarWriter {

	private final String productId;

	private final String uidDomain;

	private final Duration refreshInterval;

	/**
	 * @param productId the calendar's PRODID, e.g.
	 * {@code -//Newsroom//events-service//DA}
	 * @param uidDomain right-hand side of every UID ({@code <id>@<uidDomain>}); every app
	 * that writes the same events must use the same one, and it must never change in
	 * production, or subscribers see every event twice
	 * @param refreshInterval how often subscribers should fetch a feed again
	 */
	public CalendarWriter(String productId, String uidDomain, Duration refreshInterval) {
		this.productId = productId;
		this.uidDomain = uidDomain;
		this.refreshInterval = refreshInterval;
		feed("warm-up", List.of());
	}

	/** One event, to download or import: a calendar named after its title. */
	public String single(CalendarEvent event) {
		Calendar calendar = calendar(event.title());
		calendar.add(vevent(event));
		return write(calendar);
	}

	/** A feed to subscribe to, refreshed by the subscriber every refresh interval. */
	public String feed(String name, List<CalendarEvent> events) {
		Calendar calendar = calendar(name);
		calendar.add(new RefreshInterval(new ParameterList(List.of(Value.DURATION)), this.refreshInterval));
		calendar.add(new XProperty("X-PUBLISHED-TTL", this.refreshInterval.toString()));
		events.forEach((event) -> calendar.add(vevent(event)));
		return write(calendar);
	}

	/** The UID of an event in every calendar written, in every version. */
	private String uid(CalendarEvent event) {
		return event.id() + "@" + this.uidDomain;
	}

	private Calendar calendar(String name) {
		Calendar calendar = new Calendar();
		calendar.add(new ProdId(this.productId));
		calendar.add(ImmutableVersion.VERSION_2_0);
		calendar.add(ImmutableCalScale.GREGORIAN);
		calendar.add(new Name(name));
		calendar.add(new XProperty("X-WR-CALNAME", name));
		calendar.add(new XProperty("X-WR-TIMEZONE", CopenhagenTimeZone.TZID));
		calendar.add(CopenhagenTimeZone.create());
		return calendar;
	}

	private VEvent vevent(CalendarEvent event) {
		VEvent vevent = new VEvent(false);
		vevent.add(new Uid(uid(event)));
		vevent.add(new DtStamp(seconds(event.updatedAt())));
		vevent.add(new Created(seconds(event.createdAt())));
		vevent.add(new LastModified(seconds(event.updatedAt())));
		vevent.add(new Sequence(Math.toIntExact(event.version())));
		vevent.add(new DtStart<>(seconds(event.startsAt())));
		// Rounded up, so an event that ends after it starts still does in whole seconds.
		vevent.add(new DtEnd<>(seconds(event.endsAt().plusMillis(999))));
		vevent.add(new Summary(event.cancelled() ? "AFLYST: " + event.title() : event.title()));
		vevent.add(new Description(description(event)));
		vevent.add(event.cancelled() ? ImmutableStatus.VEVENT_CANCELLED : ImmutableStatus.VEVENT_CONFIRMED);
		vevent.add(new Categories(new TextList(categories(event))));
		CalendarEvent.Venue venue = event.venue();
		if (venue != null) {
			vevent.add(new Location(location(venue)));
		}
		String registrationUrl = event.registrationUrl();
		if (registrationUrl != null) {
			vevent.add(new Url(URI.create(registrationUrl)));
		}
		String imageUrl = event.imageUrl();
		if (imageUrl != null) {
			vevent.add(new Image(new ParameterList(List.of(Value.URI)), imageUrl));
		}
		return vevent;
	}

	private static String description(CalendarEvent event) {
		List<String> paragraphs = new ArrayList<>();
		if (event.cancelled()) {
			paragraphs.add("Arrangementet er aflyst.");
		}
		else if (event.soldOut()) {
			paragraphs.add("Arrangementet er udsolgt.");
		}
		paragraphs.add(event.teaser());
		String descriptionHtml = event.descriptionHtml();
		if (descriptionHtml != null) {
			paragraphs.add(Objects.requireNonNull(HtmlToText.fromHtml(descriptionHtml)));
		}
		List<String> facts = new ArrayList<>();
		if (event.organiser() != null) {
			facts.add("Arrangør: " + event.organiser());
		}
		if (event.registrationUrl() != null && !event.cancelled()) {
			facts.add("Tilmelding: " + event.registrationUrl());
		}
		if (!facts.isEmpty()) {
			paragraphs.add(String.join("\n", facts));
		}
		return paragraphs.stream().filter((text) -> !text.isBlank()).collect(Collectors.joining("\n\n"));
	}

	private static List<String> categories(CalendarEvent event) {
		Set<String> categories = new LinkedHashSet<>();
		categories.add(event.track());
		categories.addAll(event.tags());
		return List.copyOf(categories);
	}

	private static String location(CalendarEvent.Venue venue) {
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
