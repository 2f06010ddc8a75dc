package dk.newsroom.gateway.feed.ingest;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import dk.newsroom.testsupport.NewsroomIntegrationTest;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.test.web.reactive.server.WebTestClient;

import static org.awaitility.Awaitility.await;

/**
 * A fourth content type read when its topic is configured: an episode on the podcasts
 * topic is in the feed, by type too (docs/adding-a-content-type.md).
 */
@NewsroomIntegrationTest(properties = "newsroom.feed.topics.podcast=" + FeedPodcastsIntegrationTest.TOPIC)
@AutoConfigureWebTestClient
class FeedPodcastsIntegrationTest {

	static final String TOPIC = "gateway-it.podcasts.v1";

	private static final String ID = "6b13b698ebe4e3824f1b44f6";

	private static TestTopics topics;

	@Autowired
	private WebTestClient client;

	@BeforeAll
	static void publishAnEpisode() {
		topics = new TestTopics();
		TestTopics.create(TOPIC, 1);
		String episode = """
				{"id":"%s","slug":"techtopia-412","status":"PUBLISHED","title":"Techtopia 412: Data i skyen",
				"description":"Tre it-chefer om at flytte data.","audioUrl":"https://lyd.newsroom.dk/412.mp3",
				"durationSeconds":2520,"tags":["cloud"],"publishedAt":"2026-12-05T06:00:00Z",
				"createdAt":"2026-12-04T15:00:00Z","updatedAt":"2026-12-05T06:00:00Z","version":2}
				""".formatted(ID);
		RecordHeaders headers = new RecordHeaders();
		header(headers, "ce_specversion", "1.0");
		header(headers, "ce_id", UUID.randomUUID().toString());
		header(headers, "ce_source", "/podcasts-service");
		header(headers, "ce_type", "dk.newsroom.podcast.updated");
		header(headers, "ce_time", Instant.now().toString());
		header(headers, "ce_subject", ID);
		header(headers, "content-type", "application/json");
		header(headers, "ce_entityversion", "2");
		topics.send(TOPIC, ID, episode.getBytes(StandardCharsets.UTF_8), headers);
	}

	private static void header(RecordHeaders headers, String name, String value) {
		headers.add(name, value.getBytes(StandardCharsets.UTF_8));
	}

	@AfterAll
	static void closeProducer() {
		topics.close();
	}

	@Test
	void listsAnEpisodeOfTheConfiguredTopic() {
		await().atMost(Duration.ofSeconds(30))
			.untilAsserted(() -> this.client.get()
				.uri("/api/feed?type=podcast")
				.exchange()
				.expectStatus()
				.isOk()
				.expectBody()
				.jsonPath("$.items.length()")
				.isEqualTo(1)
				.jsonPath("$.items[0].type")
				.isEqualTo("podcast")
				.jsonPath("$.items[0].title")
				.isEqualTo("Techtopia 412: Data i skyen")
				.jsonPath("$.items[0].link")
				.isEqualTo("/api/podcasts/" + ID));
	}

}
