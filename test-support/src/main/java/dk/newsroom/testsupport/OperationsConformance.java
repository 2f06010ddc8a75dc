package dk.newsroom.testsupport;

import java.time.Duration;
import java.util.Map;
import java.util.UUID;

import org.assertj.core.api.InstanceOfAssertFactories;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * What the platform reads from every content service, the same in each: its meters on
 * {@code /actuator/prometheus} (tagged with the application), content writes counted by
 * outcome, and the liveness and readiness probes. Each service extends this with
 * {@code @NewsroomIntegrationTest}.
 */
public abstract class OperationsConformance {

	@Autowired
	protected WebTestClient http;

	/** E.g. {@code articles}: the resources live under {@code /api/<collection>}. */
	protected abstract String collection();

	/** E.g. {@code articles:write}. */
	protected abstract String writeScope();

	/** E.g. {@code article}: the {@code type} tag of the service's meters. */
	protected abstract String type();

	/** E.g. {@code articles-service}: {@code spring.application.name}. */
	protected abstract String application();

	/** A valid create body whose {@code tags} contain {@code tag}. */
	protected abstract Map<String, Object> validBody(String tag);

	@Test
	void aCreateCountsAsSuccessAndAnInvalidOneAsInvalid() {
		double successes = writes("create", "success");
		double invalid = writes("create", "invalid");

		create(validBody(uniqueTag())).expectStatus().isCreated();
		assertThat(writes("create", "success")).isEqualTo(successes + 1);
		assertThat(writes("create", "invalid")).isEqualTo(invalid);

		create(Map.of("tags", "not a list")).expectStatus().isBadRequest();
		assertThat(writes("create", "invalid")).isEqualTo(invalid + 1);
		assertThat(writes("create", "success")).isEqualTo(successes + 1);
	}

	@Test
	void aWriteWithoutATokenIsNotCounted() {
		double all = writes("create", "success") + writes("create", "invalid") + writes("create", "error");
		this.http.post()
			.uri("/api/" + collection())
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue(validBody(uniqueTag()))
			.exchange()
			.expectStatus()
			.isUnauthorized();
		assertThat(writes("create", "success") + writes("create", "invalid") + writes("create", "error"))
			.isEqualTo(all);
	}

	@Test
	void aWriteToAMissingResourceCountsAsNotFound() {
		double notFound = writes("withdraw", "not_found");
		TestTokens.authorized(this.http, writeScope())
			.post()
			.uri("/api/" + collection() + "/{id}/withdraw", "findes-ikke")
			.exchange()
			.expectStatus()
			.isNotFound();
		assertThat(writes("withdraw", "not_found")).isEqualTo(notFound + 1);
	}

	@Test
	void prometheusListsTheServicesMeters() {
		create(validBody(uniqueTag())).expectStatus().isCreated();
		String application = "application=\"" + application() + "\"";
		String type = "type=\"" + type() + "\"";
		// The relay publishes the create in the background; then the producer's metrics
		// and the publish timer exist too.
		await().atMost(Duration.ofSeconds(30))
			.untilAsserted(() -> assertThat(scrape())
				.contains("newsroom_content_writes_total{" + application + ",operation=\"create\",outcome=\"success\","
						+ type + "}")
				.contains("newsroom_outbox_pending_entries{" + application + "," + type + "}")
				.contains("newsroom_outbox_oldest_pending_age_seconds{" + application + "," + type + "}")
				.contains("newsroom_outbox_publish_seconds_bucket{" + application + ",outcome=\"success\"," + type)
				.contains("newsroom_outbox_publish_seconds_count{" + application + ",outcome=\"success\"," + type + "}")
				.containsPattern("http_server_requests_seconds_count\\{" + application + ",[^}]*uri=\"/api/"
						+ collection() + "\"")
				// The percentile histogram, for the write latency p95.
				.containsPattern("http_server_requests_seconds_bucket\\{" + application
						+ ",[^}]*method=\"POST\",[^}]*uri=\"/api/" + collection() + "\"")
				.containsPattern("kafka_producer_record_send_total\\{" + application + ",")
				.contains("jvm_memory_used_bytes{" + application));
	}

	@Test
	void readinessIsTheApplicationAndMongoDBAndLivenessTheProcess() {
		assertThat(probe("readiness")).containsEntry("status", "UP")
			.extractingByKey("components", InstanceOfAssertFactories.MAP)
			.containsOnlyKeys("readinessState", "mongo");
		assertThat(probe("liveness")).containsEntry("status", "UP")
			.extractingByKey("components", InstanceOfAssertFactories.MAP)
			.containsOnlyKeys("livenessState");
	}

	@SuppressWarnings("unchecked")
	private Map<String, Object> probe(String name) {
		return this.http.get()
			.uri("/actuator/health/" + name)
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(Map.class)
			.returnResult()
			.getResponseBody();
	}

	private WebTestClient.ResponseSpec create(Map<String, Object> body) {
		return TestTokens.authorized(this.http, writeScope())
			.post()
			.uri("/api/" + collection())
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue(body)
			.exchange();
	}

	/**
	 * {@code newsroom_content_writes_total} of this service's type; 0 before the first.
	 */
	protected double writes(String operation, String outcome) {
		return value("newsroom_content_writes_total{application=\"" + application() + "\",operation=\"" + operation
				+ "\",outcome=\"" + outcome + "\",type=\"" + type() + "\"}");
	}

	/** The value of one series in the scrape, 0 when it is not there. */
	protected double value(String series) {
		for (String line : scrape().split("\n")) {
			if (line.startsWith(series + " ")) {
				return Double.parseDouble(line.substring(series.length() + 1).trim().split(" ")[0]);
			}
		}
		return 0;
	}

	protected String scrape() {
		// The scrape is larger than a service's request-body limit, which the test
		// client shares.
		return this.http.mutate()
			.codecs((codecs) -> codecs.defaultCodecs().maxInMemorySize(8 * 1024 * 1024))
			.build()
			.get()
			.uri("/actuator/prometheus")
			.accept(MediaType.TEXT_PLAIN)
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(String.class)
			.returnResult()
			.getResponseBody();
	}

	private static String uniqueTag() {
		return "drift-" + UUID.randomUUID().toString().substring(0, 8);
	}

}
