package dk.newsroom.gateway.security;

import java.time.Duration;

import dk.newsroom.testsupport.NewsroomIntegrationTest;
import dk.newsroom.testsupport.TestTokens;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalManagementPort;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.codec.ServerSentEvent;
import org.springframework.test.web.reactive.server.WebTestClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A low limit (5 anonymous requests an hour per client) so a client reaches it. Clients
 * are told apart by {@code X-Forwarded-For}, trusted here, so each test has clients of
 * its own.
 */
@NewsroomIntegrationTest(properties = { "newsroom.rate-limit.capacity=" + RateLimitIntegrationTest.CAPACITY,
		"newsroom.rate-limit.refill-period=1h", "newsroom.rate-limit.trust-forwarded-for=true" })
class RateLimitIntegrationTest {

	static final int CAPACITY = 5;

	/** One token every 12 minutes. */
	private static final long SECONDS_PER_TOKEN = Duration.ofHours(1).toSeconds() / CAPACITY;

	private static final ParameterizedTypeReference<ServerSentEvent<String>> SSE = new ParameterizedTypeReference<>() {
	};

	@Autowired
	private WebTestClient client;

	@Test
	void aClientOverTheLimitGets429WithRetryAfterAsAProblem() {
		String reader = "203.0.113.10";
		for (int i = 0; i < CAPACITY; i++) {
			read("/api/feed", reader).expectStatus().isOk();
		}
		read("/api/feed", reader).expectStatus()
			.isEqualTo(HttpStatus.TOO_MANY_REQUESTS)
			.expectHeader()
			.contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.expectHeader()
			.value(HttpHeaders.RETRY_AFTER,
					(retryAfter) -> assertThat(Long.parseLong(retryAfter)).isBetween(1L, SECONDS_PER_TOKEN))
			.expectHeader()
			.valueEquals("X-Content-Type-Options", "nosniff")
			.expectBody()
			.jsonPath("$.status")
			.isEqualTo(429)
			.jsonPath("$.title")
			.isEqualTo("Too Many Requests")
			.jsonPath("$.instance")
			.isEqualTo("/api/feed");
		// Every anonymous request counts: the page, the formats, the stream.
		read("/", reader).expectStatus().isEqualTo(HttpStatus.TOO_MANY_REQUESTS);
		read("/feed.rss", reader).expectStatus().isEqualTo(HttpStatus.TOO_MANY_REQUESTS);
		read("/api/feed/stream", reader).expectStatus().isEqualTo(HttpStatus.TOO_MANY_REQUESTS);
	}

	@Test
	void anotherClientIsNotAffected() {
		String greedy = "203.0.113.20";
		for (int i = 0; i <= CAPACITY; i++) {
			read("/feed.json", greedy);
		}
		read("/feed.json", greedy).expectStatus().isEqualTo(HttpStatus.TOO_MANY_REQUESTS);

		read("/feed.json", "203.0.113.21").expectStatus().isOk();
		// Only the first hop names the client; the proxies after it do not.
		read("/feed.json", "203.0.113.22, " + greedy).expectStatus().isOk();
	}

	@Test
	void authenticatedRequestsAreNotLimited() {
		String editor = "203.0.113.30";
		for (int i = 0; i <= CAPACITY; i++) {
			read("/api/feed", editor);
		}
		read("/api/feed", editor).expectStatus().isEqualTo(HttpStatus.TOO_MANY_REQUESTS);

		WebTestClient authorized = TestTokens.authorized(this.client);
		for (int i = 0; i < 3 * CAPACITY; i++) {
			authorized.get().uri("/api/feed").header("X-Forwarded-For", editor).exchange().expectStatus().isOk();
		}
	}

	@Test
	void aStreamCostsOneTokenWhenOpened() {
		String reader = "203.0.113.40";
		for (int i = 0; i < CAPACITY - 1; i++) {
			read("/api/feed", reader).expectStatus().isOk();
		}
		this.client.get()
			.uri("/api/feed/stream")
			.header("X-Forwarded-For", reader)
			.accept(MediaType.TEXT_EVENT_STREAM)
			.exchange()
			.expectStatus()
			.isOk()
			.returnResult(SSE)
			.getResponseBody()
			.take(1)
			.blockLast(Duration.ofSeconds(30));
		read("/api/feed", reader).expectStatus().isEqualTo(HttpStatus.TOO_MANY_REQUESTS);
	}

	@Test
	void theHealthProbesOnTheManagementPortAreNotLimited(@LocalManagementPort int managementPort) {
		WebTestClient management = WebTestClient.bindToServer()
			.baseUrl("http://localhost:" + managementPort)
			.responseTimeout(Duration.ofSeconds(30))
			.build();
		for (int i = 0; i < 3 * CAPACITY; i++) {
			management.get().uri("/actuator/health/liveness").exchange().expectStatus().isOk();
		}
	}

	private WebTestClient.ResponseSpec read(String path, String forwardedFor) {
		return this.client.get().uri(path).header("X-Forwarded-For", forwardedFor).exchange();
	}

}
