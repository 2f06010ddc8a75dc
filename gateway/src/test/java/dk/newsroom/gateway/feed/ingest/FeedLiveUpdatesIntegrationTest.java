package dk.newsroom.gateway.feed.ingest;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import dk.newsroom.testsupport.NewsroomIntegrationTest;
import org.apache.kafka.common.header.Headers;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalManagementPort;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.test.web.reactive.server.WebTestClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A running gateway: its topic does not exist when it starts, then records arrive while
 * it serves. One partition, so a later record on the topic proves the earlier ones were
 * read.
 */
@NewsroomIntegrationTest(properties = { "newsroom.feed.topics.article=" + FeedLiveUpdatesIntegrationTest.TOPIC,
		"newsroom.feed.topic-refresh-interval=200ms" })
@AutoConfigureWebTestClient
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class FeedLiveUpdatesIntegrationTest {

	static final String TOPIC = "gateway-it.live.articles.v1";

	private static final Duration WAIT = Duration.ofSeconds(30);

	private static TestTopics topics;

	private static int barriers;

	@Autowired
	private WebTestClient client;

	@LocalManagementPort
	private int managementPort;

	@BeforeAll
	static void openProducer() {
		topics = new TestTopics();
	}

	@AfterAll
	static void closeProducer() {
		topics.close();
	}

	@Test
	@Order(1)
	void isReadyWhileItsTopicDoesNotExistAndReadsTheTopicOnceItAppears() {
		await().atMost(WAIT).untilAsserted(() -> {
			Readiness readiness = Readiness.of(Readiness.management(this.managementPort));
			assertThat(readiness.httpStatus()).isEqualTo(200);
			assertThat(missingTopics(readiness)).contains(TOPIC);
		});

		TestTopics.create(TOPIC, 1);
		publish("first", Instant.now().minusSeconds(60), 1);

		await().atMost(WAIT).untilAsserted(() -> assertThat(feedIds()).contains("first"));
		assertThat(missingTopics(Readiness.of(Readiness.management(this.managementPort)))).doesNotContain(TOPIC);
	}

	/**
	 * Topics of the other content types may be missing too; this test is about its own.
	 */
	private static List<Object> missingTopics(Readiness readiness) {
		return (readiness.missingTopics() instanceof List<?> missing) ? List.copyOf(missing) : List.of();
	}

	@Test
	@Order(2)
	void aDuplicatedRecordDoesNotDuplicateTheItem() {
		Headers sameEvent = ArticleRecords.headers("dup", "created", 1L);
		byte[] value = ArticleRecords.value("dup", "PUBLISHED", Instant.now().minusSeconds(30), 1);
		topics.send(TOPIC, "dup", value, sameEvent);
		topics.send(TOPIC, "dup", value, sameEvent);

		awaitBarrier();

		assertThat(feedIds()).containsOnlyOnce("dup");
	}

	@Test
	@Order(3)
	void aTombstoneRemovesTheItemAndAnOlderRecordDoesNotBringItBack() {
		publish("gone", Instant.now().minusSeconds(20), 1);
		await().atMost(WAIT).untilAsserted(() -> assertThat(feedIds()).contains("gone"));

		topics.send(TOPIC, "gone", null, ArticleRecords.headers("gone", "deleted", 2L));
		publish("gone", Instant.now().minusSeconds(20), 1);
		publish("gone", Instant.now().minusSeconds(20), 2);
		awaitBarrier();

		assertThat(feedIds()).doesNotContain("gone");
	}

	@Test
	@Order(4)
	void aNewerVersionReplacesTheItemAndAnOlderOneIsIgnored() {
		Instant publishedAt = Instant.now().minusSeconds(10);
		publish("edited", publishedAt, 1);
		publish("edited", publishedAt, 3);
		publish("edited", publishedAt, 2);
		awaitBarrier();

		this.client.get()
			.uri("/api/feed?limit=100")
			.exchange()
			.expectBody()
			.jsonPath("$.items[?(@.id == 'edited')].version")
			.isEqualTo(List.of(3))
			.jsonPath("$.items[?(@.id == 'edited')].title")
			.isEqualTo(List.of("Overskrift på artikel edited, version 3"));
	}

	@Test
	@Order(5)
	void aScheduledItemAppearsWhenItsTimeComesWithoutANewRecord() {
		publish("scheduled", Instant.now().plusSeconds(2), 1);
		awaitBarrier();
		assertThat(feedIds()).doesNotContain("scheduled");

		await().atMost(WAIT).untilAsserted(() -> assertThat(feedIds()).contains("scheduled"));
	}

	private List<String> feedIds() {
		Page page = this.client.get()
			.uri("/api/feed?limit=100")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(Page.class)
			.returnResult()
			.getResponseBody();
		assertThat(page).isNotNull();
		return page.items().stream().map(Item::id).toList();
	}

	/**
	 * A later record on the single partition: once it is in the feed, all before it were
	 * read.
	 */
	private void awaitBarrier() {
		String id = "barrier-" + (++barriers);
		publish(id, Instant.now().minusSeconds(3600), 1);
		await().atMost(WAIT).untilAsserted(() -> assertThat(feedIds()).contains(id));
	}

	private static void publish(String id, Instant publishedAt, long version) {
		topics.send(TOPIC, id, ArticleRecords.value(id, "PUBLISHED", publishedAt, version),
				ArticleRecords.headers(id, (version == 1) ? "created" : "updated", version));
	}

	@JsonIgnoreProperties(ignoreUnknown = true)
	record Page(List<Item> items) {

	}

	@JsonIgnoreProperties(ignoreUnknown = true)
	record Item(String id) {

	}

}
