package dk.newsroom.articles.article;

import java.util.List;

import dk.newsroom.security.Scopes;
import dk.newsroom.testsupport.TestTokens;
import dk.newsroom.platform.outbox.OutboxEntry;
import dk.newsroom.platform.outbox.OutboxRelay;
import dk.newsroom.platform.outbox.OutboxSender;
import dk.newsroom.testsupport.NewsroomIntegrationTest;
import dk.newsroom.testsupport.StoredDocuments;
import dk.newsroom.testsupport.TopicSnapshot;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.http.HttpHeaders;
import org.springframework.test.web.reactive.server.WebTestClient;

import static dk.newsroom.testsupport.TopicSnapshot.header;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The outbox with its relay stopped, so each step is ours to take: a write and its event
 * are one document, and a relay that dies between the send and the {@code $pull} sends
 * again.
 */
@NewsroomIntegrationTest(properties = "newsroom.outbox.auto-start=false")
class OutboxIntegrationTest {

	@Autowired
	WebTestClient http;

	@Autowired
	ReactiveMongoTemplate mongo;

	@Autowired
	JsonMapper json;

	@Autowired
	OutboxRelay relay;

	@Autowired
	OutboxSender sender;

	@Test
	void writesTheChangeAndItsEventInOneDocument() {
		ArticleResponse created = create();
		Document stored = stored(created.id());
		List<Document> outbox = stored.getList("outbox", Document.class);
		assertThat(stored.get("version")).isEqualTo(1L);
		assertThat(outbox).hasSize(1);
		assertThat(outbox.get(0).get("entityVersion")).isEqualTo(1L);
		assertThat(outbox.get(0).getString("type")).isEqualTo("dk.newsroom.article.created");
		assertThat(this.json.readTree(outbox.get(0).getString("payload")))
			.isEqualTo(this.json.readTree(this.json.writeValueAsString(created)));

		ArticleResponse updated = editor().post()
			.uri("/api/articles/{id}/publish", created.id())
			.header(HttpHeaders.IF_MATCH, "\"1\"")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(ArticleResponse.class)
			.returnResult()
			.getResponseBody();
		stored = stored(created.id());
		outbox = stored.getList("outbox", Document.class);
		assertThat(stored.get("version")).isEqualTo(2L);
		assertThat(stored.getString("status")).isEqualTo("PUBLISHED");
		assertThat(outbox).extracting((entry) -> entry.get("entityVersion")).containsExactly(1L, 2L);
		assertThat(this.json.readTree(outbox.get(1).getString("payload")))
			.isEqualTo(this.json.readTree(this.json.writeValueAsString(updated)));
	}

	@Test
	void sendsAgainWhenTheRelayDiedBetweenSendAndPull() {
		ArticleResponse created = create();
		Document pending = stored(created.id()).getList("outbox", Document.class).get(0);
		// The relay that "crashed": its send reached the broker, its $pull never ran.
		this.sender.send(created.id(), OutboxEntry.fromDocument(pending)).block();

		assertThat(this.relay.relay(created.id()).block()).isEqualTo(1);

		List<ConsumerRecord<String, byte[]>> records = TopicSnapshot.read("newsroom.articles.v1", created.id());
		assertThat(records).hasSize(2);
		assertThat(records).extracting((record) -> header(record, "ce_id")).containsOnly(pending.getString("eventId"));
		assertThat(records).extracting((record) -> header(record, "ce_entityversion")).containsOnly("1");
		assertThat(stored(created.id()).getList("outbox", Document.class)).isEmpty();
		assertThat(stored(created.id()).get("outboxLease")).as("lease released").isNull();
	}

	@Test
	void leavesAClaimedDocumentToTheRelayHoldingItsLease() {
		ArticleResponse created = create();
		this.mongo.getCollection("articles")
			.flatMap(
					(collection) -> reactor.core.publisher.Mono
						.from(collection.updateOne(new Document("_id", created.id()),
								new Document("$set", new Document("outboxLease",
										new Document("owner", "other-replica").append("until",
												java.util.Date.from(java.time.Instant.now().plusSeconds(60))))))))
			.block();

		assertThat(this.relay.relay(created.id()).block()).isZero();
		assertThat(stored(created.id()).getList("outbox", Document.class)).hasSize(1);
		assertThat(TopicSnapshot.read("newsroom.articles.v1", created.id())).isEmpty();
	}

	private ArticleResponse create() {
		return editor().post()
			.uri("/api/articles")
			.bodyValue(ArticleFixtures.validArticle(ArticleApiIntegrationTest.uniqueTag()))
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

	/** The client as an editor: a bearer token with the write scope. */
	private WebTestClient editor() {
		return TestTokens.authorized(this.http, Scopes.ARTICLES_WRITE);
	}

}
