package dk.newsroom.webhooks.delivery;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import dk.newsroom.security.Scopes;
import dk.newsroom.testsupport.NewsroomIntegrationTest;
import dk.newsroom.testsupport.TestTokens;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.reactive.server.WebTestClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Changes published on the content topics reach real HTTP receivers (test servers on
 * localhost) signed per Standard Webhooks, as CloudEvents, in order, once each, through
 * retries; a slow receiver holds up nobody else; 410 turns a subscription off.
 */
@NewsroomIntegrationTest
class DeliveryIntegrationTest {

	static final Duration WAIT = Duration.ofSeconds(20);

	@Autowired
	WebTestClient http;

	@Autowired
	JsonMapper json;

	@Autowired
	io.micrometer.core.instrument.MeterRegistry registry;

	@Autowired
	DeliveryMetrics metrics;

	@BeforeAll
	static void topics() {
		ContentTopics.create();
	}

	@Test
	void aReceiverFailingFiveTimesGetsEachChangeExactlyOnceInOrderSigned() {
		try (TestReceiver receiver = new TestReceiver((n) -> (n < 5) ? 500 : 200, Duration.ZERO)) {
			String tag = uniqueTag();
			Map<String, Object> created = subscribe(receiver.url(), Map.of("tags", List.of(tag)));
			String id = new org.bson.types.ObjectId().toHexString();
			String first = ContentTopics.article(id, 1, "created", ContentTopics.articleJson(id, 1, "Cloud", tag));
			String second = ContentTopics.article(id, 2, "updated", ContentTopics.articleJson(id, 2, "Cloud", tag));
			String third = ContentTopics.article(id, 3, "updated", ContentTopics.articleJson(id, 3, "Cloud", tag));

			await().atMost(WAIT).until(() -> receiver.succeeded().size() >= 3);

			assertThat(receiver.received()).hasSize(8);
			List<TestReceiver.Received> delivered = receiver.succeeded();
			assertThat(delivered).extracting((r) -> r.header("webhook-id")).containsExactly(first, second, third);
			for (int i = 0; i < delivered.size(); i++) {
				TestReceiver.Received request = delivered.get(i);
				assertThat(StandardWebhooksVerifier.verify((String) created.get("secret"), request.header("webhook-id"),
						request.header("webhook-timestamp"), request.body(), request.header("webhook-signature")))
					.as("signature of %s", request.header("webhook-id"))
					.isTrue();
				assertThat(request.header("content-type")).isEqualTo("application/cloudevents+json");
				assertThat(Long.parseLong(request.header("webhook-timestamp")))
					.isCloseTo(Instant.now().getEpochSecond(), org.assertj.core.data.Offset.offset(60L));
				JsonNode event = this.json.readTree(request.body());
				assertThat(event.get("specversion").asString()).isEqualTo("1.0");
				assertThat(event.get("id").asString()).isEqualTo(request.header("webhook-id"));
				assertThat(event.get("source").asString()).isEqualTo("/articles-service");
				assertThat(event.get("type").asString())
					.isEqualTo((i == 0) ? "dk.newsroom.article.created" : "dk.newsroom.article.updated");
				assertThat(event.get("subject").asString()).isEqualTo(id);
				assertThat(event.get("entityversion").asString()).isEqualTo(String.valueOf(i + 1));
				assertThat(event.get("data"))
					.isEqualTo(this.json.readTree(ContentTopics.articleJson(id, i + 1, "Cloud", tag)));
			}
			// Every failed attempt was the first change, retried: nothing overtook it.
			assertThat(receiver.received().subList(0, 6)).extracting((r) -> r.header("webhook-id")).containsOnly(first);
			JsonNode log = attempts(created.get("id").toString());
			assertThat(log.get("items")).hasSize(8);
			assertThat(log.get("items").get(0).get("outcome").asString()).isEqualTo("delivered");
			assertThat(log.get("items").get(7).get("outcome").asString()).isEqualTo("retrying");
			assertThat(log.get("items").get(7).get("statusCode").asInt()).isEqualTo(500);
			assertThat(log.get("items").get(7).get("nextAttemptAt").isString()).isTrue();
		}
	}

