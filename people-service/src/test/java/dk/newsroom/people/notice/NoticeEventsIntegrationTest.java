package dk.newsroom.people.notice;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import dk.newsroom.security.Scopes;
import dk.newsroom.testsupport.TestTokens;
import dk.newsroom.testsupport.NewsroomIntegrationTest;
import dk.newsroom.testsupport.StoredDocuments;
import dk.newsroom.testsupport.TopicSnapshot;
import org.apache.kafka.clients.consumer.ConsumerRecord;
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
 * What lands on {@code newsroom.people.v1}, read back with a plain Kafka consumer:
 * docs/design.md §4's key, value and CloudEvents headers for every kind of change, the
 * value carrying the rendered announcement so consumers need not render it.
 */
@NewsroomIntegrationTest
class NoticeEventsIntegrationTest {

	static final String TOPIC = "newsroom.people.v1";

	@Autowired
	WebTestClient http;

	@Autowired
	JsonMapper json;

	@Autowired
	ReactiveMongoTemplate mongo;

	@Test
	void publishesEveryChangeAsACloudEventCarryingTheNoticeAndItsAnnouncement() {
		NoticeResponse created = create();
		String id = created.id();
		// Each version reaches the topic before the next write (a later one would replace
		// it).
		TopicSnapshot.awaitVersion(TOPIC, id, 1);
		editor().post().uri("/api/people/{id}/publish", id).exchange().expectStatus().isOk();
		TopicSnapshot.awaitVersion(TOPIC, id, 2);
		String published = new String(this.http.get()
			.uri("/api/people/{id}", id)
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.returnResult()
			.getResponseBodyContent(), StandardCharsets.UTF_8);
		editor().delete().uri("/api/people/{id}", id).exchange().expectStatus().isNoContent();

		List<ConsumerRecord<String, byte[]>> records = await().atMost(Duration.ofSeconds(30))
			.until(() -> TopicSnapshot.read(TOPIC, id), (found) -> found.size() >= 3);

		assertThat(records).hasSize(3);
		assertThat(records).extracting((record) -> header(record, "ce_type"))
			.containsExactly("dk.newsroom.person.created", "dk.newsroom.person.updated", "dk.newsroom.person.deleted");
		assertThat(records).extracting((record) -> header(record, "ce_entityversion")).containsExactly("1", "2", "3");
		assertThat(records).extracting((record) -> header(record, "ce_id"))
			.doesNotHaveDuplicates()
			.doesNotContainNull();
		for (ConsumerRecord<String, byte[]> record : records) {
			assertThat(record.key()).isEqualTo(id);
			assertThat(header(record, "ce_specversion")).isEqualTo("1.0");
			assertThat(header(record, "ce_source")).isEqualTo("/people-service");
			assertThat(header(record, "ce_subject")).isEqualTo(id);
			assertThat(header(record, "content-type")).isEqualTo("application/json");
			assertThat(Instant.parse(header(record, "ce_time"))).isBefore(Instant.now().plusSeconds(1));
		}
		JsonNode first = this.json.readTree(records.get(0).value());
		assertThat(first.get("status").asString()).isEqualTo("DRAFT");
		assertThat(first.get("announcement").asString()).isEqualTo(created.announcement())
			.startsWith("Nordlys Data har pr. ");
		assertThat(first.get("label").asString()).isEqualTo("Nyt job");
		assertThat(first.get("person").get("name").asString()).isEqualTo("Mette Kjær Sørensen");
		assertThat(first.get("effectiveDate").asString()).isEqualTo(NoticeFixtures.EFFECTIVE.toString());
		assertThat(first.get("warnings").isArray()).isTrue();
		assertThat(this.json.readTree(records.get(1).value())).as("the value is the GET body")
			.isEqualTo(this.json.readTree(published));
		assertThat(records.get(2).value()).as("a deletion is a tombstone").isNull();
	}

	@Test
	void storesTheFilterKeysAndEmptiesTheOutboxOnceSent() {
		NoticeResponse created = create();

		Document stored = StoredDocuments.find(this.mongo, NoticeDocument.COLLECTION, created.id());
		assertThat(stored.get("version")).isEqualTo(1L);
		assertThat(stored.getString("companyKey")).isEqualTo("nordlys-data");
		assertThat(stored.getString("kind")).isEqualTo("NEW_JOB");
		assertThat(stored.getString("effectiveDate")).as("a calendar date no time zone can shift")
			.isEqualTo(NoticeFixtures.EFFECTIVE.toString());
		await().atMost(Duration.ofSeconds(30))
			.untilAsserted(() -> assertThat(StoredDocuments.find(this.mongo, NoticeDocument.COLLECTION, created.id()))
				.doesNotContainKeys("outbox", "pendingSince"));
		// Committed records show to read_committed readers once the commit markers are
		// written.
		TopicSnapshot.awaitVersion(TOPIC, created.id(), 1);
		List<ConsumerRecord<String, byte[]>> records = TopicSnapshot.read(TOPIC, created.id());
		assertThat(records).hasSize(1);
		assertThat(this.json.readTree(records.get(0).value()))
			.isEqualTo(this.json.readTree(this.json.writeValueAsString(created)));
	}

	@Test
	void removesTheDeletedDocumentOnceItsTombstoneIsSent() {
		String id = create().id();
		editor().delete().uri("/api/people/{id}", id).exchange().expectStatus().isNoContent();

		await().atMost(Duration.ofSeconds(30))
			.until(() -> TopicSnapshot.read(TOPIC, id)
				.stream()
				.anyMatch((record) -> "dk.newsroom.person.deleted".equals(header(record, "ce_type"))));
		await().atMost(Duration.ofSeconds(10))
			.untilAsserted(() -> assertThat(StoredDocuments.find(this.mongo, NoticeDocument.COLLECTION, id)).isNull());
	}

	private NoticeResponse create() {
		return editor().post()
			.uri("/api/people")
			.bodyValue(NoticeFixtures.validNotice(NoticeFixtures.uniqueTag()))
			.exchange()
			.expectStatus()
			.isCreated()
			.expectBody(NoticeResponse.class)
			.returnResult()
			.getResponseBody();
	}

	/** The client as an editor: a bearer token with the write scope. */
	private WebTestClient editor() {
		return TestTokens.authorized(this.http, Scopes.PEOPLE_WRITE);
	}

}
