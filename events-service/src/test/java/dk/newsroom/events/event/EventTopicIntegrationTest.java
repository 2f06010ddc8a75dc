package dk.newsroom.events.event;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import dk.newsroom.security.Scopes;
import dk.newsroom.testsupport.TestTokens;
import dk.newsroom.testsupport.NewsroomIntegrationTest;
import dk.newsroom.testsupport.StoredDocuments;
import dk.newsroom.testsupport.TopicSnapshot;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.http.HttpHeaders;
import org.springframework.test.web.reactive.server.WebTestClient;

import static dk.newsroom.testsupport.TopicSnapshot.header;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * What lands on {@code newsroom.events.v1}, read back with a plain Kafka consumer:
 * docs/design.md §4's key, value and CloudEvents headers for every kind of change.
 */
@NewsroomIntegrationTest
class EventTopicIntegrationTest {

	static final String TOPIC = "newsroom.events.v1";

	@Autowired
	WebTestClient http;

	@Autowired
	JsonMapper json;

	@Autowired
	ReactiveMongoTemplate mongo;

	@Test
	void publishesEveryChangeAsACloudEventCarryingTheEvent() {
		EventApi api = new EventApi(this.http);
		String tag = EventFixtures.uniqueTag();
		EventResponse created = api.create(EventFixtures.validEvent(tag));
		// Each version reaches the topic before the next write (a later one would replace
		// it).
		TopicSnapshot.awaitVersion(TOPIC, created.id(), 1);
		api.publish(created.id());
		TopicSnapshot.awaitVersion(TOPIC, created.id(), 2);
		Map<String, Object> cancelled = EventFixtures.validEvent(tag);
		cancelled.put("eventStatus", "CANCELLED");
		editor().put()
			.uri("/api/events/{id}", created.id())
			.header(HttpHeaders.IF_MATCH, "\"2\"")
			.bodyValue(cancelled)
			.exchange()
			.expectStatus()
			.isOk();
		TopicSnapshot.awaitVersion(TOPIC, created.id(), 3);
		String current = new String(this.http.get()
			.uri("/api/events/{id}", created.id())
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.returnResult()
			.getResponseBodyContent(), StandardCharsets.UTF_8);
		editor().delete().uri("/api/events/{id}", created.id()).exchange().expectStatus().isNoContent();

		List<ConsumerRecord<String, byte[]>> records = await().atMost(Duration.ofSeconds(30))
			.until(() -> TopicSnapshot.read(TOPIC, created.id()), (found) -> found.size() >= 4);

		assertThat(records).hasSize(4);
		assertThat(records).extracting((record) -> header(record, "ce_type"))
			.containsExactly("dk.newsroom.event.created", "dk.newsroom.event.updated", "dk.newsroom.event.updated",
					"dk.newsroom.event.deleted");
		assertThat(records).extracting((record) -> header(record, "ce_entityversion"))
			.containsExactly("1", "2", "3", "4");
		assertThat(records).extracting((record) -> header(record, "ce_id"))
			.doesNotHaveDuplicates()
			.doesNotContainNull();
		for (ConsumerRecord<String, byte[]> record : records) {
			assertThat(record.key()).isEqualTo(created.id());
			assertThat(header(record, "ce_specversion")).isEqualTo("1.0");
			assertThat(header(record, "ce_source")).isEqualTo("/events-service");
			assertThat(header(record, "ce_subject")).isEqualTo(created.id());
			assertThat(header(record, "content-type")).isEqualTo("application/json");
			assertThat(Instant.parse(header(record, "ce_time"))).isBefore(Instant.now().plusSeconds(1));
		}
		JsonNode first = this.json.readTree(records.get(0).value());
		assertThat(first.get("status").asString()).isEqualTo("DRAFT");
		assertThat(first.get("title").asString()).isEqualTo(EventFixtures.TITLE);
		assertThat(first.get("venue").get("city").asString()).isEqualTo("København Ø");
		assertThat(this.json.readTree(records.get(2).value())).as("the value is the GET body")
			.isEqualTo(this.json.readTree(current));
		assertThat(this.json.readTree(records.get(2).value()).get("eventStatus").asString()).isEqualTo("CANCELLED");
		assertThat(records.get(3).value()).as("a deletion is a tombstone").isNull();
	}

	@Test
	void removesTheDeletedDocumentOnceItsTombstoneIsSent() {
		String id = new EventApi(this.http).create(EventFixtures.validEvent(EventFixtures.uniqueTag())).id();
		editor().delete().uri("/api/events/{id}", id).exchange().expectStatus().isNoContent();

		await().atMost(Duration.ofSeconds(30))
			.until(() -> TopicSnapshot.read(TOPIC, id)
				.stream()
				.anyMatch((record) -> "dk.newsroom.event.deleted".equals(header(record, "ce_type"))));
		await().atMost(Duration.ofSeconds(10))
			.untilAsserted(() -> assertThat(StoredDocuments.find(this.mongo, EventDocument.COLLECTION, id)).isNull());
	}

	/** The client as an editor: a bearer token with the write scope. */
	private WebTestClient editor() {
		return TestTokens.authorized(this.http, Scopes.EVENTS_WRITE);
	}

}