	@Test
	void aSlowReceiverDoesNotDelayAnotherSubscription() {
		try (TestReceiver slow = new TestReceiver((n) -> 200, Duration.ofSeconds(9));
				TestReceiver fast = TestReceiver.answering(204)) {
			String tag = uniqueTag();
			String slowId = subscribe(slow.url(), Map.of("tags", List.of(tag))).get("id").toString();
			subscribe(fast.url(), Map.of("tags", List.of(tag)));
			String id = new org.bson.types.ObjectId().toHexString();
			for (int version = 1; version <= 3; version++) {
				ContentTopics.article(id, version, (version == 1) ? "created" : "updated",
						ContentTopics.articleJson(id, version, "Cloud", tag));
			}

			await().atMost(Duration.ofSeconds(6)).until(() -> fast.succeeded().size() == 3);
			assertThat(slow.received()).as("the slow receiver has answered nothing yet").isEmpty();
			admin().post().uri("/api/webhooks/subscriptions/{id}/pause", slowId).exchange().expectStatus().isOk();
		}
	}

	@Test
	void goneDisablesTheSubscriptionWithAReason() {
		try (TestReceiver gone = TestReceiver.answering(410)) {
			String tag = uniqueTag();
			String subscription = subscribe(gone.url(), Map.of("tags", List.of(tag))).get("id").toString();
			String id = new org.bson.types.ObjectId().toHexString();
			ContentTopics.article(id, 1, "created", ContentTopics.articleJson(id, 1, "Cloud", tag));
			ContentTopics.article(id, 2, "updated", ContentTopics.articleJson(id, 2, "Cloud", tag));

			await().atMost(WAIT).until(() -> "DISABLED".equals(subscription(subscription).get("status").asString()));
			assertThat(subscription(subscription).get("disabledReason").asString()).contains("410");
			assertThat(gone.requests()).isEqualTo(1);
		}
	}

	@Test
	void filtersByTypeSectionAndChangeKindAndSendsRemovalsAsEventsWithoutData() {
		try (TestReceiver receiver = TestReceiver.answering(200)) {
			String tag = uniqueTag();
			subscribe(receiver.url(), Map.of("types", List.of("article"), "sections", List.of("Cloud"), "changes",
					List.of("added", "removed"), "tags", List.of(tag)));
			String cloud = new org.bson.types.ObjectId().toHexString();
			String security = new org.bson.types.ObjectId().toHexString();
			ContentTopics.article(security, 1, "created", ContentTopics.articleJson(security, 1, "Sikkerhed", tag));
			ContentTopics.article(cloud, 1, "created", ContentTopics.articleJson(cloud, 1, "Cloud", tag));
			ContentTopics.article(cloud, 2, "updated", ContentTopics.articleJson(cloud, 2, "Cloud", tag));
			String removal = ContentTopics.article(cloud, 3, "deleted", null);

			await().atMost(WAIT).until(() -> receiver.succeeded().size() >= 2);
			assertThat(receiver.succeeded()).extracting((r) -> this.json.readTree(r.body()).get("type").asString())
				.containsExactly("dk.newsroom.article.created", "dk.newsroom.article.deleted");
			JsonNode deleted = this.json.readTree(receiver.succeeded().get(1).body());
			assertThat(deleted.get("id").asString()).isEqualTo(removal);
			assertThat(deleted.get("entityversion").asString()).isEqualTo("3");
			assertThat(deleted.has("data")).isFalse();
		}
	}

