package dk.newsroom.gateway.reader;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.concurrent.TimeUnit;

import dk.newsroom.gateway.feed.ContentType;
import dk.newsroom.gateway.feed.FeedChange;
import dk.newsroom.gateway.feed.FeedEventDetails;
import dk.newsroom.gateway.feed.FeedItem;
import dk.newsroom.gateway.feed.FeedPersonDetails;
import dk.newsroom.gateway.feed.FeedProjection;
import dk.newsroom.testsupport.NewsroomIntegrationTest;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.test.web.reactive.server.WebTestClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * How long {@code GET /} takes, sequentially through a real connection: a measurement for
 * a person, not part of the build (its name matches no test pattern). Run it with
 * {@code ./mvnw -B -o -pl gateway test -Dtest=ReaderPageMeasurement
 * -Dsurefire.failIfNoSpecifiedTests=false} and read the {@code ReaderPageMeasurement:}
 * lines: per page through HTTP (client to client, and the server's own time), per 304
 * revalidation, and in memory (the cached page, one rendering). On a shared machine the
 * HTTP figures vary a lot from run to run; compare runs made side by side.
 * <p>
 * Its own (empty) topics; the items are applied to the projection directly: a small front
 * page (13 articles, 5 events, 3 person news), then a large feed (2 000 articles, 3 000
 * events of which 1 000 upcoming, 300 person news).
 */
@NewsroomIntegrationTest(properties = { "newsroom.feed.topics.article=gateway-measure.articles.v1",
		"newsroom.feed.topics.event=gateway-measure.events.v1", "newsroom.feed.topics.person=gateway-measure.people.v1",
		// No spans: thousands of requests in a row make the span exporter's queue lock
		// contended, which BlockHound reports as blocking on the event loop.
		"management.tracing.sampling.probability=0.0" })
class ReaderPageMeasurement {

	private static final int WARM_UP = 3_000;

	private static final int REQUESTS = 3_000;

	@Autowired
	private WebTestClient client;

	@Autowired
	private FeedProjection projection;

	@Autowired
	private MeterRegistry registry;

	@Autowired
	private FrontPageCache frontPage;

	@Autowired
	private ReaderRenderer renderer;

	@Test
	void measuresTheFrontPage() {
		Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
		apply(now, 13, 5, 3, 0);
		measure("small feed (13 articles, 5 events, 3 person news)");
		apply(now, 2_000, 3_000, 300, 2_000);
		measure("large feed (2000 articles, 3000 events of which 1000 upcoming, 300 person news)");
	}

	private void apply(Instant now, int articles, int events, int people, int pastEvents) {
		for (int i = 0; i < articles; i++) {
			this.projection.apply(FeedChange.listed(item(ContentType.ARTICLE, "measure-a" + i,
					now.minus(Duration.ofMinutes(i + 1)), "Artikel nummer " + i + " om æøå", null, null)));
		}
		for (int i = 0; i < events; i++) {
			Instant startsAt = (i < pastEvents) ? now.minus(Duration.ofHours(i + 1))
					: now.plus(Duration.ofHours(i + 1));
			this.projection.apply(FeedChange
				.listed(item(ContentType.EVENT, "measure-e" + i, now.minus(Duration.ofDays(30)).plusSeconds(i),
						"Arrangement " + i, new FeedEventDetails(startsAt, startsAt.plus(Duration.ofHours(6)),
								"Bella Center", "København S", "Sikkerhed", "SCHEDULED"),
						null)));
		}
		for (int i = 0; i < people; i++) {
			this.projection.apply(FeedChange.listed(item(ContentType.PERSON, "measure-p" + i,
					now.minus(Duration.ofMinutes(3L * i + 2)), "Person " + i + ", Netcompany", null,
					new FeedPersonDetails("Person " + i, "Netcompany", "CISO", "Nyt job"))));
		}
	}

	private void measure(String what) {
		for (int i = 0; i < WARM_UP; i++) {
			get();
		}
		double serverBefore = serverNanos();
		long start = System.nanoTime();
		for (int i = 0; i < REQUESTS; i++) {
			get();
		}
		long micros = (System.nanoTime() - start) / 1_000 / REQUESTS;
		// The server's own time (http.server.requests, uri "/"): recorded when the answer
		// is committed, so the last requests' may still be missing; close enough.
		long serverMicros = (long) ((serverNanos() - serverBefore) / 1_000 / REQUESTS);
		System.out.println("ReaderPageMeasurement: " + what + ": " + micros + " µs per page over " + REQUESTS
				+ " sequential GET / (client to client), " + serverMicros + " µs on the server; in memory "
				+ inMemory());
		String etag = this.client.get().uri("/").exchange().expectBody().returnResult().getResponseHeaders().getETag();
		if (etag != null) {
			start = System.nanoTime();
			for (int i = 0; i < REQUESTS; i++) {
				this.client.get()
					.uri("/")
					.header(HttpHeaders.IF_NONE_MATCH, etag)
					.exchange()
					.expectStatus()
					.isNotModified()
					.expectBody()
					.isEmpty();
			}
			System.out.println("ReaderPageMeasurement: " + what + ": " + (System.nanoTime() - start) / 1_000 / REQUESTS
					+ " µs per 304 (If-None-Match) over " + REQUESTS + " sequential GET /");
		}
	}

	/**
	 * Without HTTP, on the calling thread, per call, after as many calls to warm up: the
	 * cached front page as a request gets it, and one rendering of it (what a change
	 * costs).
	 */
	private String inMemory() {
		long cached = nanosPerCall(() -> assertThat(this.frontPage.current().block().html()).isNotEmpty());
		long rendering = nanosPerCall(
				() -> assertThat(this.renderer.render(ReaderController.FRONT_PAGE, true).html()).isNotEmpty());
		return String.format("%.1f µs for the cached page, %d µs per rendering", cached / 1_000.0, rendering / 1_000);
	}

	private static long nanosPerCall(Runnable call) {
		for (int i = 0; i < REQUESTS; i++) {
			call.run();
		}
		long start = System.nanoTime();
		for (int i = 0; i < REQUESTS; i++) {
			call.run();
		}
		return (System.nanoTime() - start) / REQUESTS;
	}

	private double serverNanos() {
		Timer timer = this.registry.find("http.server.requests").tag("uri", "/").timer();
		return (timer != null) ? timer.totalTime(TimeUnit.NANOSECONDS) : 0;
	}

	private void get() {
		byte[] body = this.client.get()
			.uri("/")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.returnResult()
			.getResponseBody();
		assertThat(body).isNotEmpty();
	}

	private static FeedItem item(ContentType type, String id, Instant publishedAt, String title,
			@Nullable FeedEventDetails event, @Nullable FeedPersonDetails person) {
		return new FeedItem(type, id, id, title, "Et kort resumé på dansk.", null, List.of("it"), "Sikkerhed",
				publishedAt, publishedAt, 1, "/api/" + type.wireName() + "/" + id, FeedItem.pageUrl(type, id), event,
				person);
	}

}
