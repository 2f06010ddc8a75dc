package dk.newsroom.gateway.feed.ingest;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import dk.newsroom.testsupport.NewsroomIntegrationTest;
import dk.newsroom.testsupport.TestBackends;
import org.apache.kafka.common.header.Headers;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalManagementPort;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.test.web.reactive.server.WebTestClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A gateway that starts while the broker is unreachable is not ready; once the broker is
 * back it becomes ready only after reading everything that was on the topic, with the
 * version rule applied.
 */
@NewsroomIntegrationTest(properties = { "newsroom.feed.topics.article=" + FeedReadinessIntegrationTest.TOPIC,
		"newsroom.feed.retry-backoff=200ms" })
@AutoConfigureWebTestClient
class FeedReadinessIntegrationTest {

	static final String TOPIC = "gateway-it.readiness.articles.v1";

	private static final Instant NOW = Instant.now();

	private static boolean brokerStopped;

	@Autowired
	private WebTestClient client;

	@LocalManagementPort
	private int managementPort;

	@BeforeAll
	static void writeTheTopicThenStopTheBroker() {
		TestTopics.create(TOPIC, 3);
		try (TestTopics topics = new TestTopics()) {
			publish(topics, "a1", NOW.minusSeconds(3600), 1, "created");
			publish(topics, "a1", NOW.minusSeconds(3600), 2, "updated");
			publish(topics, "a1", NOW.minusSeconds(3600), 1, "created"); // late replay of
																			// v1
			Headers once = ArticleRecords.headers("a2", "created", 1L);
			topics.send(TOPIC, "a2", ArticleRecords.value("a2", "PUBLISHED", NOW.minusSeconds(60), 1), once);
			// the relay crashed between send and acknowledge-removal: the same event
			// again
			topics.send(TOPIC, "a2", ArticleRecords.value("a2", "PUBLISHED", NOW.minusSeconds(60), 1), once);
			publish(topics, "a3", NOW.minusSeconds(7200), 1, "created");
			topics.send(TOPIC, "a3", null, ArticleRecords.headers("a3", "deleted", 2L));
			publish(topics, "a3", NOW.minusSeconds(7200), 1, "created"); // must not
																			// resurrect
			topics.send(TOPIC, "a4", ArticleRecords.value("a4", "DRAFT", NOW.minusSeconds(60), 1),
					ArticleRecords.headers("a4", "created", 1L));
			publish(topics, "a5", NOW.plus(Duration.ofDays(1)), 1, "created"); // scheduled
		}
		TestBackends.kafka().stop();
		brokerStopped = true;
	}

	@AfterAll
	static void restartTheBroker() {
		if (brokerStopped) {
			TestBackends.kafka().start();
			brokerStopped = false;
		}
	}

	@Test
	void isNotReadyUntilTheFeedHasReadWhatWasOnTheTopicsAtStart() {
		WebTestClient management = Readiness.management(this.managementPort);
		Readiness before = Readiness.of(management);
		assertThat(before.httpStatus()).isEqualTo(503);
		assertThat(before.status()).isEqualTo("DOWN");
		assertThat(before.feed().status()).isEqualTo("DOWN");
		assertThat(before.phase()).isEqualTo("CONNECTING");
		management.get().uri("/actuator/health/liveness").exchange().expectStatus().isOk();
		// readiness is the application's state and the feed; liveness the process alone
		assertThat(components(management, "readiness")).containsOnlyKeys("readinessState", "feedProjection")
			.extractingByKey("readinessState")
			.isEqualTo(Map.of("status", "UP"));
		assertThat(components(management, "liveness")).containsOnlyKeys("livenessState");

		TestBackends.kafka().start();
		brokerStopped = false;

		await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
			Readiness after = Readiness.of(management);
			assertThat(after.httpStatus()).isEqualTo(200);
			assertThat(after.phase()).isEqualTo("CAUGHT_UP");
		});
		// Ready means caught up: everything written before the start is in the feed now.
		this.client.get()
			.uri("/api/feed")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.items[*].id")
			.isEqualTo(List.of("a2", "a1"))
			.jsonPath("$.items[1].version")
			.isEqualTo(2)
			.jsonPath("$.items[1].title")
			.isEqualTo("Overskrift på artikel a1, version 2")
			.jsonPath("$.items[1].publishedAt")
			.isEqualTo(NOW.minusSeconds(3600).toString())
			.jsonPath("$.items[1].link")
			.isEqualTo("/api/articles/a1");
	}

	@SuppressWarnings("unchecked")
	private static Map<String, Object> components(WebTestClient management, String group) {
		Map<String, Object> body = management.get()
			.uri("/actuator/health/" + group)
			.exchange()
			.expectBody(Map.class)
			.returnResult()
			.getResponseBody();
		assertThat(body).isNotNull();
		return (Map<String, Object>) body.get("components");
	}

	private static void publish(TestTopics topics, String id, Instant publishedAt, long version, String type) {
		topics.send(TOPIC, id, ArticleRecords.value(id, "PUBLISHED", publishedAt, version),
				ArticleRecords.headers(id, type, version));
	}

}
