package dk.newsroom.gateway.feed.api;

import java.time.Instant;
import java.util.List;

import dk.newsroom.gateway.feed.ContentType;
import dk.newsroom.gateway.feed.FeedChange;
import dk.newsroom.gateway.feed.FeedHorizon;
import dk.newsroom.gateway.feed.FeedItems;
import dk.newsroom.gateway.feed.FeedProjection;
import dk.newsroom.gateway.feed.MutableClock;
import dk.newsroom.gateway.feed.query.FeedProblemHandler;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.http.HttpHeaders;
import org.springframework.test.web.reactive.server.WebTestClient;

import static org.assertj.core.api.Assertions.assertThat;

/** The feed's last page points to the services' lists for what the horizon let go. */
class FeedOlderItemsTest {

	private static final Instant NOW = Instant.parse("2026-11-26T12:00:00Z");

	private final FeedProjection projection = new FeedProjection(new MutableClock(NOW),
			JsonMapper.builder().build()::writeValueAsBytes, new FeedHorizon(2, null, null));

	private final WebTestClient client = WebTestClient.bindToController(new FeedController(this.projection))
		.controllerAdvice(new FeedProblemHandler())
		.build();

	FeedOlderItemsTest() {
		for (int i = 1; i <= 3; i++) {
			this.projection.apply(FeedChange.listed(FeedItems.article("a" + i, NOW.minusSeconds(100 - i), 1)));
		}
		this.projection.apply(FeedChange
			.listed(FeedItems.item(ContentType.EVENT, "e1", NOW.minusSeconds(500), 1, List.of("cloud"), "Cloud")));
	}

	@Test
	void theLastPageLinksTheServicesListsWithTheSameFilters() {
		this.client.get()
			.uri("/api/feed?tag=cybersikkerhed&section=Sikkerhed")
			.exchange()
			.expectStatus()
			.isOk()
			.expectHeader()
			.valuesMatch(HttpHeaders.LINK, "</api/articles\\?tag=cybersikkerhed&section=Sikkerhed>; rel=\"archives\"",
					"</api/events\\?when=past&tag=cybersikkerhed&track=Sikkerhed>; rel=\"archives\"")
			.expectBody()
			.jsonPath("$.items.length()")
			.isEqualTo(2)
			.jsonPath("$.next")
			.isEmpty()
			.jsonPath("$.older[0].type")
			.isEqualTo("article")
			.jsonPath("$.older[0].href")
			.isEqualTo("/api/articles?tag=cybersikkerhed&section=Sikkerhed")
			.jsonPath("$.older[1].type")
			.isEqualTo("event")
			// People news has no section filter: no link for it.
			.jsonPath("$.older.length()")
			.isEqualTo(2);
	}

	@Test
	void aPageWithMoreToComeOrTypesNothingWasLetGoOfHasNoOlderLinks() {
		byte[] first = this.client.get()
			.uri("/api/feed?limit=1")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.older")
			.doesNotExist()
			.returnResult()
			.getResponseBody();
		assertThat(first).isNotNull();

		this.client.get()
			.uri("/api/feed?type=event")
			.exchange()
			.expectStatus()
			.isOk()
			.expectHeader()
			.doesNotExist(HttpHeaders.LINK)
			.expectBody()
			.jsonPath("$.items.length()")
			.isEqualTo(1)
			.jsonPath("$.older")
			.doesNotExist();
	}

	@Test
	void anEventFilterAsksOnlyAboutEventsAndOneTypeOnlyAboutItsOwnList() {
		this.client.get()
			.uri("/api/feed?type=article&type=event&city=Aarhus%20C")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.older")
			.doesNotExist();
		this.client.get()
			.uri("/api/feed?type=article")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.older[0].href")
			.isEqualTo("/api/articles")
			.jsonPath("$.older.length()")
			.isEqualTo(1);
	}

}
