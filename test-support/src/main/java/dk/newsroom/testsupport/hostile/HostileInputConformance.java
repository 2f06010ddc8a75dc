package dk.newsroom.testsupport.hostile;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;

import dk.newsroom.testsupport.StoredDocuments;
import dk.newsroom.testsupport.TestTokens;
import dk.newsroom.testsupport.TopicSnapshot;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
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
 * Hundreds of malformed and hostile bodies per write endpoint (create, update, publish,
 * and whatever {@link #moreBodyEndpoints()} adds), sent with a valid token: every one is
 * a 4xx problem naming the field, and nothing is stored or published. Each content
 * service extends this with {@code @NewsroomIntegrationTest} and describes its body.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class HostileInputConformance {

	@Autowired
	protected WebTestClient http;

	@Autowired
	protected JsonMapper json;

	@Autowired
	protected ReactiveMongoTemplate mongo;

	/**
	 * E.g. {@code articles}: the resources live under {@code /api/<collection>}, their
	 * changes on {@code newsroom.<collection>.v1}.
	 */
	protected abstract String collection();

	protected abstract String writeScope();

	/** The MongoDB collection of the resources. */
	protected abstract String storedCollection();

	/** A valid create body (every field set) whose tags contain {@code tag}. */
	protected abstract Map<String, Object> validBody(String tag);

	/**
	 * The service's rules for the generator: which fields may be absent, the length that
	 * is over every text limit, the body size limit.
	 */
	protected abstract HostileRequests describe(HostileRequests bodies);

	/**
	 * The rules for the publish body, where they differ from the generator's defaults.
	 */
	protected HostileRequests describePublish(HostileRequests publishBodies) {
		return publishBodies;
	}

	/** A valid publish body: a scheduled time in the service's format. */
	protected String validPublishBody() {
		return "{\"publishAt\":\"2030-01-01T08:00:00Z\"}";
	}

	/** The body size limit ({@code spring.http.codecs.max-in-memory-size}). */
	protected int maxBodyBytes() {
		return 512 * 1024;
	}

	/** Further endpoints that take the create body with POST, e.g. a preview. */
	protected List<String> moreBodyEndpoints() {
		return List.of();
	}

	/**
	 * List parameters with hostile values: name and value; each must be a 400 naming it.
	 */
	protected List<Arguments> hostileListParameters() {
		return List.of(arguments("limit", "101"), arguments("limit", "1000"), arguments("limit", "0"),
				arguments("limit", "-1"), arguments("limit", "99999999999"), arguments("limit", "tyve"),
				arguments("cursor", "$ne"), arguments("cursor", "A".repeat(1000)), arguments("tag", "x".repeat(101)),
				arguments("tag", "a\u0000b"));
	}

	@Test
	void everyWriteEndpointRefusesHostileInputAndStoresNothing() {
		WebTestClient editor = TestTokens.authorized(this.http, writeScope());
		String base = "/api/" + collection();
		String tag = "fjendtlig-" + UUID.randomUUID().toString().substring(0, 8);
		String id = String.valueOf(editor.post()
			.uri(base)
			.bodyValue(validBody("maal-" + tag))
			.exchange()
			.expectStatus()
			.isCreated()
			.expectBody(Map.class)
			.returnResult()
			.getResponseBody()
			.get("id"));
		await().atMost(Duration.ofSeconds(20)).until(() -> TopicSnapshot.read(topic(), id).size() == 1);

		Map<String, Object> valid = validBody(tag);
		List<HostileRequest> bodies = describe(HostileRequests.from(this.json.writeValueAsString(valid)))
			.maxBodyBytes(maxBodyBytes())
			.build();
		List<HostileRequest> publishBodies = describePublish(
				HostileRequests.from(validPublishBody()).optional("publishAt").bodyOptional())
			.maxBodyBytes(maxBodyBytes())
			.build();
		// The generator at work: the smallest body (podcasts, five fields) gets about
		// 270.
		assertThat(bodies).hasSizeGreaterThan(200);
		assertThat(publishBodies).hasSizeGreaterThan(100);
		System.out.printf("Hostile cases for %s: %d per body endpoint, %d per publish%n", collection(), bodies.size(),
				publishBodies.size());

		Supplier<Object> state = () -> List.of(
				StoredDocuments.count(this.mongo, storedCollection(), new Document("tags", tag)),
				stored(id).get("version"), stored(id).get("status"));
		assertThat(state.get()).isEqualTo(List.of(0L, 1L, "DRAFT"));
		List<String> failures = new ArrayList<>();
		failures.addAll(HostileRun.send(editor, HttpMethod.POST, base, (headers) -> {
		}, bodies, state));
		failures.addAll(HostileRun.send(editor, HttpMethod.PUT, base + "/" + id,
				(headers) -> headers.setIfMatch("\"1\""), bodies, state));
		failures.addAll(HostileRun.send(editor, HttpMethod.POST, base + "/" + id + "/publish",
				(headers) -> headers.setIfMatch("\"1\""), publishBodies, state));
		for (String endpoint : moreBodyEndpoints()) {
			failures.addAll(HostileRun.send(editor, HttpMethod.POST, base + endpoint, (headers) -> {
			}, bodies, state));
		}
		assertThat(failures).as("%d failures", failures.size()).isEmpty();

		// A valid update carrying the tag, after all the hostile ones: once its record is
		// on
		// the topic, anything the hostile requests had written would be there too.
		editor.put().uri(base + "/" + id).header("If-Match", "\"1\"").bodyValue(valid).exchange().expectStatus().isOk();
		await().atMost(Duration.ofSeconds(20)).until(() -> TopicSnapshot.read(topic(), id).size() == 2);
		List<ConsumerRecord<String, byte[]>> tagged = TopicSnapshot.read(topic())
			.stream()
			.filter((record) -> record.value() != null
					&& new String(record.value(), StandardCharsets.UTF_8).contains("\"" + tag + "\""))
			.toList();
		assertThat(tagged).extracting(ConsumerRecord::key).containsExactly(id);
		assertThat(TopicSnapshot.read(topic(), id))
			.extracting((record) -> TopicSnapshot.header(record, "ce_entityversion"))
			.containsExactly("1", "2");
	}

	@ParameterizedTest(name = "{0}={1}")
	@MethodSource("hostileListParameters")
	void listParametersAreCappedAndNamed(String parameter, String value) {
		TestTokens.authorized(this.http, writeScope())
			.get()
			.uri("/api/{collection}?{parameter}={value}", collection(), parameter, value)
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
		return StoredDocuments.find(this.mongo, storedCollection(), id);
	}

	private String topic() {
		return "newsroom." + collection() + ".v1";
	}

}
