package dk.newsroom.gateway.feed.stream;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicReference;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dk.newsroom.gateway.feed.FeedQuery;
import dk.newsroom.gateway.feed.ingest.ArticleRecords;
import dk.newsroom.gateway.feed.ingest.TestTopics;
import dk.newsroom.testsupport.NewsroomIntegrationTest;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import io.micrometer.core.instrument.MeterRegistry;
import reactor.core.Disposable;
import reactor.core.publisher.Flux;
import reactor.test.StepVerifier;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalManagementPort;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.MediaType;
import org.springframework.http.codec.ServerSentEvent;
import org.springframework.test.web.reactive.server.WebTestClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A running gateway streaming what it reads from its article topic (one partition, so
 * records arrive in the order they are sent).
 */
@NewsroomIntegrationTest(properties = { "newsroom.feed.topics.article=" + FeedStreamIntegrationTest.TOPIC,
		"newsroom.feed.topic-refresh-interval=200ms", "newsroom.feed.stream.history=8",
		"newsroom.feed.stream.client-buffer=8", "newsroom.feed.stream.heartbeat=300ms",
		"newsroom.feed.stream.drop-grace=2s" })
class FeedStreamIntegrationTest {

	static final String TOPIC = "gateway-it.stream.articles.v1";

	private static final Duration WAIT = Duration.ofSeconds(30);

	private static final ParameterizedTypeReference<ServerSentEvent<String>> SSE = new ParameterizedTypeReference<>() {
	};

	private static final Pattern ITEM_ID = Pattern.compile("\"id\":\"([^\"]+)\"");

	private static TestTopics topics;

	private static int ids;

	@Autowired
	private WebTestClient client;

	@Autowired
	private FeedEventLog log;

	@Autowired
	private FeedStreams streams;

	@Autowired
	private MeterRegistry registry;

	@Autowired
	private StreamAdmission admission;

	@LocalManagementPort
	private int managementPort;

	@BeforeAll
	static void createTopic() {
		TestTopics.create(TOPIC, 1);
		topics = new TestTopics();
	}

	@AfterAll
	static void closeProducer() {
		topics.close();
	}

	@BeforeEach
	void longerTimeout() {
		this.client = this.client.mutate().responseTimeout(WAIT).build();
	}

	@Test
	void aPublishedItemIsAddedANewerVersionChangedAndATombstoneRemoved() {
		String id = nextId("lifecycle");

		StepVerifier.create(named(stream("/api/feed/stream?type=article", null)))
			.expectNextMatches((event) -> "ready".equals(event.event()) && event.id() != null)
			.then(() -> {
				publish(id, 1);
				publish(id, 2);
				topics.send(TOPIC, id, null, ArticleRecords.headers(id, "deleted", 3L));
			})
			.expectNextMatches((event) -> isItem(event, "added", id) && data(event).contains("\"version\":1"))
			.expectNextMatches((event) -> isItem(event, "changed", id) && data(event).contains("\"version\":2"))
			.expectNextMatches((event) -> "removed".equals(event.event())
					&& data(event).equals("{\"type\":\"article\",\"id\":\"" + id + "\"}"))
			.thenCancel()
			.verify(WAIT);
	}

	@Test
	void aScheduledItemIsAddedWhenItsTimeComesWithoutANewRecord() {
		String scheduled = nextId("scheduled");
		String now = nextId("now");

		StepVerifier.create(named(stream("/api/feed/stream", null)))
			.expectNextMatches((event) -> "ready".equals(event.event()))
			.then(() -> {
				send(scheduled, Instant.now().plusSeconds(2), 1);
				publish(now, 1);
			})
			.expectNextMatches((event) -> isItem(event, "added", now))
			.expectNextMatches((event) -> isItem(event, "added", scheduled))
			.thenCancel()
			.verify(WAIT);
	}

	@Test
	void aClientThatReconnectsWithLastEventIdGetsExactlyWhatItMissed() {
		String seen = nextId("seen");
		AtomicReference<String> lastEventId = new AtomicReference<>();
		StepVerifier.create(named(stream("/api/feed/stream", null)))
			.expectNextMatches((event) -> "ready".equals(event.event()))
			.then(() -> publish(seen, 1))
			.consumeNextWith((event) -> {
				assertThat(isItem(event, "added", seen)).as(event.toString()).isTrue();
				lastEventId.set(event.id());
			})
			.thenCancel()
			.verify(WAIT);

		String missed1 = nextId("missed");
		String missed2 = nextId("missed");
		long events = this.log.lastSequence() + 2;
		publish(missed1, 1);
		publish(missed2, 1);
		await().atMost(WAIT).until(() -> this.log.lastSequence() == events);
		String expected = this.log.lastId();

		String live = nextId("live");
		StepVerifier.create(named(stream("/api/feed/stream", lastEventId.get())))
			.expectNextMatches((event) -> isItem(event, "added", missed1))
			.expectNextMatches((event) -> isItem(event, "added", missed2) && expected.equals(event.id()))
			.then(() -> publish(live, 1))
			.expectNextMatches((event) -> isItem(event, "added", live))
			.thenCancel()
			.verify(WAIT);
	}

