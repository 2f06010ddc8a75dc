package dk.newsroom.articles.article;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import dk.newsroom.security.Scopes;
import dk.newsroom.testsupport.TestTokens;
import dk.newsroom.testsupport.KafkaBackend;
import dk.newsroom.testsupport.NewsroomIntegrationTest;
import dk.newsroom.testsupport.StoredDocuments;
import dk.newsroom.testsupport.TestBackends;
import dk.newsroom.testsupport.TopicSnapshot;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.http.HttpHeaders;
import org.springframework.test.web.reactive.server.WebTestClient;

import static dk.newsroom.testsupport.TopicSnapshot.header;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * With the broker down, writes still succeed, and every change reaches the topic, in
 * order, once the broker is back.
 */
@NewsroomIntegrationTest(properties = "newsroom.outbox.sweep-interval=500ms")
class BrokerOutageIntegrationTest {

	@Autowired
	WebTestClient http;

	@Autowired
	ReactiveMongoTemplate mongo;

	final KafkaBackend kafka = TestBackends.kafka();

	@AfterEach
	void brokerBack() {
		this.kafka.start();
	}

	@Test
	void acceptsWritesWhileTheBrokerIsDownAndPublishesThemAfterwards() {
		String kept = create().id();
		String deleted = create().id();
		await().atMost(Duration.ofSeconds(30))
			.until(() -> TopicSnapshot.read(ArticleEventsIntegrationTest.TOPIC, deleted).size() == 1);

		this.kafka.stop();
		editor().post().uri("/api/articles/{id}/publish", kept).exchange().expectStatus().isOk();
		Map<String, Object> changed = ArticleFixtures.validArticle("afbrydelse");
		changed.put("headline", "Opdateret mens Kafka var nede");
		editor().put()
			.uri("/api/articles/{id}", kept)
			.header(HttpHeaders.IF_MATCH, "\"2\"")
			.bodyValue(changed)
			.exchange()
			.expectStatus()
			.isOk();
		editor().delete().uri("/api/articles/{id}", deleted).exchange().expectStatus().isNoContent();
		assertThat(StoredDocuments.find(this.mongo, ArticleDocument.COLLECTION, kept).getList("outbox", Object.class))
			.as("pending while the broker is down")
			.hasSize(2);

		this.kafka.start();

		List<ConsumerRecord<String, byte[]>> records = await().atMost(Duration.ofSeconds(60))
			.pollInterval(Duration.ofMillis(500))
			.until(() -> TopicSnapshot.read(ArticleEventsIntegrationTest.TOPIC, kept), (found) -> found.size() >= 3);
		assertThat(records).extracting((record) -> header(record, "ce_entityversion")).containsExactly("1", "2", "3");
		assertThat(TopicSnapshot.value(records.get(2))).contains("Opdateret mens Kafka var nede");
		await().atMost(Duration.ofSeconds(30))
			.untilAsserted(() -> assertThat(TopicSnapshot.read(ArticleEventsIntegrationTest.TOPIC, deleted))
				.extracting((record) -> header(record, "ce_type"))
				.containsExactly("dk.newsroom.article.created", "dk.newsroom.article.deleted"));
		await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
			assertThat(
					StoredDocuments.find(this.mongo, ArticleDocument.COLLECTION, kept).getList("outbox", Object.class))
				.isEmpty();
			assertThat(StoredDocuments.find(this.mongo, ArticleDocument.COLLECTION, deleted)).isNull();
		});
	}

	private ArticleResponse create() {
		return editor().post()
			.uri("/api/articles")
			.bodyValue(ArticleFixtures.validArticle("afbrydelse"))
			.exchange()
			.expectStatus()
			.isCreated()
			.expectBody(ArticleResponse.class)
			.returnResult()
			.getResponseBody();
	}

	/** The client as an editor: a bearer token with the write scope. */
	private WebTestClient editor() {
		return TestTokens.authorized(this.http, Scopes.ARTICLES_WRITE);
	}

}
