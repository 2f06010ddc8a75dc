package dk.newsroom.gateway.feed.stream;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicReference;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;

import dk.newsroom.gateway.GatewayApplication;
import dk.newsroom.gateway.feed.ingest.ArticleRecords;
import dk.newsroom.gateway.feed.ingest.TestTopics;
import dk.newsroom.testsupport.NewsroomIntegrationTest;
import dk.newsroom.testsupport.TestBackends;
import dk.newsroom.testsupport.TestTokens;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Flux;
import reactor.test.StepVerifier;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.MediaType;
import org.springframework.http.codec.ServerSentEvent;
import org.springframework.test.web.reactive.server.WebTestClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Two gateways read the same three-partition topic; a client behind a load balancer
 * without stickiness moves between them: its stream resumes on the other with
 * {@code Last-Event-ID}, and its {@code /api/changes} token works there, without a reset
 * and without a change missed or sent twice.
 */
@NewsroomIntegrationTest(properties = { "newsroom.feed.topics.article=" + FeedReplicasIntegrationTest.TOPIC,
		"newsroom.feed.topic-refresh-interval=200ms" })
class FeedReplicasIntegrationTest {

	static final String TOPIC = "gateway-it.replicas.articles.v1";

	private static final Duration WAIT = Duration.ofSeconds(30);

	private static final ParameterizedTypeReference<ServerSentEvent<String>> SSE = new ParameterizedTypeReference<>() {
	};

	private static final ParameterizedTypeReference<Map<String, Object>> JSON = new ParameterizedTypeReference<>() {
	};

	private static final Pattern ITEM_ID = Pattern.compile("\"id\":\"([^\"]+)\"");

	private static TestTopics topics;

	private static @Nullable ConfigurableApplicationContext second;

	private static @Nullable WebTestClient secondClient;

	@Autowired
	private WebTestClient client;

	@BeforeAll
	static void startTheSecondGateway() {
		TestTopics.create(TOPIC, 3);
		topics = new TestTopics();
		// Arguments, not default properties: those would lose to the application's own
		// configuration.
		List<String> arguments = new ArrayList<>(List.of("--server.port=0", "--management.server.port=0",
				"--spring.kafka.bootstrap-servers=" + TestBackends.kafka().bootstrapServers(),
				"--newsroom.feed.topics.article=" + TOPIC, "--newsroom.feed.topic-refresh-interval=200ms"));
		TestTokens.applicationProperties().forEach((name, value) -> arguments.add("--" + name + "=" + value));
		second = new SpringApplicationBuilder(GatewayApplication.class).run(arguments.toArray(String[]::new));
		int port = ((WebServerApplicationContext) second).getWebServer().getPort();
		secondClient = WebTestClient.bindToServer().baseUrl("http://localhost:" + port).responseTimeout(WAIT).build();
	}

	@AfterAll
	static void stop() {
		if (second != null) {
			second.close();
		}
		topics.close();
	}

	@Test
	void aStreamResumesOnTheOtherGatewayWithExactlyWhatItMissed() {
		WebTestClient first = this.client.mutate().responseTimeout(WAIT).build();
		List<String> seen = ids("seen", 6);
		AtomicReference<String> lastEventId = new AtomicReference<>();
		StepVerifier.create(named(stream(first, null)))
			.expectNextMatches((event) -> "ready".equals(event.event()))
			.then(() -> seen.forEach(FeedReplicasIntegrationTest::publish))
			.recordWith(ArrayList::new)
			.expectNextCount(seen.size())
			.consumeRecordedWith((events) -> {
				assertThat(events).extracting(FeedReplicasIntegrationTest::itemId)
					.containsExactlyInAnyOrderElementsOf(seen);
				lastEventId.set(new ArrayList<>(events).get(events.size() - 1).id());
			})
			.thenCancel()
			.verify(WAIT);

		List<String> missed = ids("missed", 6);
		missed.forEach(FeedReplicasIntegrationTest::publish);
		String live = "live-" + System.nanoTime();

		StepVerifier.create(named(stream(Objects.requireNonNull(secondClient), lastEventId.get())))
			.recordWith(ArrayList::new)
			.expectNextCount(missed.size())
			.consumeRecordedWith((events) -> assertThat(events)
				.allMatch((event) -> "added".equals(event.event()), "added events only, no reset")
				.extracting(FeedReplicasIntegrationTest::itemId)
				.containsExactlyInAnyOrderElementsOf(missed))
			.then(() -> publish(live))
			.expectNextMatches((event) -> "added".equals(event.event()) && live.equals(itemId(event)))
			.thenCancel()
			.verify(WAIT);
	}

	@Test
	void aChangesTokenFromOneGatewayWorksOnTheOther() {
		List<String> before = ids("before", 6);
		before.forEach(FeedReplicasIntegrationTest::publish);
		WebTestClient first = this.client.mutate().responseTimeout(WAIT).build();
		String token = await().atMost(WAIT).until(() -> changes(first, null), (page) -> {
			List<String> ids = changedIds(page);
			return ids.containsAll(before) && !Boolean.TRUE.equals(page.get("more"));
		}).get("next").toString();

		List<String> after = ids("after", 6);
		after.forEach(FeedReplicasIntegrationTest::publish);

		Map<String, Object> page = await().atMost(WAIT)
			.until(() -> changes(Objects.requireNonNull(secondClient), token),
					(answer) -> changedIds(answer).containsAll(after));
		assertThat(page.get("reset")).isEqualTo(false);
		assertThat(changedIds(page)).containsExactlyInAnyOrderElementsOf(after);
	}

	private static Map<String, Object> changes(WebTestClient gateway, @Nullable String since) {
		return Objects.requireNonNull(gateway.get()
			.uri((since != null) ? "/api/changes?limit=500&since=" + since : "/api/changes?limit=500")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(JSON)
			.returnResult()
			.getResponseBody());
	}

	@SuppressWarnings("unchecked")
	private static List<String> changedIds(Map<String, Object> page) {
		return ((List<Map<String, Object>>) page.get("changes")).stream()
			.map((change) -> change.get("id").toString())
			.toList();
	}

	private static Flux<ServerSentEvent<String>> stream(WebTestClient gateway, @Nullable String lastEventId) {
		return gateway.get().uri("/api/feed/stream").accept(MediaType.TEXT_EVENT_STREAM).headers((headers) -> {
			if (lastEventId != null) {
				headers.set("Last-Event-ID", lastEventId);
			}
		}).exchange().expectStatus().isOk().returnResult(SSE).getResponseBody();
	}

	/** Without heartbeats. */
	private static Flux<ServerSentEvent<String>> named(Flux<ServerSentEvent<String>> events) {
		return events.filter((event) -> event.event() != null);
	}

	private static List<String> ids(String prefix, int count) {
		long now = System.nanoTime();
		return IntStream.range(0, count).mapToObj((i) -> prefix + "-" + now + "-" + i).toList();
	}

	private static @Nullable String itemId(ServerSentEvent<String> event) {
		Matcher id = ITEM_ID.matcher(Objects.requireNonNullElse(event.data(), ""));
		return id.find() ? id.group(1) : null;
	}

	private static void publish(String id) {
		topics.send(TOPIC, id, ArticleRecords.value(id, "PUBLISHED", Instant.now().minusSeconds(60), 1),
				ArticleRecords.headers(id, "created", 1L));
	}

}
