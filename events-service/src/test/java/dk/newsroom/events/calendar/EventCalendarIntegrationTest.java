package dk.newsroom.events.calendar;

import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Map;

import dk.newsroom.security.Scopes;
import dk.newsroom.testsupport.TestTokens;
import dk.newsroom.events.event.EventApi;
import dk.newsroom.events.event.EventFixtures;
import dk.newsroom.events.event.EventResponse;
import dk.newsroom.testsupport.NewsroomIntegrationTest;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.CalendarComponent;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.RefreshInterval;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

import static dk.newsroom.events.calendar.ParsedCalendar.utc;
import static dk.newsroom.events.calendar.ParsedCalendar.value;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The iCalendar endpoints, their output parsed back by ical4j: one event, and the feed of
 * a track that calendar apps subscribe to.
 */
@NewsroomIntegrationTest
class EventCalendarIntegrationTest {

	static final String UID_DOMAIN = "@events.newsroom.dk";

	@Autowired
	WebTestClient http;

	EventApi api;

	String tag;

	@BeforeEach
	void setUp() {
		this.api = new EventApi(this.http);
		this.tag = EventFixtures.uniqueTag();
	}

	@Test
	void servesOneEventAsValidICalendarInUtc() {
		EventResponse event = this.api
			.published(EventFixtures.validEvent(this.tag, OffsetDateTime.parse("2027-03-12T09:00:00+01:00")));

		ParsedCalendar calendar = ParsedCalendar.parse(this.http.get()
			.uri("/api/events/{id}.ics", event.id())
			.exchange()
			.expectStatus()
			.isOk()
			.expectHeader()
			.contentType("text/calendar;charset=UTF-8")
			.expectHeader()
			.valueEquals(HttpHeaders.ETAG, "\"2\"")
			.expectHeader()
			.value(HttpHeaders.CONTENT_DISPOSITION,
					(disposition) -> assertThat(disposition).startsWith("attachment").contains(event.slug() + ".ics"))
			.expectBody(String.class)
			.returnResult()
			.getResponseBody());

		VEvent vevent = calendar.onlyEvent();
		assertThat(calendar.value(Property.VERSION)).isEqualTo("2.0");
		assertThat(calendar.value(Property.PRODID)).isEqualTo("-//Newsroom//events-service//DA");
		assertThat(value(vevent, Property.UID)).isEqualTo(event.id() + UID_DOMAIN);
		assertThat(value(vevent, Property.SEQUENCE)).isEqualTo("2");
		assertThat(utc(vevent, Property.DTSTART)).isEqualTo(event.startsAt())
			.isEqualTo(OffsetDateTime.parse("2027-03-12T09:00:00+01:00").toInstant());
		assertThat(utc(vevent, Property.DTEND)).isEqualTo(event.endsAt());
		assertThat(utc(vevent, Property.DTSTAMP)).isEqualTo(event.updatedAt().truncatedTo(ChronoUnit.SECONDS));
		assertThat(value(vevent, Property.SUMMARY)).isEqualTo(EventFixtures.TITLE);
		assertThat(value(vevent, Property.STATUS)).isEqualTo("CONFIRMED");
		assertThat(value(vevent, Property.LOCATION))
			.isEqualTo("Nordhavn Konferencecenter, Århusgade 88, 2100 København Ø, København Ø");
		assertThat(value(vevent, Property.URL)).isEqualTo(event.registrationUrl());
		assertThat(value(vevent, Property.DESCRIPTION)).startsWith(event.teaser())
			.contains("Hør hvordan kommunerne øver beredskab året rundt.")
			.contains("Arrangør: Newsroom Events")
			.doesNotContain("<p>", "<strong>", "alert");
		assertThat(vevent.<Property>getProperty(Property.CATEGORIES).orElseThrow().getValue()).contains("Sikkerhed",
				this.tag);
		assertThat(calendar.text()).contains("SUMMARY:Cybersikkerhed i den offentlige sektor: øvelser på Østerbro");
	}