	@Test
	void aRotatedSecretSignsBesideTheNewOneAndPingReportsTheAnswer() {
		try (TestReceiver receiver = TestReceiver.answering(200)) {
			Map<String, Object> created = subscribe(receiver.url(), Map.of("tags", List.of(uniqueTag())));
			String id = created.get("id").toString();
			JsonNode rotated = this.json.readTree(admin().post()
				.uri("/api/webhooks/subscriptions/{id}/rotate-secret", id)
				.exchange()
				.expectStatus()
				.isOk()
				.expectBody()
				.returnResult()
				.getResponseBodyContent());
			String fresh = rotated.get("secret").asString();
			assertThat(fresh).startsWith("whsec_").isNotEqualTo(created.get("secret"));
			assertThat(Instant.parse(rotated.get("previousSecretExpiresAt").asString()))
				.isAfter(Instant.now().plus(Duration.ofHours(23)));

			admin().post()
				.uri("/api/webhooks/subscriptions/{id}/ping", id)
				.exchange()
				.expectStatus()
				.isOk()
				.expectBody()
				.jsonPath("$.ok")
				.isEqualTo(true)
				.jsonPath("$.statusCode")
				.isEqualTo(200);

			TestReceiver.Received ping = receiver.received().get(0);
			assertThat(ping.header("webhook-signature").split(" ")).hasSize(2);
			for (String secret : List.of(fresh, created.get("secret").toString())) {
				assertThat(StandardWebhooksVerifier.verify(secret, ping.header("webhook-id"),
						ping.header("webhook-timestamp"), ping.body(), ping.header("webhook-signature")))
					.isTrue();
			}
			assertThat(this.json.readTree(ping.body()).get("type").asString()).isEqualTo("dk.newsroom.webhook.ping");
		}
	}

	@Test
	void replaySendsAgainTheChangesSinceATime() {
		try (TestReceiver receiver = TestReceiver.answering(200)) {
			String tag = uniqueTag();
			String subscription = subscribe(receiver.url(), Map.of("tags", List.of(tag))).get("id").toString();
			Instant before = Instant.now().minusSeconds(1);
			String id = new org.bson.types.ObjectId().toHexString();
			String change = ContentTopics.article(id, 1, "created", ContentTopics.articleJson(id, 1, "Cloud", tag));
			await().atMost(WAIT).until(() -> receiver.succeeded().size() == 1);

			admin().post()
				.uri("/api/webhooks/subscriptions/{id}/replay", subscription)
				.bodyValue(Map.of("since", before.toString()))
				.exchange()
				.expectStatus()
				.isAccepted()
				.expectBody()
				.jsonPath("$.queued")
				.isEqualTo(1);

			await().atMost(WAIT).until(() -> receiver.succeeded().size() == 2);
			assertThat(receiver.succeeded()).extracting((r) -> r.header("webhook-id")).containsExactly(change, change);
		}
	}

	/**
	 * After a {@code /api/changes} token: only what a client at the token had not seen.
	 * The token is written here from the documented grammar, between two versions.
	 */
	@Test
	void replaySendsAgainTheChangesAfterAChangesToken() {
		try (TestReceiver receiver = TestReceiver.answering(200)) {
			String tag = uniqueTag();
			String subscription = subscribe(receiver.url(), Map.of("tags", List.of(tag))).get("id").toString();
			String id = new org.bson.types.ObjectId().toHexString();
			String first = ContentTopics.article(id, 1, "created", ContentTopics.articleJson(id, 1, "Cloud", tag));
			await().atMost(WAIT).until(() -> receiver.succeeded().size() == 1);
			String token = ContentTopics.tokenAtTheEnd();
			String second = ContentTopics.article(id, 2, "updated", ContentTopics.articleJson(id, 2, "Cloud", tag));
			await().atMost(WAIT).until(() -> receiver.succeeded().size() == 2);

			admin().post()
				.uri("/api/webhooks/subscriptions/{id}/replay", subscription)
				.bodyValue(Map.of("after", token))
				.exchange()
				.expectStatus()
				.isAccepted()
				.expectBody()
				.jsonPath("$.queued")
				.isEqualTo(1);

			await().atMost(WAIT).until(() -> receiver.succeeded().size() == 3);
			assertThat(receiver.succeeded()).extracting((r) -> r.header("webhook-id"))
				.containsExactly(first, second, second);
		}
	}

