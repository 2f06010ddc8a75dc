package dk.newsroom.events.event;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import dk.newsroom.security.Scopes;
import dk.newsroom.testsupport.TestTokens;
import dk.newsroom.events.event.EventApi.ListPage;
import dk.newsroom.testsupport.NewsroomIntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.test.web.reactive.server.WebTestClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The reader's queries: upcoming soonest first, past most recent first, filters, and
 * keyset pages that hold still while events are added.
 */
@NewsroomIntegrationTest
class EventListIntegrationTest {

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
	void listsUpcomingEventsSoonestFirstIncludingOnesUnderWay() {
		String later = publishedAt(EventFixtures.morningIn(20));
		String soon = publishedAt(EventFixtures.morningIn(3));
		String underWay = publishedAt(OffsetDateTime.now().minusHours(1), Duration.ofHours(3));
		String ended = publishedAt(EventFixtures.morningIn(-2));
		this.api.create(EventFixtures.validEvent(this.tag, EventFixtures.morningIn(5)));

		ListPage upcoming = this.api.list("/api/events?tag=" + this.tag);
		ListPage explicit = this.api.list("/api/events?when=upcoming&tag=" + this.tag);

		assertThat(upcoming.ids()).containsExactly(underWay, soon, later).doesNotContain(ended);
		assertThat(explicit.ids()).isEqualTo(upcoming.ids());
		assertThat(upcoming.next()).isNull();
	}

	@Test
	void listsPastEventsMostRecentFirst() {
		String longAgo = publishedAt(EventFixtures.morningIn(-40));
		String lastWeek = publishedAt(EventFixtures.morningIn(-7));
		String yesterday = publishedAt(EventFixtures.morningIn(-1));
		publishedAt(OffsetDateTime.now().minusHours(1), Duration.ofHours(3));
		publishedAt(EventFixtures.morningIn(4));

		ListPage past = this.api.list("/api/events?when=past&tag=" + this.tag);
		ListPage all = this.api.list("/api/events?when=all&tag=" + this.tag);

		assertThat(past.ids()).containsExactly(yesterday, lastWeek, longAgo);
		assertThat(all.ids()).hasSize(5).startsWith(longAgo, lastWeek, yesterday);
	}

	@Test
	void keepsKeysetPagesStableWhileEventsAreAdded() {
		List<String> ids = new ArrayList<>();
		for (int day = 10; day < 15; day++) {
			ids.add(publishedAt(EventFixtures.morningIn(day)));
		}

		ListPage first = this.api.list("/api/events?tag=" + this.tag + "&limit=2");
		String beforeTheCursor = publishedAt(EventFixtures.morningIn(10).plusHours(3));
		String afterTheCursor = publishedAt(EventFixtures.morningIn(12).plusHours(3));
		ListPage second = this.api.list("/api/events?tag=" + this.tag + "&limit=2&cursor=" + first.next());
		ListPage third = this.api.list("/api/events?tag=" + this.tag + "&limit=2&cursor=" + second.next());

		assertThat(first.ids()).containsExactly(ids.get(0), ids.get(1));
		assertThat(second.ids()).containsExactly(ids.get(2), afterTheCursor);
		assertThat(third.ids()).containsExactly(ids.get(3), ids.get(4));
		assertThat(third.next()).isNull();
		assertThat(List.of(first, second, third)).flatMap(ListPage::ids).doesNotContain(beforeTheCursor);
	}

	@Test
	void ordersEventsStartingTogetherByIdInBothDirections() {
		OffsetDateTime sameStart = EventFixtures.morningIn(6);
		List<String> upcoming = List.of(publishedAt(sameStart), publishedAt(sameStart), publishedAt(sameStart));
		OffsetDateTime samePast = EventFixtures.morningIn(-6);
		List<String> past = List.of(publishedAt(samePast), publishedAt(samePast), publishedAt(samePast));

		assertThat(walk("/api/events?limit=1&tag=" + this.tag)).isEqualTo(upcoming)
			.isSortedAccordingTo(String::compareTo);
		assertThat(walk("/api/events?when=past&limit=1&tag=" + this.tag)).containsExactly(past.get(2), past.get(1),
				past.get(0));
	}

	@Test
	void filtersByTrackAndCityIgnoringCaseAndAccents() {
		Map<String, Object> infrastructure = EventFixtures.validEvent(this.tag, EventFixtures.morningIn(8));
		infrastructure.put("track", "Digital transformation");
		venue(infrastructure).put("city", "Hellerup");
		String hellerup = this.api.published(infrastructure).id();
		String copenhagen = publishedAt(EventFixtures.morningIn(9));

		String byTrack = "/api/events?tag={tag}&track={track}";
		String byCity = "/api/events?tag={tag}&city={city}";

		assertThat(this.api.list(byTrack, this.tag, "digital transformation").ids()).containsExactly(hellerup);
		assertThat(this.api.list(byTrack, this.tag, "Sikkerhed").ids()).containsExactly(copenhagen);
		assertThat(this.api.list(byCity, this.tag, "København Ø").ids()).containsExactly(copenhagen);
		assertThat(this.api.list(byCity, this.tag, "KØBENHAVN Ø").ids()).containsExactly(copenhagen);
		assertThat(this.api.list(byCity, this.tag, "hellerup").ids()).containsExactly(hellerup);
		assertThat(this.api.list(byCity + "&track={track}", this.tag, "Hellerup", "Sikkerhed").ids()).isEmpty();
	}

