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
import org.bson.Document;
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
 * With the broker down, writes still succeed, and each document's latest change reaches
 * the topic once the broker is back (the changes in between are coalesced: the topic is
 * compacted and every record carries the full state).
 */
@NewsroomIntegrationTest(properties = "newsroom.outbox.sweep-interval=500ms")
class BrokerOutageIntegrationTest {

	@Autowired
	WebTestClient http;

	@Autowired
	ReactiveMongoTemplate mongo;

	static final int SAVES = 1_000;

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
		assertThat(StoredDocuments.find(this.mongo, ArticleDocument.COLLECTION, kept).get("outbox", Document.class))
			.as("the latest change pending while the broker is down")
			.containsEntry("entityVersion", 3L);

		this.kafka.start();

		List<ConsumerRecord<String, byte[]>> records = await().atMost(Duration.ofSeconds(60))
			.pollInterval(Duration.ofMillis(500))
			.until(() -> TopicSnapshot.read(ArticleEventsIntegrationTest.TOPIC, kept),
					(found) -> !found.isEmpty() && "3".equals(header(found.get(found.size() - 1), "ce_entityversion")));
		// Version 2 may have been handed to the producer before the outage began; then it
		// is delivered when the broker is back. Otherwise the latest change replaced it.
		assertThat(records).extracting((record) -> header(record, "ce_entityversion"))
			.as("in order, ending with the latest")
			.isSubsetOf("1", "2", "3")
			.startsWith("1")
			.endsWith("3")
			.doesNotHaveDuplicates();
		assertThat(TopicSnapshot.value(records.get(records.size() - 1))).contains("Opdateret mens Kafka var nede");
		await().atMost(Duration.ofSeconds(30))
			.untilAsserted(() -> assertThat(TopicSnapshot.read(ArticleEventsIntegrationTest.TOPIC, deleted))
				.extracting((record) -> header(record, "ce_type"))
				.containsExactly("dk.newsroom.article.created", "dk.newsroom.article.deleted"));
		await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
			assertThat(StoredDocuments.find(this.mongo, ArticleDocument.COLLECTION, kept)).doesNotContainKey("outbox");
			assertThat(StoredDocuments.find(this.mongo, ArticleDocument.COLLECTION, deleted)).isNull();
		});
	}

	/**
	 * A document's pending change stays one copy of its state, however many saves the
	 * outage lasts: the largest article the API takes (a body of 100 000 characters),
	 * saved {@value #SAVES} times, and the document never holds more than its state and
	 * one change.
	 */
	@Test
	void manySavesOfALargeArticleDuringAnOutageKeepTheDocumentSmallAndPublishTheLatest() {
		Map<String, Object> body = ArticleFixtures.validArticle("stor-artikel");
		String paragraph = "<p>Æblerne i Ærø og Øresund blev sorteret på en ny måde, fortæller forskerne.</p>";
		body.put("body", paragraph.repeat(99_000 / paragraph.length()));
		String id = editor().post()
			.uri("/api/articles")
			.bodyValue(body)
			.exchange()
			.expectStatus()
			.isCreated()
			.expectBody(ArticleResponse.class)
			.returnResult()
			.getResponseBody()
			.id();
		await().atMost(Duration.ofSeconds(30))
			.until(() -> TopicSnapshot.read(ArticleEventsIntegrationTest.TOPIC, id).size() == 1);
		int oneCopy = bsonSize(id);

		this.kafka.stop();
		for (int save = 1; save <= SAVES; save++) {
			body.put("headline", "Gemt for " + save + ". gang mens Kafka var nede");
			editor().put()
				.uri("/api/articles/{id}", id)
				.header(HttpHeaders.IF_MATCH, "\"" + save + "\"")
				.bodyValue(body)
				.exchange()
				.expectStatus()
				.isOk()
				// Read and release the answer: an unread body keeps its pooled
				// connection.
				.expectBody(Void.class);
		}
		// The state and one pending copy of it, whatever the number of saves.
		assertThat(bsonSize(id)).as("stored size after %s saves, against %s bytes once sent", SAVES, oneCopy)
			.isLessThan(2 * oneCopy + oneCopy / 10);
		this.kafka.start();

		String latest = String.valueOf(SAVES + 1);
		List<ConsumerRecord<String, byte[]>> records = await().atMost(Duration.ofSeconds(60))
			.pollInterval(Duration.ofMillis(500))
			.until(() -> TopicSnapshot.read(ArticleEventsIntegrationTest.TOPIC, id),
					(found) -> latest.equals(header(found.get(found.size() - 1), "ce_entityversion")));
		assertThat(TopicSnapshot.value(records.get(records.size() - 1)))
			.contains("Gemt for " + SAVES + ". gang mens Kafka var nede");
	}

	private int bsonSize(String id) {
		return new org.bson.RawBsonDocument(StoredDocuments.find(this.mongo, ArticleDocument.COLLECTION, id),
				new org.bson.codecs.DocumentCodec())
			.getByteBuffer()
			.remaining();
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
