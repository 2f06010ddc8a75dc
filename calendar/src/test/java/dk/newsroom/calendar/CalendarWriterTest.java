package dk.newsroom.calendar;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.Temporal;
import java.util.List;
import java.util.Objects;

import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.data.ParserException;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.Parameter;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.CalendarComponent;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.DateProperty;
import net.fortuna.ical4j.model.property.RefreshInterval;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The writer's output read back by ical4j's {@link CalendarBuilder}, the way a calendar
 * app reads it, and compared byte for byte with what the events-service wrote before the
 * writer was shared: a change there is a change for every subscriber.
 */
class CalendarWriterTest {

	static final Instant STARTS = Instant.parse("2027-05-20T07:00:00Z");

	static final Instant CREATED = Instant.parse("2027-01-10T10:00:00.123Z");

	final CalendarWriter writer = new CalendarWriter("-//Newsroom//events-service//DA", "events.example.dk",
			Duration.ofMinutes(30));

	@Test
	void writesOneEventThatReadsBackWithItsUidSequenceAndTimes() {
		Calendar calendar = parse(this.writer.single(event("Data og AI i kommunerne", 4, false, false, null)));

		VEvent vevent = onlyEvent(calendar);
		assertThat(value(calendar, Property.PRODID)).isEqualTo("-//Newsroom//events-service//DA");
		assertThat(value(calendar, Property.NAME)).isEqualTo("Data og AI i kommunerne");
		assertThat(value(vevent, Property.UID)).isEqualTo("6745a1f0c2a4b81e2f3d9a10@events.example.dk");
		assertThat(value(vevent, Property.SEQUENCE)).isEqualTo("4");
		assertThat(utc(vevent, Property.DTSTART)).isEqualTo(STARTS);
		assertThat(utc(vevent, Property.DTEND)).isEqualTo(STARTS.plus(Duration.ofHours(8)));
		assertThat(utc(vevent, Property.DTSTAMP)).isEqualTo(Instant.parse("2027-01-10T10:04:00Z"));
		assertThat(utc(vevent, Property.CREATED)).isEqualTo(Instant.parse("2027-01-10T10:00:00Z"));
		assertThat(value(vevent, Property.SUMMARY)).isEqualTo("Data og AI i kommunerne");
		assertThat(value(vevent, Property.STATUS)).isEqualTo("CONFIRMED");
		assertThat(value(vevent, Property.LOCATION)).isEqualTo("DGI-Byen, Tietgensgade 65, København V");
		assertThat(value(vevent, Property.URL)).isEqualTo("https://events.newsroom.dk/tilmelding/data");
		assertThat(value(vevent, Property.CATEGORIES)).isEqualTo("Analytics,data");
		assertThat(value(vevent, "IMAGE")).isEqualTo("https://billeder.newsroom.dk/data.jpg");
		assertThat(value(vevent, Property.DESCRIPTION)).isEqualTo("""
				Dataplatforme i praksis for kommuner og regioner.

				Arrangør: Newsroom Events
				Tilmelding: https://events.newsroom.dk/tilmelding/data""");
	}

	@Test
	void marksACancelledEventCancelledInItsStatusAndSummary() {
		VEvent vevent = onlyEvent(parse(this.writer.single(event("Aflyst event", 3, true, true, null))));

		assertThat(value(vevent, Property.STATUS)).isEqualTo("CANCELLED");
		assertThat(value(vevent, Property.SUMMARY)).isEqualTo("AFLYST: Aflyst event");
		assertThat(value(vevent, Property.DESCRIPTION)).startsWith("Arrangementet er aflyst.")
			.doesNotContain("udsolgt", "Tilmelding");
		assertThat(value(vevent, Property.UID)).isEqualTo("6745a1f0c2a4b81e2f3d9a10@events.example.dk");
	}

	@Test
	void saysSoldOutWithoutCancelling() {
		VEvent vevent = onlyEvent(parse(this.writer.single(event("Udsolgt event", 3, false, true, null))));

		assertThat(value(vevent, Property.STATUS)).isEqualTo("CONFIRMED");
		assertThat(value(vevent, Property.SUMMARY)).isEqualTo("Udsolgt event");
		assertThat(value(vevent, Property.DESCRIPTION)).startsWith("Arrangementet er udsolgt.")
			.contains("Tilmelding: ");
	}

	@Test
	void foldsALongDanishDescriptionAtOctetsAndReadsItBackWhole() {
		String paragraph = "Ærø, Æbeltoft og Østersøen: grøn strøm på øerne, åbne data og blå bølger. ".repeat(6)
			.strip();

		String text = this.writer.single(event("Grøn strøm på øerne", 2, false, false, "<p>" + paragraph + "</p>"));

		assertThat(text).contains("\r\n ");
		assertThat(text.split("\r\n")).filteredOn((line) -> line.startsWith(" ")).hasSizeGreaterThan(4);
		assertThat(value(onlyEvent(parse(text)), Property.DESCRIPTION))
			.isEqualTo("Dataplatforme i praksis for kommuner og regioner.\n\n" + paragraph
					+ "\n\nArrangør: Newsroom Events\nTilmelding: https://events.newsroom.dk/tilmelding/data");
	}

	@Test
	void leavesOutWhatAnOnlineEventDoesNotHave() {
		CalendarEvent online = new CalendarEvent("6745a1f0c2a4b81e2f3d9a11", 1, "Webinar om NIS2",
				"En time om de nye krav.", null, STARTS, STARTS.plus(Duration.ofHours(1)), null, null, null, null,
				"Sikkerhed", List.of(), false, false, CREATED, CREATED);

		VEvent vevent = onlyEvent(parse(this.writer.single(online)));

		assertThat(vevent.getProperty(Property.LOCATION)).isEmpty();
		assertThat(vevent.getProperty(Property.URL)).isEmpty();
		assertThat(vevent.getProperty("IMAGE")).isEmpty();
		assertThat(value(vevent, Property.DESCRIPTION)).isEqualTo("En time om de nye krav.");
		assertThat(value(vevent, Property.CATEGORIES)).isEqualTo("Sikkerhed");
	}

