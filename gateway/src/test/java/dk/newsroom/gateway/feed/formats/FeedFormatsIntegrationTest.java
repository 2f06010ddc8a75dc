package dk.newsroom.gateway.feed.formats;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.TimeUnit;

import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import dk.newsroom.gateway.feed.ingest.ArticleRecords;
import dk.newsroom.testsupport.NewsroomIntegrationTest;
import dk.newsroom.testsupport.TestBackends;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.EntityExchangeResult;
import org.springframework.test.web.reactive.server.WebTestClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A running gateway serving the feed formats from records on a real broker, with HTTP
 * caching that follows the topic.
 */
@NewsroomIntegrationTest(properties = { "newsroom.feed.topics.article=" + FeedFormatsIntegrationTest.TOPIC,
		"newsroom.feed.topic-refresh-interval=200ms" })
class FeedFormatsIntegrationTest {

	static final String TOPIC = "gateway-it.formats.articles.v1";

	private static final Duration WAIT = Duration.ofSeconds(30);

	private static KafkaProducer<String, byte[]> producer;

	@Autowired
	private WebTestClient client;

	@BeforeAll
	static void openProducerAndCreateTopic() throws Exception {
		Properties props = new Properties();
		props.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, TestBackends.kafka().bootstrapServers());
		props.put(ProducerConfig.ACKS_CONFIG, "all");
		props.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
		props.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class.getName());
		producer = new KafkaProducer<>(props);
		try (Admin admin = Admin
			.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, TestBackends.kafka().bootstrapServers()))) {
			admin.createTopics(List.of(new NewTopic(TOPIC, 1, (short) 1))).all().get(30, TimeUnit.SECONDS);
		}
	}

	@AfterAll
	static void closeProducer() {
		producer.close();
	}

	@Test
	void servesARecordFromTheTopicInAllThreeFormats() throws Exception {
		publish("formater-1", Instant.now().minusSeconds(120));

		await().atMost(WAIT).untilAsserted(() -> {
			SyndFeed rss = FeedFormatsControllerTest.parse(get("/feed.rss?type=article&tag=eu").getResponseBody());
			assertThat(rss.getEntries()).extracting(SyndEntry::getUri).contains("urn:newsroom:article:formater-1");
		});
		SyndFeed atom = FeedFormatsControllerTest.parse(get("/feed.atom?limit=100").getResponseBody());
		SyndEntry entry = atom.getEntries()
			.stream()
			.filter((candidate) -> candidate.getUri().equals("urn:newsroom:article:formater-1"))
			.findFirst()
			.orElseThrow();
		assertThat(entry.getTitle()).isEqualTo("Overskrift på artikel formater-1, version 1");
		assertThat(entry.getLink()).matches("http://localhost:\\d+/artikler/artikel-formater-1");
		JsonNode json = JsonMapper.builder().build().readTree(get("/feed.json?limit=100").getResponseBody());
		assertThat(json.get("items").findValuesAsString("id")).contains("urn:newsroom:article:formater-1");
		assertThat(json.get("items").findValuesAsString("summary")).contains("Et kort resumé på dansk: æ, ø og å.");
	}

	@Test
	void rejectsBadParametersWithTheSameProblemAsTheApi() {
		for (String path : new String[] { "/feed.json", "/feed.rss", "/feed.atom", "/api/feed" }) {
			this.client.get()
				.uri(path + "?limit=0&type=video")
				.exchange()
				.expectStatus()
				.isBadRequest()
				.expectHeader()
				.contentType(MediaType.APPLICATION_PROBLEM_JSON)
				.expectBody()
				.jsonPath("$.errors[*].field")
				.isEqualTo(List.of("type", "limit"))
				.jsonPath("$.instance")
				.isEqualTo(path);
		}
	}

	@Test
	void aNewRecordChangesTheETagAndTheOldETagNoLongerGets304() {
		for (String path : new String[] { "/feed.atom", "/api/feed" }) {
			String before = get(path).getResponseHeaders().getETag();
			assertThat(before).isNotNull();
			assertThat(status(path, before)).isEqualTo(HttpStatus.NOT_MODIFIED);

			publish("ny-" + path.hashCode(), Instant.now().minusSeconds(1));

			await().atMost(WAIT).until(() -> !before.equals(get(path).getResponseHeaders().getETag()));
			assertThat(status(path, before)).isEqualTo(HttpStatus.OK);
			String after = get(path).getResponseHeaders().getETag();
			assertThat(status(path, after)).isEqualTo(HttpStatus.NOT_MODIFIED);
		}
	}

	private HttpStatus status(String path, String ifNoneMatch) {
		return HttpStatus.valueOf(this.client.get()
			.uri(path)
			.header(HttpHeaders.IF_NONE_MATCH, ifNoneMatch)
			.exchange()
			.expectBody()
			.returnResult()
			.getStatus()
			.value());
	}

	private EntityExchangeResult<byte[]> get(String uri) {
		return this.client.get().uri(uri).exchange().expectStatus().isOk().expectBody().returnResult();
	}

	private static void publish(String id, Instant publishedAt) {
		try {
			producer
				.send(new ProducerRecord<>(TOPIC, null, id, ArticleRecords.value(id, "PUBLISHED", publishedAt, 1),
						ArticleRecords.headers(id, "created", 1L)))
				.get(30, TimeUnit.SECONDS);
		}
		catch (Exception ex) {
			throw new IllegalStateException("Could not send to " + TOPIC, ex);
		}
	}

}
