package dk.newsroom.gateway.feed.ingest;

import java.time.Duration;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import org.jspecify.annotations.Nullable;

import org.springframework.test.web.reactive.server.EntityExchangeResult;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * What {@code /actuator/health/readiness} answers on the management port, read without
 * asserting (so polling it with Awaitility logs no failed exchanges).
 *
 * @param httpStatus the HTTP status
 * @param status the overall status
 * @param feed the feed projection's component
 */
record Readiness(int httpStatus, String status, Component feed) {

	/**
	 * A client of the management server, where actuator answers (never on the public
	 * port).
	 * @param managementPort the port, from {@code @LocalManagementPort}
	 * @return the client
	 */
	static WebTestClient management(int managementPort) {
		return WebTestClient.bindToServer()
			.baseUrl("http://localhost:" + managementPort)
			.responseTimeout(Duration.ofSeconds(30))
			.build();
	}

	/**
	 * @param management a client of the management server, see {@link #management(int)}
	 * @return the readiness
	 */
	static Readiness of(WebTestClient management) {
		EntityExchangeResult<Body> result = management.get()
			.uri("/actuator/health/readiness")
			.exchange()
			.expectBody(Body.class)
			.returnResult();
		Body body = result.getResponseBody();
		if (body == null || body.components() == null || !body.components().containsKey("feedProjection")) {
			throw new AssertionError("No feedProjection in the readiness group: " + body);
		}
		return new Readiness(result.getStatus().value(), body.status(), body.components().get("feedProjection"));
	}

	@Nullable Object phase() {
		return (this.feed.details() != null) ? this.feed.details().get("phase") : null;
	}

	@Nullable Object missingTopics() {
		return (this.feed.details() != null) ? this.feed.details().get("missingTopics") : null;
	}

	@JsonIgnoreProperties(ignoreUnknown = true)
	record Body(String status, @Nullable Map<String, Component> components) {

	}

	@JsonIgnoreProperties(ignoreUnknown = true)
	record Component(String status, @Nullable Map<String, Object> details) {

	}

}
