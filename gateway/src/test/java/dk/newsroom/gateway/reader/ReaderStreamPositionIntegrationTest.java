package dk.newsroom.gateway.reader;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dk.newsroom.gateway.feed.stream.FeedEventLog;
import dk.newsroom.testsupport.NewsroomIntegrationTest;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Flux;
import reactor.test.StepVerifier;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.MediaType;
import org.springframework.http.codec.ServerSentEvent;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.web.util.UriComponentsBuilder;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The stream resumes from a position given as the {@code lastEventId} query parameter (a
 * browser's first {@code EventSource} connection, the reader page's, cannot send
 * {@code Last-Event-ID}); the header, sent on the browser's reconnects, wins over it.
 * <p>
 * In the reader tests' gateway; the articles these tests publish are three days old, so
 * they land after the front page's articles and leave the page the other reader tests
 * look at as it was.
 */
@NewsroomIntegrationTest(properties = { ReaderFeed.ARTICLES_PROPERTY, ReaderFeed.EVENTS_PROPERTY,
		ReaderFeed.PEOPLE_PROPERTY, "newsroom.feed.topic-refresh-interval=200ms" })
class ReaderStreamPositionIntegrationTest {

	private static final ParameterizedTypeReference<ServerSentEvent<String>> SSE = new ParameterizedTypeReference<>() {
	};

	private static final Pattern POSITION = Pattern.compile("data-last-event-id=\"([^\"]+)\"");

	@Autowired
	private WebTestClient client;

	@Autowired
	private FeedEventLog log;

	@BeforeEach
	void seed() {
		ReaderFeed.seed();
		ReaderFeed.awaitListed(this.client, "reader-a01", ReaderFeed.SCRIPT_ID, "reader-e4", "reader-p3");
		this.client = this.client.mutate().responseTimeout(ReaderFeed.WAIT).build();
	}

	@Test
	void resumesAfterTheIdInTheQueryAndStartsAtOnceEvenWithNothingToReplay() {
		long start = System.nanoTime();
		Flux<ServerSentEvent<String>> events = stream(query(this.log.lastId()), null);
		// The response has started: without its first comment it would wait for the first
		// event or heartbeat (15 s here), and a browser would not see the stream open.
		assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(10));

		String id = "reader-stream-live-" + System.nanoTime();
		StepVerifier.create(events)
			.expectNextMatches((event) -> "resume".equals(event.comment()))
			.then(() -> publishOldArticle(id))
			.thenConsumeWhile((event) -> event.event() == null)
			.expectNextMatches((event) -> isAdded(event, id) && this.log.lastId().equals(event.id()))
			.thenCancel()
			.verify(ReaderFeed.WAIT);
	}

	@Test
	void thePageCarriesItsPositionAndTheStreamReplaysWhatWasPublishedAfterIt() {
		String position = position(page());
		assertThat(position).isNotBlank();

		// Published after the page was rendered, before the stream is opened.
		String id = publishOldArticle("reader-stream-replayed-" + System.nanoTime());
		ReaderFeed.awaitListed(this.client, id);

		StepVerifier.create(named(stream(query(position), null)))
			// Anything published before it, but no reset.
			.thenConsumeWhile((event) -> !isAdded(event, id) && !"reset".equals(event.event()))
			.expectNextMatches((event) -> isAdded(event, id) && event.id() != null)
			.thenCancel()
			.verify(ReaderFeed.WAIT);
		// The page rendered since then shows a later position.
		assertThat(position(page())).isNotEqualTo(position);
	}

	@Test
	void theLastEventIdHeaderWinsOverTheQueryParameter() {
		String current = this.log.lastId();

		// A valid header and an unknown id in the query: resumed after the header's id.
		String id = "reader-stream-header-" + System.nanoTime();
		StepVerifier.create(named(stream(query("not-an-id"), current)))
			.then(() -> publishOldArticle(id))
			.expectNextMatches((event) -> isAdded(event, id))
			.thenCancel()
			.verify(ReaderFeed.WAIT);

		// An unknown id in the header and a valid one in the query: reset.
		StepVerifier.create(named(stream(query(this.log.lastId()), "not-an-id")))
			.expectNextMatches((event) -> "reset".equals(event.event()))
			.thenCancel()
			.verify(ReaderFeed.WAIT);
	}

	@Test
	void anIdTheStreamDoesNotKnowInTheQueryIsAResetAsInTheHeaderWhoseReloadKeepsOnlyTheFilters() {
		String uri = UriComponentsBuilder.fromPath("/api/feed/stream")
			.queryParam("type", "article")
			.queryParam("lastEventId", "not-an-id")
			.queryParam("tag", "it")
			.build()
			.toUriString();
		StepVerifier.create(named(stream(uri, null)))
			.expectNextMatches((event) -> "reset".equals(event.event())
					&& data(event).contains("\"reload\":\"/api/feed?type=article&tag=it\"")
					&& this.log.lastId().equals(event.id()))
			.thenCancel()
			.verify(ReaderFeed.WAIT);
	}

	@Test
	void aBlankPositionIsNoneAndOneGivenTwiceIsA400NamingIt() {
		StepVerifier.create(named(stream(query(""), null)))
			.expectNextMatches((event) -> "ready".equals(event.event()))
			.thenCancel()
			.verify(ReaderFeed.WAIT);

		this.client.get()
			.uri("/api/feed/stream?lastEventId=a&lastEventId=b")
			.accept(MediaType.TEXT_EVENT_STREAM)
			.exchange()
			.expectStatus()
			.isBadRequest()
			.expectHeader()
			.contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
			.expectBody()
			.jsonPath("$.errors[*].field")
			.isEqualTo(List.of("lastEventId"));
	}

	private String page() {
		byte[] body = this.client.get()
			.uri("/")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.returnResult()
			.getResponseBody();
		return new String(body, StandardCharsets.UTF_8);
	}

	private static String position(String html) {
		Matcher position = POSITION.matcher(html);
		assertThat(position.find()).as("data-last-event-id on the page").isTrue();
		return position.group(1);
	}

	private static String query(String lastEventId) {
		return UriComponentsBuilder.fromPath("/api/feed/stream")
			.queryParam("lastEventId", lastEventId)
			.encode()
			.build()
			.toUriString();
	}

	private static String publishOldArticle(String id) {
		ReaderFeed.article(id, "Ældre nyhed om it-sikkerhed i kommunerne", "Et resumé.", "Sikkerhed",
				Instant.now().minus(Duration.ofDays(3)));
		return id;
	}

	private Flux<ServerSentEvent<String>> stream(String uri, @Nullable String lastEventId) {
		return this.client.get().uri(uri).accept(MediaType.TEXT_EVENT_STREAM).headers((headers) -> {
			if (lastEventId != null) {
				headers.set("Last-Event-ID", lastEventId);
			}
		}).exchange().expectStatus().isOk().returnResult(SSE).getResponseBody();
	}

	/** Without comments (resume, heartbeats). */
	private static Flux<ServerSentEvent<String>> named(Flux<ServerSentEvent<String>> events) {
		return events.filter((event) -> event.event() != null);
	}

	private static boolean isAdded(ServerSentEvent<String> event, String id) {
		return "added".equals(event.event()) && data(event).contains("\"id\":\"" + id + "\"");
	}

	private static String data(ServerSentEvent<String> event) {
		return Objects.requireNonNullElse(event.data(), "");
	}

}