	@Test
	void aClientWithAnIdTooOldToReplayGetsAReset() {
		String tooOld = this.log.lastId();
		long events = this.log.lastSequence() + 9;
		for (int i = 0; i < 9; i++) {
			publish(nextId("flood"), 1);
		}
		await().atMost(WAIT).until(() -> this.log.lastSequence() == events);
		String expected = this.log.lastId();

		for (String lastEventId : List.of(tooOld, "not-an-id", "k3j2x9aq-42")) {
			StepVerifier.create(named(stream("/api/feed/stream?tag=eu", lastEventId)))
				.expectNextMatches((event) -> "reset".equals(event.event()) && expected.equals(event.id())
						&& data(event).contains("\"reload\":\"/api/feed?tag=eu\""))
				.thenCancel()
				.verify(WAIT);
		}
	}

	@Test
	void theStreamDecodesNoTokenSoItHoldsNone() {
		Flux<ServerSentEvent<String>> events = this.client.get()
			.uri("/api/feed/stream")
			.accept(MediaType.TEXT_EVENT_STREAM)
			.header("Authorization", "Bearer not-a-token")
			.exchange()
			.expectStatus()
			.isOk()
			.returnResult(SSE)
			.getResponseBody();

		StepVerifier.create(named(events))
			.expectNextMatches((event) -> "ready".equals(event.event()))
			.thenCancel()
			.verify(WAIT);
	}

	@Test
	void sendsHeartbeatsToAnIdleStream() {
		StepVerifier.create(stream("/api/feed/stream?section=ingen-s%C3%A5dan-sektion", null))
			.expectNextMatches((event) -> "ready".equals(event.event()))
			.expectNextMatches((event) -> "heartbeat".equals(event.comment()))
			.expectNextMatches((event) -> "heartbeat".equals(event.comment()))
			.thenCancel()
			.verify(WAIT);
	}

	@Test
	void aSlowClientIsDroppedWithAReasonWhileTheOthersKeepReceiving() {
		int count = 20;
		List<String> items = IntStream.range(0, count).mapToObj((i) -> nextId("burst")).toList();
		Flux<SseFrame> slow = this.streams.open(FeedQuery.firstPage(1), null, "/api/feed");

		StepVerifier.create(named(stream("/api/feed/stream", null)))
			.expectNextMatches((event) -> "ready".equals(event.event()))
			.then(() -> StepVerifier.create(slow, 1)
				.expectNextMatches((event) -> "ready".equals(event.event()))
				.then(() -> {
					long events = this.log.lastSequence() + count;
					items.forEach((id) -> publish(id, 1));
					await().atMost(WAIT).until(() -> this.log.lastSequence() == events);
				})
				.thenRequest(Long.MAX_VALUE)
				.thenConsumeWhile((event) -> !"dropped".equals(event.event()))
				.expectNextMatches((event) -> "dropped".equals(event.event())
						&& "{\"reason\":\"client too slow\"}".equals(event.data()))
				.expectComplete()
				.verify(WAIT))
			.recordWith(ArrayList::new)
			.expectNextCount(count)
			.consumeRecordedWith((received) -> assertThat(received).allMatch((event) -> "added".equals(event.event()))
				.extracting(FeedStreamIntegrationTest::itemId)
				.containsExactlyElementsOf(items))
			.thenCancel()
			.verify(WAIT);
	}

	@Test
	void invalidFiltersAreA400NamingEachParameter() {
		this.client.get()
			.uri("/api/feed/stream?type=video&limit=5&cursor=abc")
			.accept(MediaType.TEXT_EVENT_STREAM)
			.exchange()
			.expectStatus()
			.isBadRequest()
			.expectHeader()
			.contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
			.expectBody()
			.jsonPath("$.errors[*].field")
			.isEqualTo(List.of("type", "limit", "cursor"));
	}

	@Test
	void feedItemsGrowWithARecordAndTheLagReturnsToZero() {
		double articles = gauge("newsroom.feed.items", "type", "article");
		double events = gauge("newsroom.feed.items", "type", "event");

		publish(nextId("metered"), 1);

		await().atMost(WAIT)
			.untilAsserted(() -> assertThat(gauge("newsroom.feed.items", "type", "article")).isEqualTo(articles + 1));
		assertThat(gauge("newsroom.feed.items", "type", "event")).isEqualTo(events);
		await().atMost(WAIT)
			.untilAsserted(() -> assertThat(gauge("newsroom.feed.projection.lag", "topic", TOPIC)).isZero());
	}

