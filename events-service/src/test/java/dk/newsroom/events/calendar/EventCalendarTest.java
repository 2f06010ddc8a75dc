package dk.newsroom.events.calendar;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import dk.newsroom.events.event.EventContent;
import dk.newsroom.events.event.EventStatus;
import dk.newsroom.events.event.Image;
import dk.newsroom.events.event.Venue;
import dk.newsroom.platform.content.ContentItem;
import dk.newsroom.platform.content.PublicationStatus;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.RefreshInterval;
import org.junit.jupiter.api.Test;

import static dk.newsroom.events.calendar.ParsedCalendar.utc;
import static dk.newsroom.events.calendar.ParsedCalendar.value;
import static org.assertj.core.api.Assertions.assertThat;

class EventCalendarTest {

	static final Instant STARTS = Instant.parse("2027-05-20T07:00:00Z");

	final EventCalendar calendar = new EventCalendar(new CalendarProperties("events.example.dk",
			"Newsroom-arrangementer", Duration.ofDays(90), 500, Duration.ofMinutes(30)));

	@Test
	void escapesTextAndReadsItBackUnchanged() {
		EventContent content = content("Data; AI, og \"BI\" – på tværs\\af systemer", EventStatus.SCHEDULED,
				"<p>Første afsnit med æøå &amp; mere.</p><ul><li>Governance</li><li>Datakvalitet</li></ul>"
						+ "<p>Mail os: events&#64;newsroom.dk</p>");

		VEvent vevent = ParsedCalendar.parse(this.calendar.single(event(content, 4))).onlyEvent();

		assertThat(value(vevent, Property.SUMMARY)).isEqualTo("Data; AI, og \"BI\" – på tværs\\af systemer");
		assertThat(value(vevent, Property.DESCRIPTION)).isEqualTo("""
				Dataplatforme i praksis for kommuner og regioner.

				Første afsnit med æøå & mere.
				• Governance
				• Datakvalitet

				Mail os: events@newsroom.dk

				Arrangør: Newsroom Events
				Tilmelding: https://events.newsroom.dk/tilmelding/data""");
		assertThat(value(vevent, Property.LOCATION)).isEqualTo("DGI-Byen, Tietgensgade 65, København V");
		assertThat(value(vevent, Property.UID)).isEqualTo("6745a1f0c2a4b81e2f3d9a10@events.example.dk");
		assertThat(value(vevent, Property.SEQUENCE)).isEqualTo("4");
		assertThat(utc(vevent, Property.DTSTART)).isEqualTo(STARTS);
		assertThat(utc(vevent, Property.DTEND)).isEqualTo(STARTS.plus(Duration.ofHours(8)));
		assertThat(value(vevent, "IMAGE")).isEqualTo("https://billeder.newsroom.dk/data.jpg");
	}

	@Test
	void rendersTheSameVersionTheSameEveryTime() {
		ContentItem<EventContent> event = event(content("Analytics, BI og AI", EventStatus.SCHEDULED, null), 2);

		assertThat(this.calendar.single(event)).isEqualTo(this.calendar.single(event));
		assertThat(this.calendar.feed("Analytics", List.of(event)))
			.isEqualTo(this.calendar.feed("Analytics", List.of(event)));
	}

	@Test
	void saysSoldOutWithoutCancellingAndCancelledWithoutTheRegistrationLink() {
		VEvent soldOut = ParsedCalendar
			.parse(this.calendar.single(event(content("Udsolgt event", EventStatus.SOLD_OUT, null), 3)))
			.onlyEvent();
		VEvent cancelled = ParsedCalendar
			.parse(this.calendar.single(event(content("Aflyst event", EventStatus.CANCELLED, null), 3)))
			.onlyEvent();

		assertThat(value(soldOut, Property.STATUS)).isEqualTo("CONFIRMED");
		assertThat(value(soldOut, Property.DESCRIPTION)).startsWith("Arrangementet er udsolgt.");
		assertThat(value(cancelled, Property.STATUS)).isEqualTo("CANCELLED");
		assertThat(value(cancelled, Property.SUMMARY)).isEqualTo("AFLYST: Aflyst event");
		assertThat(value(cancelled, Property.DESCRIPTION)).doesNotContain("Tilmelding");
	}

	@Test
	void leavesOutWhatAnOnlineEventDoesNotHave() {
		EventContent online = new EventContent("Webinar om NIS2", "En time om de nye krav.", null, "Sikkerhed", null,
				STARTS, STARTS.plus(Duration.ofHours(1)), null, null, null, List.of(), EventStatus.SCHEDULED);

		VEvent vevent = ParsedCalendar.parse(this.calendar.single(event(online, 1))).onlyEvent();

		assertThat(vevent.getProperty(Property.LOCATION)).isEmpty();
		assertThat(vevent.getProperty(Property.URL)).isEmpty();
		assertThat(vevent.getProperty("IMAGE")).isEmpty();
		assertThat(value(vevent, Property.DESCRIPTION)).isEqualTo("En time om de nye krav.");
		assertThat(value(vevent, Property.CATEGORIES)).isEqualTo("Sikkerhed");
	}

	@Test
	void writesWholeSecondsKeepingTheEndAfterTheStart() {
		Instant start = Instant.parse("2027-05-20T07:00:00.500Z");
		EventContent brief = new EventContent("Lynoplæg", "Et meget kort oplæg.", null, "Cloud", null, start,
				start.plusMillis(400), null, null, null, List.of(), EventStatus.SCHEDULED);

		VEvent vevent = ParsedCalendar.parse(this.calendar.single(event(brief, 1))).onlyEvent();

		assertThat(utc(vevent, Property.DTSTART)).isEqualTo(Instant.parse("2027-05-20T07:00:00Z"));
		assertThat(utc(vevent, Property.DTEND)).isEqualTo(Instant.parse("2027-05-20T07:00:01Z"));
	}

	@Test
	void namesTheFeedAndAsksSubscribersToRefresh() {
		ParsedCalendar feed = ParsedCalendar.parse(this.calendar.feed("Newsroom-arrangementer: Sikkerhed", List.of()));

		assertThat(feed.value(Property.NAME)).isEqualTo("Newsroom-arrangementer: Sikkerhed");
		assertThat(feed.value(RefreshInterval.PROPERTY_NAME)).isEqualTo("PT30M");
		assertThat(feed.value("X-PUBLISHED-TTL")).isEqualTo("PT30M");
		assertThat(feed.value("X-WR-TIMEZONE")).isEqualTo("Europe/Copenhagen");
		assertThat(feed.value(Property.CALSCALE)).isEqualTo("GREGORIAN");
	}

	private static EventContent content(String title, EventStatus status, String description) {
		return new EventContent(title, "Dataplatforme i praksis for kommuner og regioner.", description, "Analytics",
				new Venue("DGI-Byen", "Tietgensgade 65", "København V"), STARTS, STARTS.plus(Duration.ofHours(8)),
				"https://events.newsroom.dk/tilmelding/data", "Newsroom Events",
				new Image("https://billeder.newsroom.dk/data.jpg", null, null), List.of("data", "Analytics"), status);
	}

	private static ContentItem<EventContent> event(EventContent content, long version) {
		Instant created = Instant.parse("2027-01-10T10:00:00.123Z");
		return new ContentItem<>("6745a1f0c2a4b81e2f3d9a10", "slug", PublicationStatus.PUBLISHED, content, created,
				created, created.plusSeconds(version * 60), version);
	}

}
