package dk.newsroom.events.event;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.stream.Stream;

import dk.newsroom.security.Scopes;
import dk.newsroom.testsupport.NewsroomIntegrationTest;
import dk.newsroom.testsupport.StoredDocuments;
import dk.newsroom.testsupport.TestTokens;
import dk.newsroom.testsupport.TopicSnapshot;
import dk.newsroom.testsupport.hostile.HostileRequest;
import dk.newsroom.testsupport.hostile.HostileRequests;
import dk.newsroom.testsupport.hostile.HostileRun;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.params.provider.Arguments.arguments;

/**
 * Hundreds of malformed and hostile bodies per write endpoint (create, update, publish),
 * sent with a valid token: every one is a 4xx problem naming the field, and nothing is
 * stored or published.
 */
@NewsroomIntegrationTest
class EventHostileInputIntegrationTest {

	static final String TOPIC = "newsroom.events.v1";

	static final int MAX_BODY_BYTES = 512 * 1024;

	@Autowired
	WebTestClient http;

	@Autowired
	JsonMapper json;

	@Autowired
	ReactiveMongoTemplate mongo;

	@Test
	void everyWriteEndpointRefusesHostileInputAndStoresNothing() {
		WebTestClient editor = TestTokens.authorized(this.http, Scopes.EVENTS_WRITE);
		String tag = "fjendtlig-" + UUID.randomUUID().toString().substring(0, 8);
		String id = editor.post()
			.uri("/api/events")
			.bodyValue(EventFixtures.validEvent("maal-" + tag))
			.exchange()
			.expectStatus()
			.isCreated()
			.expectBody(EventResponse.class)
			.returnResult()
			.getResponseBody()
			.id();
		await().atMost(Duration.ofSeconds(20)).until(() -> TopicSnapshot.read(TOPIC, id).size() == 1);

		Map<String, Object> valid = new java.util.LinkedHashMap<>(EventFixtures.validEvent(tag));
		valid.put("eventStatus", "SCHEDULED");
		List<HostileRequest> bodies = HostileRequests.from(this.json.writeValueAsString(valid))
			.optional("description", "venue", "venue.address", "registrationUrl", "organiser", "image", "image.caption",
					"image.credit", "tags", "eventStatus")
			.maxBodyBytes(MAX_BODY_BYTES)
			.build();
		List<HostileRequest> publishBodies = HostileRequests.from("{\"publishAt\":\"2030-01-01T08:00:00+01:00\"}")
			.optional("publishAt")
			.bodyOptional()
			.maxBodyBytes(MAX_BODY_BYTES)
			.build();
		assertThat(bodies).hasSizeGreaterThan(300);
		assertThat(publishBodies).hasSizeGreaterThan(100);
		System.out.printf("Hostile cases: %d per create and update, %d per publish%n", bodies.size(),
				publishBodies.size());

		Supplier<Object> state = () -> List.of(
				StoredDocuments.count(this.mongo, EventDocument.COLLECTION, new Document("tags", tag)),
				stored(id).get("version"), stored(id).get("status"));
		assertThat(state.get()).isEqualTo(List.of(0L, 1L, "DRAFT"));
		List<String> failures = new ArrayList<>();
		failures.addAll(HostileRun.send(editor, HttpMethod.POST, "/api/events", (headers) -> {
		}, bodies, state));
		failures.addAll(HostileRun.send(editor, HttpMethod.PUT, "/api/events/" + id,
				(headers) -> headers.setIfMatch("\"1\""), bodies, state));
		failures.addAll(HostileRun.send(editor, HttpMethod.POST, "/api/events/" + id + "/publish",
				(headers) -> headers.setIfMatch("\"1\""), publishBodies, state));
		assertThat(failures).as("%d failures", failures.size()).isEmpty();

		// A valid update carrying the tag, after all the hostile ones: once its record is
		// on
		// the topic, anything the hostile requests had written would be there too.
		editor.put()
			.uri("/api/events/{id}", id)
			.header("If-Match", "\"1\"")
			.bodyValue(valid)
			.exchange()
			.expectStatus()
			.isOk();
		await().atMost(Duration.ofSeconds(20)).until(() -> TopicSnapshot.read(TOPIC, id).size() == 2);
		List<ConsumerRecord<String, byte[]>> tagged = TopicSnapshot.read(TOPIC)
			.stream()
			.filter((record) -> record.value() != null
					&& new String(record.value(), StandardCharsets.UTF_8).contains("\"" + tag + "\""))
			.toList();
		assertThat(tagged).extracting(ConsumerRecord::key).containsExactly(id);
		assertThat(TopicSnapshot.read(TOPIC, id))
			.extracting((record) -> TopicSnapshot.header(record, "ce_entityversion"))
			.containsExactly("1", "2");
	}

	static Stream<Arguments> hostileListParameters() {
		return Stream.of(arguments("limit", "101"), arguments("limit", "1000"), arguments("limit", "0"),
				arguments("limit", "-1"), arguments("limit", "99999999999"), arguments("limit", "tyve"),
				arguments("cursor", "$ne"), arguments("cursor", "A".repeat(1000)), arguments("tag", "x".repeat(101)),
				arguments("tag", "a\u0000b"), arguments("track", "x".repeat(101)), arguments("track", "a\u0000b"),
				arguments("city", "x".repeat(101)), arguments("city", "a\u0000b"));
	}

	@ParameterizedTest(name = "{0}={1}")
	@MethodSource("hostileListParameters")
	void listParametersAreCappedAndNamed(String parameter, String value) {
		TestTokens.authorized(this.http, Scopes.EVENTS_WRITE)
			.get()
			.uri("/api/events?{parameter}={value}", parameter, value)
			.exchange()
			.expectStatus()
			.isBadRequest()
			.expectHeader()
			.contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.expectBody()
			.jsonPath("$.errors[*].field")
			.value((fields) -> assertThat(fields.toString()).contains(parameter));
	}

	private Document stored(String id) {
		return StoredDocuments.find(this.mongo, EventDocument.COLLECTION, id);
	}

}