	@Test
	void keepsTheUidAcrossVersionsAndTakesTheSequenceFromTheVersion() {
		EventResponse published = this.api.published(EventFixtures.validEvent(this.tag));
		VEvent before = ParsedCalendar.parse(ics(published.id())).onlyEvent();
		Map<String, Object> moved = EventFixtures.validEvent(this.tag, EventFixtures.morningIn(31));
		moved.put("title", "Flyttet: beredskab på Østerbro");
		EventResponse updated = this.api.update(published, moved);

		VEvent after = ParsedCalendar.parse(ics(published.id())).onlyEvent();

		assertThat(value(after, Property.UID)).isEqualTo(value(before, Property.UID))
			.isEqualTo(published.id() + UID_DOMAIN);
		assertThat(value(before, Property.SEQUENCE)).isEqualTo("2");
		assertThat(value(after, Property.SEQUENCE)).isEqualTo(String.valueOf(updated.version())).isEqualTo("3");
		assertThat(utc(after, Property.DTSTART)).isEqualTo(updated.startsAt()).isAfter(utc(before, Property.DTSTART));
		assertThat(value(after, Property.SUMMARY)).isEqualTo("Flyttet: beredskab på Østerbro");
		assertThat(utc(after, Property.LAST_MODIFIED)).isEqualTo(updated.updatedAt().truncatedTo(ChronoUnit.SECONDS));
	}

	@Test
	void marksACancelledEventCancelled() {
		EventResponse published = this.api.published(EventFixtures.validEvent(this.tag));
		Map<String, Object> cancelled = EventFixtures.validEvent(this.tag);
		cancelled.put("eventStatus", "CANCELLED");
		this.api.update(published, cancelled);

		VEvent vevent = ParsedCalendar.parse(ics(published.id())).onlyEvent();

		assertThat(value(vevent, Property.STATUS)).isEqualTo("CANCELLED");
		assertThat(value(vevent, Property.SUMMARY)).isEqualTo("AFLYST: " + EventFixtures.TITLE);
		assertThat(value(vevent, Property.DESCRIPTION)).startsWith("Arrangementet er aflyst.")
			.doesNotContain("Tilmelding:");
		assertThat(value(vevent, Property.SEQUENCE)).isEqualTo("3");
	}

	@Test
	void feedsATrackWithOnlyItsPublicEventsCancelledOnesIncluded() {
		String track = "Infrastruktur " + this.tag;
		String soon = published(track, EventFixtures.morningIn(2)).id();
		String later = published(track, EventFixtures.morningIn(9)).id();
		String recentlyEnded = published(track, EventFixtures.morningIn(-3)).id();
		EventResponse toCancel = published(track, EventFixtures.morningIn(5));
		Map<String, Object> cancelled = inTrack(track, EventFixtures.morningIn(5));
		cancelled.put("eventStatus", "CANCELLED");
		this.api.update(toCancel, cancelled);
		published(track, EventFixtures.morningIn(-200));
		this.api.create(inTrack(track, EventFixtures.morningIn(3)));
		String scheduled = this.api.create(inTrack(track, EventFixtures.morningIn(4))).id();
		this.api.publish(scheduled, Map.of("publishAt", OffsetDateTime.now().plusDays(1).toString()));
		String withdrawn = published(track, EventFixtures.morningIn(6)).id();
		editor().post().uri("/api/events/{id}/withdraw", withdrawn).exchange().expectStatus().isOk();
		String deleted = published(track, EventFixtures.morningIn(7)).id();
		editor().delete().uri("/api/events/{id}", deleted).exchange().expectStatus().isNoContent();
		published("Sikkerhed", EventFixtures.morningIn(2));

		ParsedCalendar feed = ParsedCalendar.parse(this.http.get()
			.uri("/api/events/calendar.ics?track={track}", track.toLowerCase())
			.exchange()
			.expectStatus()
			.isOk()
			.expectHeader()
			.contentTypeCompatibleWith(MediaType.parseMediaType("text/calendar"))
			.expectBody(String.class)
			.returnResult()
			.getResponseBody());

		assertThat(feed.events()).extracting((event) -> value(event, Property.UID))
			.containsExactly(recentlyEnded + UID_DOMAIN, soon + UID_DOMAIN, toCancel.id() + UID_DOMAIN,
					later + UID_DOMAIN);
		assertThat(value(feed.event(toCancel.id() + UID_DOMAIN), Property.STATUS)).isEqualTo("CANCELLED");
		assertThat(feed.value(Property.NAME)).isEqualTo("Newsroom-arrangementer: " + track);
		assertThat(feed.value("X-WR-CALNAME")).isEqualTo("Newsroom-arrangementer: " + track);
		assertThat(feed.value(RefreshInterval.PROPERTY_NAME)).isEqualTo("PT1H");
		assertThat(feed.events())
			.allSatisfy((event) -> assertThat(event.<Property>getProperty(Property.CATEGORIES).orElseThrow().getValue())
				.startsWith(track));
	}

