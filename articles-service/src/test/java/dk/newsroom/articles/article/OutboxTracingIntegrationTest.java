package dk.newsroom.articles.article;

import java.util.List;
import java.util.regex.Matcher;

import dk.newsroom.security.Scopes;
import dk.newsroom.testsupport.NewsroomIntegrationTest;
import dk.newsroom.testsupport.StoredDocuments;
import dk.newsroom.testsupport.TestTokens;
import dk.newsroom.testsupport.TopicSnapshot;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.bson.Document;
import org.junit.jupiter.api.Test;

import dk.newsroom.platform.outbox.OutboxRelay;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.test.web.reactive.server.WebTestClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The trace context is stored with the change, so a record sent late (by a relay after a
 * crash or an outage) still joins the trace of the request that wrote it. The relay is
 * stopped: the sweep is ours to run.
 */
@NewsroomIntegrationTest(properties = "newsroom.outbox.auto-start=false")
class OutboxTracingIntegrationTest {

	@Autowired
	WebTestClient http;

	@Autowired
	ReactiveMongoTemplate mongo;

	@Autowired
	OutboxRelay relay;

	@Test
	void aRecordSentLaterCarriesTheTraceOfTheWrite() {
		String traceId = "0af7651916cd43dd8448eb211c80319c";
		String id = TestTokens.authorized(this.http, Scopes.ARTICLES_WRITE)
			.post()
			.uri("/api/articles")
			.header("traceparent", "00-" + traceId + "-b7ad6b7169203331-01")
			.header("tracestate", "newsroom=t61rcWkgMzE")
			.bodyValue(ArticleFixtures.validArticle(ArticleApiIntegrationTest.uniqueTag()))
			.exchange()
			.expectStatus()
			.isCreated()
			.expectBody(ArticleResponse.class)
			.returnResult()
			.getResponseBody()
			.id();
		Document pending = StoredDocuments.find(this.mongo, ArticleDocument.COLLECTION, id)
			.get("outbox", Document.class);
		assertThat(pending.getString("traceparent")).startsWith("00-" + traceId + "-");
		assertThat(pending.getString("tracestate")).isEqualTo("newsroom=t61rcWkgMzE");

		// What the next holder of the shard does on its next round.
		assertThat(this.relay.relay(id).block()).isPositive();

		// Committed records show to read_committed readers once the commit markers are
		// written.
		TopicSnapshot.awaitVersion("newsroom.articles.v1", id, 1);
		List<ConsumerRecord<String, byte[]>> records = TopicSnapshot.read("newsroom.articles.v1", id);
		assertThat(records).hasSize(1);
		Matcher traceparent = ArticleTracingIntegrationTest.traceparent(records.get(0));
		assertThat(traceparent.group(1)).isEqualTo(traceId);
		assertThat(TopicSnapshot.header(records.get(0), "tracestate")).isEqualTo("newsroom=t61rcWkgMzE");
		assertThat(StoredDocuments.find(this.mongo, ArticleDocument.COLLECTION, id)).doesNotContainKey("outbox");
	}

}
