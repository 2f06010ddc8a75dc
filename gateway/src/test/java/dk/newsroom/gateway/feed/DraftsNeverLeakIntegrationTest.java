package dk.newsroom.gateway.feed;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import dk.newsroom.gateway.feed.ingest.ArticleRecords;
import dk.newsroom.gateway.feed.ingest.TestTopics;
import dk.newsroom.testsupport.NewsroomIntegrationTest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import reactor.test.StepVerifier;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.MediaType;
import org.springframework.http.codec.ServerSentEvent;
import org.springframework.test.web.reactive.server.WebTestClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Nothing unpublished reaches a reader through the gateway: a draft, a scheduled article
 * whose time has not come and a withdrawn one are on the topic before a published one
 * (one partition, so once the published one is served the others were read), and none of
 * them is in the feed, its formats, the reader page or the stream.
 */
@NewsroomIntegrationTest(properties = { "newsroom.feed.topics.article=" + DraftsNeverLeakIntegrationTest.TOPIC,
		"newsroom.feed.topic-refresh-interval=200ms" })
class DraftsNeverLeakIntegrationTest {

	static final String TOPIC = "gateway-it.drafts.articles.v1";

	private static final Duration WAIT = Duration.ofSeconds(30);

	private static final ParameterizedTypeReference<ServerSentEvent<String>> SSE = new ParameterizedTypeReference<>() {
	};

	private static TestTopics topics;

	@Autowired
	private WebTestClient client;

	@BeforeAll
	static void createTopic() {
		TestTopics.create(TOPIC, 1);
		topics = new TestTopics();
	}

	@AfterAll
	static void closeProducer() {
		topics.close();
	}

	@Test
	void draftsScheduledAndWithdrawnArticlesAppearNowhere() {
		String run = Long.toString(System.nanoTime(), 36);
		String draft = "draft-" + run;
		String scheduled = "scheduled-" + run;
		String withdrawn = "withdrawn-" + run;
		String published = "published-" + run;
		List<String> hidden = List.of(draft, scheduled, withdrawn);
		List<String> streamed = new ArrayList<>();

		StepVerifier
			.create(this.client.get()
				.uri("/api/feed/stream")
				.accept(MediaType.TEXT_EVENT_STREAM)
				.exchange()
				.expectStatus()
				.isOk()
				.returnResult(SSE)
				.getResponseBody()
				.filter((event) -> event.event() != null))
			.expectNextMatches((event) -> "ready".equals(event.event()))
			.then(() -> {
				Instant past = Instant.now().minusSeconds(60);
				send(draft, "DRAFT", past);
				send(scheduled, "PUBLISHED", Instant.now().plus(Duration.ofDays(1)));
				send(withdrawn, "WITHDRAWN", past);
				send(published, "PUBLISHED", past);
			})
			.thenConsumeWhile((event) -> !data(event).contains(published), (event) -> streamed.add(data(event)))
			.expectNextMatches((event) -> "added".equals(event.event()) && data(event).contains(published))
			.thenCancel()
			.verify(WAIT);
		assertThat(streamed).noneMatch((data) -> hidden.stream().anyMatch(data::contains));

		await().atMost(WAIT).untilAsserted(() -> assertThat(body("/api/feed?limit=100")).contains(published));
		for (String path : new String[] { "/api/feed?limit=100", "/api/feed?type=article&limit=100",
				"/feed.json?limit=100", "/feed.rss?limit=100", "/feed.atom?limit=100", "/" }) {
			String body = body(path);
			assertThat(body).as(path).contains(published);
			for (String id : hidden) {
				assertThat(body).as(path).doesNotContain(id);
			}
		}
	}

	private String body(String path) {
		byte[] body = this.client.get()
			.uri(path)
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.returnResult()
			.getResponseBody();
		return new String(Objects.requireNonNull(body), StandardCharsets.UTF_8);
	}

	private static String data(ServerSentEvent<String> event) {
		return Objects.requireNonNullElse(event.data(), "");
	}

	private static void send(String id, String status, Instant publishedAt) {
		topics.send(TOPIC, id, ArticleRecords.value(id, status, publishedAt, 1),
				ArticleRecords.headers(id, "created", 1L));
	}

}
