package dk.newsroom.articles.article;

import java.time.Duration;
import java.util.Date;
import java.util.Map;

import dk.newsroom.security.Scopes;
import dk.newsroom.testsupport.NewsroomIntegrationTest;
import dk.newsroom.testsupport.StoredDocuments;
import dk.newsroom.testsupport.TestTokens;
import dk.newsroom.testsupport.TopicSnapshot;
import org.bson.Document;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.http.HttpHeaders;
import org.springframework.test.web.reactive.server.WebTestClient;

import static dk.newsroom.testsupport.TopicSnapshot.header;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A change the broker refuses for what it is (here: larger than the producer's
 * {@code max.request.size}) waits on its own document with a growing back-off, and delays
 * nobody else; the next save of the document clears the back-off.
 */
@NewsroomIntegrationTest(properties = "spring.kafka.producer.properties.max.request.size=20000")
class OutboxRefusalIntegrationTest {

	private static final String TOPIC = "newsroom.articles.v1";

	@Autowired
	WebTestClient http;

	@Autowired
	ReactiveMongoTemplate mongo;

	@Test
	void aRefusedChangeBacksOffAloneAndOthersAreSent() {
		Map<String, Object> large = ArticleFixtures.validArticle("for-stor");
		String paragraph = "<p>Et langt afsnit om fibernettet på Fyn og i Sønderjylland.</p>";
		large.put("body", paragraph.repeat(40_000 / paragraph.length()));
		String refused = create(large).id();
		String others = create(ArticleFixtures.validArticle("normal")).id();

		await().atMost(Duration.ofSeconds(30))
			.untilAsserted(() -> assertThat(TopicSnapshot.read(TOPIC, others)).hasSize(1));
		await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
			Document stored = stored(refused);
			assertThat(stored.getInteger("outboxAttempts", 0)).isPositive();
			assertThat(stored.getDate("outboxRetryAt")).isAfter(new Date());
		});
		assertThat(stored(refused)).containsKeys("outbox", "pendingSince");
		assertThat(TopicSnapshot.read(TOPIC, refused)).isEmpty();

		Map<String, Object> smaller = ArticleFixtures.validArticle("nu-mindre");
		editor().put()
			.uri("/api/articles/{id}", refused)
			.header(HttpHeaders.IF_MATCH, "\"1\"")
			.bodyValue(smaller)
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(Void.class);
		await().atMost(Duration.ofSeconds(30))
			.untilAsserted(() -> assertThat(TopicSnapshot.read(TOPIC, refused))
				.extracting((record) -> header(record, "ce_entityversion"))
				.containsExactly("2"));
		assertThat(stored(refused)).doesNotContainKeys("outbox", "pendingSince", "outboxRetryAt", "outboxAttempts");
	}

	private ArticleResponse create(Map<String, Object> body) {
		return editor().post()
			.uri("/api/articles")
			.bodyValue(body)
			.exchange()
			.expectStatus()
			.isCreated()
			.expectBody(ArticleResponse.class)
			.returnResult()
			.getResponseBody();
	}

	private Document stored(String id) {
		return StoredDocuments.find(this.mongo, ArticleDocument.COLLECTION, id);
	}

	private WebTestClient editor() {
		return TestTokens.authorized(this.http, Scopes.ARTICLES_WRITE);
	}

}
