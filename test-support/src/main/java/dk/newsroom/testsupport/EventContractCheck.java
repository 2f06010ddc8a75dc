package dk.newsroom.testsupport;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import dk.newsroom.contractchecks.ContractSchemas;
import dk.newsroom.contracts.ContractType;
import dk.newsroom.contracts.EventContract;
import io.cloudevents.CloudEvent;
import io.cloudevents.kafka.KafkaMessageFactory;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * What a content service really puts on its topic, checked against the published contract
 * ({@code contracts} module): every event type (created, updated by publish and withdraw,
 * deleted), a resource with every optional field empty and one with everything set in
 * Danish, each value valid against the JSON Schema, the headers exactly the documented
 * CloudEvents set, each record readable with the CloudEvents SDK's Kafka support with the
 * right id, type, source, subject, time and data, and the schema served by the service.
 * Each service extends this with {@code @NewsroomIntegrationTest}.
 */
public abstract class EventContractCheck {

	@Autowired
	protected WebTestClient http;

	protected abstract ContractType type();

	/** A valid create body with every optional field left out or empty, with this tag. */
	protected abstract Map<String, Object> minimalBody(String tag);

	/** A valid create body with every field set, Danish text included, with this tag. */
	protected abstract Map<String, Object> fullBody(String tag);

	/** The scope that lets the test write. */
	protected abstract String writeScope();

	@Test
	void everyRecordOfEveryEventTypeMatchesTheContract() {
		List<String> ids = new ArrayList<>();
		for (Map<String, Object> body : List.of(minimalBody(tag()), fullBody(tag()))) {
			// Each version reaches the topic before the next write: a document keeps only
			// its latest change waiting, so a later write would replace it.
			String id = write("POST", "/api/" + type().collection(), body);
			TopicSnapshot.awaitVersion(type().topic(), id, 1);
			write("POST", "/api/" + type().collection() + "/" + id + "/publish", Map.of());
			TopicSnapshot.awaitVersion(type().topic(), id, 2);
			write("POST", "/api/" + type().collection() + "/" + id + "/withdraw", Map.of());
			TopicSnapshot.awaitVersion(type().topic(), id, 3);
			write("DELETE", "/api/" + type().collection() + "/" + id, null);
			ids.add(id);
		}
		for (String id : ids) {
			List<ConsumerRecord<String, byte[]>> records = await().atMost(Duration.ofSeconds(30))
				.until(() -> TopicSnapshot.read(type().topic(), id), (found) -> found.size() == 4);
			List<String> eventTypes = new ArrayList<>();
			long version = 0;
			for (ConsumerRecord<String, byte[]> record : records) {
				Set<String> headerNames = new HashSet<>();
				for (Header header : record.headers()) {
					headerNames.add(header.key());
				}
				headerNames.removeAll(EventContract.TRACING_HEADER_NAMES);
				assertThat(headerNames).as("headers of %s", record).isEqualTo(EventContract.HEADER_NAMES);

				CloudEvent event = KafkaMessageFactory.createReader(record).toEvent();
				assertThat(event.getId()).isEqualTo(TopicSnapshot.header(record, "ce_id"));
				assertThat(event.getSource()).hasToString(type().source());
				assertThat(event.getSubject()).isEqualTo(id);
				assertThat(event.getTime()).isNotNull().isBefore(OffsetDateTime.now().plusSeconds(5));
				assertThat(type().eventTypes()).contains(event.getType());
				Object entityVersion = event.getExtension(EventContract.ENTITY_VERSION_EXTENSION);
				assertThat(Long.parseLong(entityVersion.toString())).isGreaterThan(version);
				version = Long.parseLong(entityVersion.toString());
				eventTypes.add(event.getType());

				String value = TopicSnapshot.value(record);
				if (value == null) {
					assertThat(event.getData()).isNull();
					continue;
				}
				assertThat(event.getDataContentType()).isEqualTo(EventContract.CONTENT_TYPE);
				assertThat(new String(event.getData().toBytes(), StandardCharsets.UTF_8)).isEqualTo(value);
				assertThat(ContractSchemas.validate(type(), value)).as("schema problems of %s", value).isEmpty();
			}
			assertThat(eventTypes).containsExactly(type().eventType("created"), type().eventType("updated"),
					type().eventType("updated"), type().eventType("deleted"));
		}
	}

	@Test
	void servesTheContractDocuments() {
		this.http.get()
			.uri(EventContract.SERVED_PATH + type().schemaFile())
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.$id")
			.isEqualTo(type().schemaId());
		this.http.get().uri(EventContract.SERVED_PATH + EventContract.ASYNCAPI_FILE).exchange().expectStatus().isOk();
	}

	private String write(String method, String path, Map<String, Object> body) {
		WebTestClient.RequestBodySpec request = this.http.method(HttpMethod.valueOf(method))
			.uri(path)
			.headers((headers) -> headers.setBearerAuth(TestTokens.token(writeScope())));
		WebTestClient.ResponseSpec response = (body != null)
				? request.contentType(MediaType.APPLICATION_JSON).bodyValue(body).exchange() : request.exchange();
		Map<?, ?> result = response.expectStatus()
			.is2xxSuccessful()
			.expectBody(Map.class)
			.returnResult()
			.getResponseBody();
		return (result != null) ? String.valueOf(result.get("id")) : null;
	}

	private static String tag() {
		return "kontrakt-" + UUID.randomUUID().toString().substring(0, 8);
	}

}
