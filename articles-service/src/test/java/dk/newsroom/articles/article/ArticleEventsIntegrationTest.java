package dk.newsroom.articles.article;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import dk.newsroom.security.Scopes;
import dk.newsroom.testsupport.TestTokens;
import dk.newsroom.testsupport.NewsroomIntegrationTest;
import dk.newsroom.testsupport.StoredDocuments;
import dk.newsroom.testsupport.TestBackends;
import dk.newsroom.testsupport.TopicSnapshot;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.Config;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.config.ConfigResource;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.test.web.reactive.server.WebTestClient;

import static dk.newsroom.testsupport.TopicSnapshot.header;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * What lands on {@code newsroom.articles.v1}, read back with a plain Kafka consumer:
 * docs/design.md §4's key, value and CloudEvents headers for every kind of change.
 */
@NewsroomIntegrationTest
class ArticleEventsIntegrationTest {

	static final String TOPIC = "newsroom.articles.v1";

	@Autowired
	WebTestClient http;

	@Autowired
	JsonMapper json;

	@Autowired
	ReactiveMongoTemplate mongo;

	@Test
	void publishesEveryChangeAsACloudEventCarryingTheResource() {
		String id = editor().post()
			.uri("/api/articles")
			.bodyValue(ArticleFixtures.validArticle(ArticleApiIntegrationTest.uniqueTag()))
			.exchange()
			.expectStatus()
			.isCreated()
			.expectBody(ArticleResponse.class)
			.returnResult()
			.getResponseBody()
			.id();
		// Each version reaches the topic before the next write (a later one would replace
		// it).
		TopicSnapshot.awaitVersion(TOPIC, id, 1);
		editor().post().uri("/api/articles/{id}/publish", id).exchange().expectStatus().isOk();
		TopicSnapshot.awaitVersion(TOPIC, id, 2);
		String published = new String(this.http.get()
			.uri("/api/articles/{id}", id)
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.returnResult()
			.getResponseBodyContent(), java.nio.charset.StandardCharsets.UTF_8);
		editor().delete().uri("/api/articles/{id}", id).exchange().expectStatus().isNoContent();

		List<ConsumerRecord<String, byte[]>> records = await().atMost(Duration.ofSeconds(30))
			.until(() -> TopicSnapshot.read(TOPIC, id), (found) -> found.size() >= 3);

		assertThat(records).hasSize(3);
		assertThat(records).extracting((record) -> header(record, "ce_type"))
			.containsExactly("dk.newsroom.article.created", "dk.newsroom.article.updated",
					"dk.newsroom.article.deleted");
		assertThat(records).extracting((record) -> header(record, "ce_entityversion")).containsExactly("1", "2", "3");
		assertThat(records).extracting((record) -> header(record, "ce_id"))
			.doesNotHaveDuplicates()
			.doesNotContainNull();
		for (ConsumerRecord<String, byte[]> record : records) {
			assertThat(record.key()).isEqualTo(id);
			assertThat(header(record, "ce_specversion")).isEqualTo("1.0");
			assertThat(header(record, "ce_source")).isEqualTo("/articles-service");
			assertThat(header(record, "ce_subject")).isEqualTo(id);
			assertThat(header(record, "content-type")).isEqualTo("application/json");
			assertThat(Instant.parse(header(record, "ce_time"))).isBefore(Instant.now().plusSeconds(1));
		}
		JsonNode created = this.json.readTree(records.get(0).value());
		assertThat(created.get("status").asString()).isEqualTo("DRAFT");
		assertThat(created.get("headline").asString()).isEqualTo("Østjysk it-firma åbner nyt datacenter i Århus");
		assertThat(this.json.readTree(records.get(1).value())).isEqualTo(this.json.readTree(published));
		assertThat(records.get(2).value()).as("a deletion is a tombstone").isNull();
	}

	@Test
	void createsItsTopicCompacted() throws Exception {
		try (Admin admin = Admin.create(Map.of("bootstrap.servers", TestBackends.kafka().bootstrapServers()))) {
			ConfigResource topic = new ConfigResource(ConfigResource.Type.TOPIC, TOPIC);
			Config config = await().atMost(Duration.ofSeconds(30))
				.ignoreExceptions()
				.until(() -> admin.describeConfigs(List.of(topic)).all().get().get(topic), (found) -> found != null);
			assertThat(config.get("cleanup.policy").value()).isEqualTo("compact");
			assertThat(admin.describeTopics(List.of(TOPIC)).allTopicNames().get().get(TOPIC).partitions()).hasSize(3);
		}
	}

	@Test
	void removesTheDeletedDocumentOnceItsTombstoneIsSent() {
		String id = editor().post()
			.uri("/api/articles")
			.bodyValue(ArticleFixtures.validArticle(ArticleApiIntegrationTest.uniqueTag()))
			.exchange()
			.expectBody(ArticleResponse.class)
			.returnResult()
			.getResponseBody()
			.id();
		editor().delete().uri("/api/articles/{id}", id).exchange().expectStatus().isNoContent();

		await().atMost(Duration.ofSeconds(30))
			.until(() -> TopicSnapshot.read(TOPIC, id)
				.stream()
				.anyMatch((record) -> "dk.newsroom.article.deleted".equals(header(record, "ce_type"))));
		await().atMost(Duration.ofSeconds(10))
			.untilAsserted(() -> assertThat(StoredDocuments.find(this.mongo, ArticleDocument.COLLECTION, id)).isNull());
	}

	/** The client as an editor: a bearer token with the write scope. */
	private WebTestClient editor() {
		return TestTokens.authorized(this.http, Scopes.ARTICLES_WRITE);
	}

}