	@Test
	void keepsAFeedWithNoEventsValid() {
		ParsedCalendar feed = ParsedCalendar.parse(this.http.get()
			.uri("/api/events/calendar.ics?track={track}", "Ingen arrangementer " + this.tag)
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(String.class)
			.returnResult()
			.getResponseBody());

		assertThat(feed.events()).isEmpty();
		assertThat(feed.calendar().<CalendarComponent>getComponents(Component.VTIMEZONE)).singleElement()
			.satisfies((zone) -> assertThat(zone.getProperty(Property.TZID).map(Property::getValue))
				.hasValue("Europe/Copenhagen"));
	}

	@Test
	void feedsEveryTrackWithoutATrackParameter() {
		String first = published("Analytics " + this.tag, EventFixtures.morningIn(2)).id();
		String second = published("Cloud " + this.tag, EventFixtures.morningIn(3)).id();

		ParsedCalendar feed = ParsedCalendar.parse(this.http.get()
			.uri("/api/events/calendar.ics")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(String.class)
			.returnResult()
			.getResponseBody());

		assertThat(feed.events()).extracting((event) -> value(event, Property.UID))
			.contains(first + UID_DOMAIN, second + UID_DOMAIN);
		assertThat(feed.value(Property.NAME)).isEqualTo("Newsroom-arrangementer");
	}

	@Test
	void foldsLongDanishLinesAtOctetsAndReadsThemBackWhole() {
		Map<String, Object> body = EventFixtures.validEvent(this.tag);
		String title = "Ærø, Æbeltoft og Østersøen: " + "grøn strøm på øerne og åbne data ".repeat(5).strip();
		body.put("title", title);
		EventResponse event = this.api.published(body);

		ParsedCalendar calendar = ParsedCalendar.parse(ics(event.id()));

		assertThat(calendar.text()).contains("\r\n ");
		assertThat(value(calendar.onlyEvent(), Property.SUMMARY)).isEqualTo(title);
	}

	@Test
	void hidesDraftsAndUnknownEventsFromAnonymousReaders() {
		EventResponse draft = this.api.create(EventFixtures.validEvent(this.tag));

		this.http.get().uri("/api/events/{id}.ics", draft.id()).exchange().expectStatus().isNotFound();
		this.http.get()
			.uri("/api/events/{id}.ics", draft.id())
			.accept(MediaType.parseMediaType("text/calendar"))
			.exchange()
			.expectStatus()
			.isNotFound();
		this.http.get().uri("/api/events/{id}.ics", "ikke-et-id").exchange().expectStatus().isNotFound();
		this.http.get()
			.uri("/api/events/calendar.ics?track={track}", "x".repeat(101))
			.exchange()
			.expectStatus()
			.isBadRequest()
			.expectBody()
			.jsonPath("$.errors[0].field")
			.isEqualTo("track");
		assertThat(ParsedCalendar
			.parse(this.http.get()
				.uri("/api/events/calendar.ics?track=Sikkerhed")
				.exchange()
				.expectBody(String.class)
				.returnResult()
				.getResponseBody())
			.events()).extracting((event) -> value(event, Property.UID)).doesNotContain(draft.id() + UID_DOMAIN);
	}

	private String ics(String id) {
		return this.http.get()
			.uri("/api/events/{id}.ics", id)
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(String.class)
			.returnResult()
			.getResponseBody();
	}

	private EventResponse published(String track, OffsetDateTime startsAt) {
		return this.api.published(inTrack(track, startsAt));
	}

	private Map<String, Object> inTrack(String track, OffsetDateTime startsAt) {
		Map<String, Object> body = EventFixtures.validEvent(this.tag, startsAt);
		body.put("track", track);
		return body;
	}

	/** The client as an editor: a bearer token with the write scope. */
	private WebTestClient editor() {
		return TestTokens.authorized(this.http, Scopes.EVENTS_WRITE);
	}

}
