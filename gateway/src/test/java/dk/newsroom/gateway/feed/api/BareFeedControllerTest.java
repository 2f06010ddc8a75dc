package dk.newsroom.gateway.feed.api;

import java.time.Instant;

import dk.newsroom.gateway.feed.FeedChange;
import dk.newsroom.gateway.feed.FeedItems;
import dk.newsroom.gateway.feed.FeedProjection;
import dk.newsroom.gateway.feed.MutableClock;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.test.web.reactive.server.WebTestClient;

import static org.assertj.core.api.Assertions.assertThat;

/** The benchmark's baseline answers exactly the bytes of the feed's first page. */
class BareFeedControllerTest {

	private final FeedProjection projection = new FeedProjection(
			new MutableClock(Instant.parse("2026-11-26T12:00:00Z")), JsonMapper.builder().build()::writeValueAsBytes);

	private final WebTestClient client = WebTestClient
		.bindToController(new FeedController(this.projection), new BareFeedController(this.projection))
		.build();

	@Test
	void answersTheSameBytesAsTheFeedsFirstPage() {
		for (int i = 0; i < 25; i++) {
			this.projection.apply(FeedChange
				.listed(FeedItems.article("a" + i, Instant.parse("2026-11-26T10:00:00Z").plusSeconds(i), 1)));
		}

		byte[] feed = this.client.get()
			.uri("/api/feed?limit=20")
			.exchange()
			.expectBody()
			.returnResult()
			.getResponseBody();
		byte[] bare = this.client.get()
			.uri(BareFeedController.PATH)
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.returnResult()
			.getResponseBody();

		assertThat(bare).isNotEmpty().isEqualTo(feed);
	}

}