	@Test
	void filtersByDateRangeInCopenhagenTime() {
		String eveBefore = publishedAt(OffsetDateTime.parse("2027-03-11T23:30:00+01:00"));
		String morning = publishedAt(OffsetDateTime.parse("2027-03-12T09:00:00+01:00"));
		String lateEvening = publishedAt(OffsetDateTime.parse("2027-03-12T23:30:00+01:00"));
		String nextDay = publishedAt(OffsetDateTime.parse("2027-03-13T00:30:00+01:00"));
		String base = "/api/events?when=all&tag=" + this.tag;

		assertThat(this.api.list(base + "&from=2027-03-12&to=2027-03-12").ids()).containsExactly(morning, lateEvening);
		assertThat(this.api.list(base + "&from={from}", "2027-03-12T09:00:01+01:00").ids()).containsExactly(lateEvening,
				nextDay);
		assertThat(this.api.list(base + "&to=2027-03-12T09:00:00").ids()).as("Copenhagen wall-clock time")
			.containsExactly(eveBefore);
		assertThat(this.api.list(base + "&from=2027-03-11T22:30:00Z&to=2027-03-12T08:00:00Z").ids())
			.containsExactly(eveBefore);
		assertThat(this.api.list(base + "&from=2027-03-13").ids()).containsExactly(nextDay);
	}

	@Test
	void linksToTheNextPageKeepingTheFilters() {
		for (int day = 1; day <= 3; day++) {
			publishedAt(EventFixtures.morningIn(day));
		}
		this.http.get()
			.uri("/api/events?when=upcoming&tag={tag}&track=Sikkerhed&limit=2", this.tag)
			.exchange()
			.expectStatus()
			.isOk()
			.expectHeader()
			.value(HttpHeaders.LINK,
					(link) -> assertThat(link).startsWith("</api/events?when=upcoming&tag=" + this.tag)
						.contains("track=Sikkerhed")
						.contains("cursor=")
						.endsWith(">; rel=\"next\""));
	}

	@Test
	void keepsDraftsWithdrawnAndScheduledEventsOutOfPublicLists() {
		String published = publishedAt(EventFixtures.morningIn(4));
		this.api.create(EventFixtures.validEvent(this.tag, EventFixtures.morningIn(4)));
		String scheduled = this.api.create(EventFixtures.validEvent(this.tag, EventFixtures.morningIn(4))).id();
		this.api.publish(scheduled, Map.of("publishAt", OffsetDateTime.now().plusDays(1).toString()));
		String withdrawn = publishedAt(EventFixtures.morningIn(4));
		editor().post().uri("/api/events/{id}/withdraw", withdrawn).exchange().expectStatus().isOk();

		assertThat(this.api.list("/api/events?when=all&tag=" + this.tag).ids()).containsExactly(published);
		assertThat(this.api.list("/api/events?when=all&status=PUBLISHED&tag=" + this.tag).ids())
			.containsExactly(published);
	}

	@Test
	void namesEveryBadParameter() {
		publishedAt(EventFixtures.morningIn(-3));
		publishedAt(EventFixtures.morningIn(-2));
		String pastCursor = this.api.list("/api/events?when=past&limit=1&tag=" + this.tag).next();
		assertBadParameter("/api/events?when=soon", "when");
		assertBadParameter("/api/events?status=DRAFT", "status");
		assertBadParameter("/api/events?status=LIVE", "status");
		assertBadParameter("/api/events?from=12.03.2027", "from");
		assertBadParameter("/api/events?to=2027-02-30", "to");
		assertBadParameter("/api/events?from=2027-03-12&to=2027-03-11", "to");
		assertBadParameter("/api/events?limit=0", "limit");
		assertBadParameter("/api/events?limit=101", "limit");
		assertBadParameter("/api/events?limit=ti", "limit");
		assertBadParameter("/api/events?cursor=%%%", "cursor");
		assertBadParameter("/api/events?cursor=Zm9v", "cursor");
		assertBadParameter("/api/events?track=" + "x".repeat(101), "track");
		assertBadParameter("/api/events?when=upcoming&cursor=" + pastCursor, "cursor");
		this.http.get()
			.uri("/api/events?when=past&tag={tag}&cursor={cursor}", this.tag, pastCursor)
			.exchange()
			.expectStatus()
			.isOk();
	}

	private void assertBadParameter(String uri, String parameter) {
		this.http.get()
			.uri(uri)
			.exchange()
			.expectStatus()
			.isBadRequest()
			.expectHeader()
			.contentType("application/problem+json")
			.expectBody()
			.jsonPath("$.errors[0].field")
			.isEqualTo(parameter);
	}

	private List<String> walk(String uri) {
		List<String> ids = new ArrayList<>();
		ListPage page = this.api.list(uri);
		ids.addAll(page.ids());
		while (page.next() != null) {
			page = this.api.list(uri + "&cursor=" + page.next());
			ids.addAll(page.ids());
		}
		return ids;
	}

	private String publishedAt(OffsetDateTime startsAt) {
		return publishedAt(startsAt, Duration.ofHours(7));
	}

	private String publishedAt(OffsetDateTime startsAt, Duration length) {
		return this.api.published(EventFixtures.validEvent(this.tag, startsAt, length)).id();
	}

	@SuppressWarnings("unchecked")
	private static Map<String, Object> venue(Map<String, Object> event) {
		return (Map<String, Object>) event.get("venue");
	}

	/** The client as an editor: a bearer token with the write scope. */
	private WebTestClient editor() {
		return TestTokens.authorized(this.http, Scopes.EVENTS_WRITE);
	}

}