	@Test
	void streamClientsCountsOpenStreams() {
		// streams that earlier tests cancelled close on the server a moment later; count
		// from none, or a close landing during this test would hide the open one
		await().atMost(WAIT)
			.untilAsserted(
					() -> assertThat(this.registry.get("newsroom.feed.stream.clients").gauge().value()).isZero());
		Disposable open = stream("/api/feed/stream", null).subscribe();
		try {
			await().atMost(WAIT)
				.untilAsserted(() -> assertThat(this.registry.get("newsroom.feed.stream.clients").gauge().value())
					.isEqualTo(1.0));
			assertThat(this.admission.open()).as("admitted by the stream caps").isOne();
		}
		finally {
			open.dispose();
		}
		await().atMost(WAIT)
			.untilAsserted(
					() -> assertThat(this.registry.get("newsroom.feed.stream.clients").gauge().value()).isZero());
		await().atMost(WAIT).untilAsserted(() -> assertThat(this.admission.open()).isZero());
	}

	@Test
	void prometheusOnTheManagementPortListsTheGatewaysMeters() {
		publish(nextId("scraped"), 1);
		this.client.get().uri("/api/feed?type=article&limit=1").exchange().expectStatus().isOk();
		WebTestClient management = WebTestClient.bindToServer()
			.baseUrl("http://localhost:" + this.managementPort)
			.responseTimeout(WAIT)
			.build();
		String application = "application=\"gateway\"";
		await().atMost(WAIT).untilAsserted(() -> {
			String scrape = management.get()
				.uri("/actuator/prometheus")
				.accept(MediaType.TEXT_PLAIN)
				.exchange()
				.expectStatus()
				.isOk()
				.expectBody(String.class)
				.returnResult()
				.getResponseBody();
			assertThat(scrape).contains("newsroom_feed_items{" + application + ",type=\"article\"}")
				.contains("newsroom_feed_items{" + application + ",type=\"person\"}")
				.contains("newsroom_feed_projection_lag_records{" + application + ",topic=\"" + TOPIC + "\"}")
				.contains("newsroom_feed_stream_clients{" + application + "}")
				.containsPattern("newsroom_feed_stream_handover_seconds_count\\{" + application + "} [1-9]")
				// the request's route template, never its query
				.containsPattern("http_server_requests_seconds_count\\{" + application + ",[^}]*uri=\"/api/feed\"")
				.doesNotContain("uri=\"/api/feed?")
				.containsPattern("http_server_requests_seconds_bucket\\{" + application + ",[^}]*uri=\"/api/feed\"")
				// the consumer's client metrics; the per-partition records_lag series
				// follow at
				// the binder's next refresh (1 min)
				.contains("kafka_consumer_fetch_manager_records_lag_max{" + application
						+ ",client_id=\"newsroom-gateway-feed\"");
		});
	}

	private double gauge(String name, String tag, String value) {
		return this.registry.get(name).tag(tag, value).gauge().value();
	}

	private Flux<ServerSentEvent<String>> stream(String uri, @Nullable String lastEventId) {
		return this.client.get().uri(uri).accept(MediaType.TEXT_EVENT_STREAM).headers((headers) -> {
			if (lastEventId != null) {
				headers.set("Last-Event-ID", lastEventId);
			}
		}).exchange().expectStatus().isOk().returnResult(SSE).getResponseBody();
	}

	/** Without heartbeats. */
	private static Flux<ServerSentEvent<String>> named(Flux<ServerSentEvent<String>> events) {
		return events.filter((event) -> event.event() != null);
	}

	private static boolean isItem(ServerSentEvent<String> event, String name, String id) {
		return name.equals(event.event()) && event.id() != null && data(event).contains("\"id\":\"" + id + "\"");
	}

	private static @Nullable String itemId(ServerSentEvent<String> event) {
		Matcher id = ITEM_ID.matcher(data(event));
		return id.find() ? id.group(1) : null;
	}

	private static String data(ServerSentEvent<String> event) {
		return Objects.requireNonNullElse(event.data(), "");
	}

	private static String nextId(String prefix) {
		return prefix + "-" + (++ids);
	}

	private static void publish(String id, long version) {
		send(id, Instant.now().minusSeconds(60), version);
	}

	private static void send(String id, Instant publishedAt, long version) {
		topics.send(TOPIC, id, ArticleRecords.value(id, "PUBLISHED", publishedAt, version),
				ArticleRecords.headers(id, (version == 1) ? "created" : "updated", version));
	}

}
