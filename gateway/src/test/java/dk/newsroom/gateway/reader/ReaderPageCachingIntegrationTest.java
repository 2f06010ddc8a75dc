package dk.newsroom.gateway.reader;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;

import dk.newsroom.testsupport.NewsroomIntegrationTest;
import io.micrometer.core.instrument.MeterRegistry;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.test.web.reactive.server.EntityExchangeResult;
import org.springframework.test.web.reactive.server.WebTestClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The front page is rendered once per change of the feed and revalidated with its ETag:
 * 304 while nothing changed, the new page (and a new ETag) once something did.
 */
@NewsroomIntegrationTest(properties = { ReaderFeed.ARTICLES_PROPERTY, ReaderFeed.EVENTS_PROPERTY,
		ReaderFeed.PEOPLE_PROPERTY, "newsroom.feed.topic-refresh-interval=200ms" })
class ReaderPageCachingIntegrationTest {

	@Autowired
	private WebTestClient client;

	@Autowired
	private MeterRegistry registry;

	@BeforeEach
	void seed() {
		ReaderFeed.seed();
		ReaderFeed.awaitListed(this.client, "reader-a01", ReaderFeed.SCRIPT_ID, "reader-e4", "reader-p3");
	}

	@Test
	void answersWithAStrongETagToRevalidateAndA304WithoutABodyWhileNothingChanged() {
		EntityExchangeResult<byte[]> page = get(null);
		assertThat(page.getStatus()).isEqualTo(HttpStatus.OK);
		String etag = page.getResponseHeaders().getETag();
		assertThat(etag).matches("\"[A-Za-z0-9_-]{22}\"");
		assertThat(page.getResponseHeaders().getCacheControl()).isEqualTo("max-age=0, public, s-maxage=10");
		assertThat(page.getResponseHeaders().getLastModified()).isPositive();

		for (String ifNoneMatch : new String[] { etag, "W/" + etag, "\"other\", " + etag }) {
			EntityExchangeResult<byte[]> notModified = get(ifNoneMatch);
			assertThat(notModified.getStatus()).as(ifNoneMatch).isEqualTo(HttpStatus.NOT_MODIFIED);
			assertThat(notModified.getResponseHeaders().getETag()).isEqualTo(etag);
			assertThat(notModified.getResponseHeaders().getCacheControl()).isEqualTo("max-age=0, public, s-maxage=10");
			assertThat(notModified.getResponseBody()).isNull();
		}
		// Only the date: the same content was first served then, so not modified either.
		EntityExchangeResult<byte[]> byDate = this.client.get()
			.uri("/")
			.header(HttpHeaders.IF_MODIFIED_SINCE, page.getResponseHeaders().getFirst(HttpHeaders.LAST_MODIFIED))
			.exchange()
			.expectBody()
			.returnResult();
		assertThat(byDate.getStatus()).isEqualTo(HttpStatus.NOT_MODIFIED);
		EntityExchangeResult<byte[]> other = get("\"other\"");
		assertThat(other.getStatus()).isEqualTo(HttpStatus.OK);
		assertThat(other.getResponseBody()).isEqualTo(page.getResponseBody());
	}

	@Test
	void manyRequestsShareOneRenderingUntilAChangeIsPublishedThenThePageShowsIt() {
		EntityExchangeResult<byte[]> before = get(null);
		String etag = before.getResponseHeaders().getETag();
		double renders = frontRenders();
		for (int i = 0; i < 50; i++) {
			EntityExchangeResult<byte[]> again = get((i % 2 == 0) ? null : etag);
			assertThat(again.getResponseHeaders().getETag()).isEqualTo(etag);
		}
		// None, unless Copenhagen's midnight (a new date line) fell within the loop.
		assertThat(frontRenders() - renders).isLessThanOrEqualTo(1);

		String id = "reader-cache-p-" + System.nanoTime();
		ReaderFeed.person(id, "Ida Kjærsgaard", "Digitaliseringschef", "Region Midtjylland", "Nyt job",
				Instant.now().minus(Duration.ofMinutes(45)));

		EntityExchangeResult<byte[]> after = await().atMost(ReaderFeed.WAIT)
			.until(() -> get(etag), (result) -> result.getStatus() == HttpStatus.OK);
		String html = new String(after.getResponseBody(), StandardCharsets.UTF_8);
		assertThat(html).contains("data-id=\"" + id + "\"", "Ida Kjærsgaard", "Region Midtjylland");
		String newEtag = after.getResponseHeaders().getETag();
		assertThat(newEtag).isNotEqualTo(etag);

		renders = frontRenders();
		for (int i = 0; i < 50; i++) {
			assertThat(get(newEtag).getStatus()).isEqualTo(HttpStatus.NOT_MODIFIED);
		}
		assertThat(frontRenders() - renders).isLessThanOrEqualTo(1);
	}

	@Test
	void aPageAfterACursorHasAnETagToo() {
		String first = new String(get(null).getResponseBody(), StandardCharsets.UTF_8);
		String cursor = first.replaceFirst("(?s).*data-cursor=\"([^\"]+)\".*", "$1");
		EntityExchangeResult<byte[]> page = this.client.get()
			.uri("/?cursor={cursor}", cursor)
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.returnResult();
		String etag = page.getResponseHeaders().getETag();
		assertThat(etag).isNotNull();

		this.client.get()
			.uri("/?cursor={cursor}", cursor)
			.header(HttpHeaders.IF_NONE_MATCH, etag)
			.exchange()
			.expectStatus()
			.isNotModified()
			.expectBody()
			.isEmpty();
	}

	private EntityExchangeResult<byte[]> get(String ifNoneMatch) {
		return this.client.get().uri("/").headers((headers) -> {
			if (ifNoneMatch != null) {
				headers.set(HttpHeaders.IF_NONE_MATCH, ifNoneMatch);
			}
		}).exchange().expectBody().returnResult();
	}

	private double frontRenders() {
		return this.registry.get(ReaderRenderer.RENDERS).tag("page", "front").counter().count();
	}

}