	@Test
	void aReplayNeedsExactlyOneOfATimeAndAGoodToken() {
		try (TestReceiver receiver = TestReceiver.answering(200)) {
			String subscription = subscribe(receiver.url(), Map.of("tags", List.of(uniqueTag()))).get("id").toString();
			for (Map<String, String> body : List.of(Map.of("after", "2.x.y.z"), Map.of("after", "1..zz-1.."),
					Map.<String, String>of(), Map.of("since", "2026-11-26T08:00:00Z", "after", "1...."))) {
				String field = body.containsKey("after") ? "after" : "since";
				admin().post()
					.uri("/api/webhooks/subscriptions/{id}/replay", subscription)
					.bodyValue(body)
					.exchange()
					.expectStatus()
					.isBadRequest()
					.expectBody()
					.jsonPath("$.errors[0].field")
					.isEqualTo(field);
			}
		}
	}

	@Test
	void countsDeliveriesAndAttemptsAndMeasuresEachSubscriptionsLag() {
		try (TestReceiver receiver = TestReceiver.answering(200)) {
			String tag = uniqueTag();
			String subscription = subscribe(receiver.url(), Map.of("tags", List.of(tag))).get("id").toString();
			admin().post().uri("/api/webhooks/subscriptions/{id}/pause", subscription).exchange().expectStatus().isOk();
			String id = new org.bson.types.ObjectId().toHexString();
			ContentTopics.article(id, 1, "created", ContentTopics.articleJson(id, 1, "Cloud", tag));

			await().atMost(WAIT).untilAsserted(() -> {
				this.metrics.refresh().block();
				assertThat(this.registry.get("webhooks.subscription.pending")
					.tag("subscription", subscription)
					.gauge()
					.value()).isEqualTo(1.0);
			});
			assertThat(this.registry.get("webhooks.subscription.lag").tag("subscription", subscription).gauge())
				.isNotNull();
			assertThat(this.registry.get("webhooks.undelivered.oldest.age").gauge()).isNotNull();
			double delivered = count("webhooks.deliveries", "outcome", "delivered");
			admin().post()
				.uri("/api/webhooks/subscriptions/{id}/resume", subscription)
				.exchange()
				.expectStatus()
				.isOk();
			await().atMost(WAIT).until(() -> receiver.succeeded().size() == 1);
			await().atMost(WAIT).until(() -> count("webhooks.deliveries", "outcome", "delivered") > delivered);
			assertThat(count("webhooks.attempts", "result", "2xx")).isPositive();
			this.metrics.refresh().block();
			assertThat(this.registry.get("webhooks.subscription.pending")
				.tag("subscription", subscription)
				.gauge()
				.value()).isZero();
		}
	}

	private double count(String name, String tag, String value) {
		io.micrometer.core.instrument.Counter counter = this.registry.find(name).tag(tag, value).counter();
		return (counter != null) ? counter.count() : 0;
	}

	private Map<String, Object> subscribe(String url, Map<String, Object> filter) {
		@SuppressWarnings("unchecked")
		Map<String, Object> created = admin().post()
			.uri("/api/webhooks/subscriptions")
			.bodyValue(Map.of("url", url, "description", "Test receiver", "filter", filter))
			.exchange()
			.expectStatus()
			.isCreated()
			.expectBody(Map.class)
			.returnResult()
			.getResponseBody();
		return created;
	}

	private JsonNode subscription(String id) {
		return this.json.readTree(admin().get()
			.uri("/api/webhooks/subscriptions/{id}", id)
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.returnResult()
			.getResponseBodyContent());
	}

	private JsonNode attempts(String id) {
		return this.json.readTree(admin().get()
			.uri("/api/webhooks/subscriptions/{id}/attempts?limit=50", id)
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.returnResult()
			.getResponseBodyContent());
	}

	private WebTestClient admin() {
		return TestTokens.authorized(this.http, Scopes.WEBHOOKS_ADMIN);
	}

	static String uniqueTag() {
		return "webhook-" + UUID.randomUUID().toString().substring(0, 8);
	}

}