	@Test
	void namesAFeedAndAsksSubscribersToRefreshIt() {
		Calendar feed = parse(this.writer.feed("Newsroom-arrangementer: Sikkerhed", List.of()));

		assertThat(feed.<CalendarComponent>getComponents(Component.VEVENT)).isEmpty();
		assertThat(value(feed, Property.NAME)).isEqualTo("Newsroom-arrangementer: Sikkerhed");
		assertThat(value(feed, "X-WR-CALNAME")).isEqualTo("Newsroom-arrangementer: Sikkerhed");
		assertThat(value(feed, RefreshInterval.PROPERTY_NAME)).isEqualTo("PT30M");
		assertThat(value(feed, "X-PUBLISHED-TTL")).isEqualTo("PT30M");
		assertThat(value(feed, "X-WR-TIMEZONE")).isEqualTo("Europe/Copenhagen");
		assertThat(feed.<CalendarComponent>getComponents(Component.VTIMEZONE)).singleElement()
			.satisfies((zone) -> assertThat(zone.getProperty(Property.TZID).map(Property::getValue))
				.hasValue("Europe/Copenhagen"));
	}

	@Test
	void writesTheSameBytesAsTheEventsServiceDidBeforeTheWriterWasShared() {
		String description = "<p>Første afsnit med æøå &amp; mere.</p>"
				+ "<ul><li>Governance</li><li>Datakvalitet</li></ul>";
		CalendarEvent scheduled = event("Data; AI, og \"BI\" – på tværs\\af systemer", 4, false, false, description);
		CalendarEvent cancelled = event("6745a1f0c2a4b81e2f3d9a11", "Aflyst event", 3, true, false, null);

		assertThat(this.writer.single(scheduled)).isEqualTo(expected("single.ics"));
		assertThat(this.writer.feed("Newsroom-arrangementer: Analytics", List.of(scheduled, cancelled)))
			.isEqualTo(expected("feed.ics"));
	}

	private static CalendarEvent event(String title, long version, boolean cancelled, boolean soldOut,
			@Nullable String descriptionHtml) {
		return event("6745a1f0c2a4b81e2f3d9a10", title, version, cancelled, soldOut, descriptionHtml);
	}

	private static CalendarEvent event(String id, String title, long version, boolean cancelled, boolean soldOut,
			@Nullable String descriptionHtml) {
		return new CalendarEvent(id, version, title, "Dataplatforme i praksis for kommuner og regioner.",
				descriptionHtml, STARTS, STARTS.plus(Duration.ofHours(8)),
				new CalendarEvent.Venue("DGI-Byen", "Tietgensgade 65", "København V"),
				"https://events.newsroom.dk/tilmelding/data", "Newsroom Events",
				"https://billeder.newsroom.dk/data.jpg", "Analytics", List.of("data", "Analytics"), cancelled, soldOut,
				CREATED, CREATED.plusSeconds(version * 60));
	}

	/**
	 * Parses as a calendar app would, after the checks every output must pass: CRLF line
	 * ends, no line longer than 75 octets, and valid to ical4j.
	 */
	private static Calendar parse(String text) {
		assertThat(text).startsWith("BEGIN:VCALENDAR\r\n").endsWith("END:VCALENDAR\r\n");
		assertThat(text.replace("\r\n", "")).doesNotContain("\n", "\r");
		assertThat(text.split("\r\n")).allSatisfy(
				(line) -> assertThat(line.getBytes(StandardCharsets.UTF_8).length).as(line).isLessThanOrEqualTo(75));
		try {
			Calendar calendar = new CalendarBuilder().build(new StringReader(text));
			assertThat(calendar.validate().hasErrors()).as(calendar.validate().toString()).isFalse();
			return calendar;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (ParserException ex) {
			throw new AssertionError("Not iCalendar: " + ex.getMessage() + "\n" + text, ex);
		}
	}

	private static VEvent onlyEvent(Calendar calendar) {
		List<VEvent> events = calendar.getComponents(Component.VEVENT);
		assertThat(events).hasSize(1);
		return events.get(0);
	}

	private static String value(Calendar calendar, String name) {
		return calendar.getProperty(name).map(Property::getValue).orElse(null);
	}

	private static String value(VEvent event, String name) {
		return event.getProperty(name).map(Property::getValue).orElse(null);
	}

	/** A DTSTART, DTEND, DTSTAMP or CREATED, checked to be UTC, as an instant. */
	private static Instant utc(VEvent event, String name) {
		DateProperty<? extends Temporal> property = event.<DateProperty<? extends Temporal>>getProperty(name)
			.orElseThrow(() -> new AssertionError("No " + name));
		assertThat(property.isUtc()).as(name + " in UTC").isTrue();
		assertThat(property.<Parameter>getParameter(Parameter.TZID)).as(name + " without TZID").isEmpty();
		return Instant.from(property.getDate());
	}

	/**
	 * An expected output, kept with LF line ends like every text file here: iCalendar's
	 * CRLF, the only line break in the output, is put back.
	 */
	private static String expected(String file) {
		try (InputStream in = Objects.requireNonNull(CalendarWriterTest.class.getResourceAsStream(file), file)) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8).replace("\n", "\r\n");
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
