package dk.newsroom.gateway.feed.api;

import java.time.Instant;

import dk.newsroom.gateway.feed.FeedChange;
import dk.newsroom.gateway.feed.FeedItems;
import dk.newsroom.gateway.feed.FeedProjection;
import dk.newsroom.gateway.feed.MutableClock;
import dk.newsroom.gateway.feed.query.FeedProblemHandler;
import org.junit.jupiter.api.Test;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.test.web.reactive.server.EntityExchangeResult;
import org.springframework.test.web.reactive.server.WebTestClient;

import static org.assertj.core.api.Assertions.assertThat;

class FeedControllerCachingTest {

	private static final Instant NOW = Instant.parse("2026-11-26T12:00:00Z");

	private final FeedProjection projection = new FeedProjection(new MutableClock(NOW), FeedItems.SERIALIZER);

	private final WebTestClient client = WebTestClient.bindToController(new FeedController(this.projection))
		.controllerAdvice(new FeedProblemHandler())
		.build();

	@Test
	void answersWithAnETagAndAShortPublicCacheControl() {
		this.projection.apply(FeedChange.listed(FeedItems.article("a", NOW.minusSeconds(60), 1)));

		this.client.get()
			.uri("/api/feed")
			.exchange()
			.expectStatus()
			.isOk()
			.expectHeader()
			.valueEquals(HttpHeaders.CACHE_CONTROL, "max-age=10, public")
			.expectHeader()
			.value(HttpHeaders.ETAG, (etag) -> assertThat(etag).matches("\"[A-Za-z0-9_-]{22}\""));
	}

	@Test
	void answers304ToTheCurrentETagWeakOrStrongOrInAList() {
		this.projection.apply(FeedChange.listed(FeedItems.article("a", NOW.minusSeconds(60), 1)));
		String etag = etag("/api/feed?limit=5");
		assertThat(etag("/api/feed?limit=5")).isEqualTo(etag);

		for (String ifNoneMatch : new String[] { etag, "W/" + etag, "\"other\", " + etag }) {
			EntityExchangeResult<byte[]> result = this.client.get()
				.uri("/api/feed?limit=5")
				.header(HttpHeaders.IF_NONE_MATCH, ifNoneMatch)
				.exchange()
				.expectBody()
				.returnResult();
			assertThat(result.getStatus()).as(ifNoneMatch).isEqualTo(HttpStatus.NOT_MODIFIED);
			assertThat(result.getResponseHeaders().getETag()).isEqualTo(etag);
			assertThat(result.getResponseHeaders().getCacheControl()).isEqualTo("max-age=10, public");
			assertThat(result.getResponseBody()).isNull();
		}
	}

	@Test
	void answersTheFullPageWhenTheETagIsStale() {
		this.projection.apply(FeedChange.listed(FeedItems.article("a", NOW.minusSeconds(60), 1)));
		String before = etag("/api/feed");
		this.projection.apply(FeedChange.unlisted(FeedItems.article("a", NOW, 1).ref(), 2));

		this.client.get()
			.uri("/api/feed")
			.header(HttpHeaders.IF_NONE_MATCH, before)
			.exchange()
			.expectStatus()
			.isOk()
			.expectHeader()
			.value(HttpHeaders.ETAG, (etag) -> assertThat(etag).isNotEqualTo(before))
			.expectBody()
			.jsonPath("$.items.length()")
			.isEqualTo(0);
	}

	@Test
	void givesEachQueryItsOwnETag() {
		this.projection.apply(FeedChange.listed(FeedItems.article("a", NOW.minusSeconds(60), 1)));
		assertThat(etag("/api/feed?limit=1")).isNotEqualTo(etag("/api/feed?limit=2"));
	}

	private String etag(String uri) {
		String etag = this.client.get()
			.uri(uri)
			.exchange()
			.expectStatus()
			.isOk()
			.returnResult(byte[].class)
			.getResponseHeaders()
			.getETag();
		assertThat(etag).isNotNull();
		return etag;
	}

}
