package dk.newsroom.gateway.security;

import java.time.Duration;

import dk.newsroom.security.Scopes;
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
 * A low limit (5 requests an hour per client address, 8 per token subject) so a client
 * reaches it. The test client connects from the loopback, trusted here as a proxy, so
 * clients are told apart by {@code X-Forwarded-For} and each test has clients of its own.
 */
@NewsroomIntegrationTest(properties = { "newsroom.rate-limit.capacity=" + RateLimitIntegrationTest.CAPACITY,
		"newsroom.rate-limit.token-capacity=" + RateLimitIntegrationTest.TOKEN_CAPACITY,
		"newsroom.rate-limit.refill-period=1h", "newsroom.rate-limit.trusted-proxies=127.0.0.1,::1" })
class RateLimitIntegrationTest {

	static final int CAPACITY = 5;

	static final int TOKEN_CAPACITY = 8;

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
		// The rightmost hop the trusted proxy saw names the client; what the client wrote
		// at the left does not.
		read("/feed.json", "203.0.113.22, " + greedy).expectStatus().isEqualTo(HttpStatus.TOO_MANY_REQUESTS);
	}

	@Test
	void aValidTokenIsLimitedPerSubjectWithItsOwnBudget() {
		String office = "203.0.113.30";
		for (int i = 0; i <= CAPACITY; i++) {
			read("/api/feed", office);
		}
		read("/api/feed", office).expectStatus().isEqualTo(HttpStatus.TOO_MANY_REQUESTS);

		// The address is used up by anonymous readers; an editor's token still passes, on
		// its own budget.
		String bearer = "Bearer " + ownSubject(Scopes.DRAFTS_READ);
		for (int i = 0; i < TOKEN_CAPACITY; i++) {
			withAuthorization("/api/feed", office, bearer).expectStatus().isOk();
		}
		withAuthorization("/api/feed", "203.0.113.31", bearer).expectStatus()
			.isEqualTo(HttpStatus.TOO_MANY_REQUESTS)
			.expectHeader()
			.exists(HttpHeaders.RETRY_AFTER);
	}

	@Test
	void anAuthorizationHeaderThatIsNoBearerTokenIsA401AndCounts() {
		String client = "203.0.113.50";
		for (int i = 0; i < CAPACITY; i++) {
			withAuthorization("/api/feed", client, "x").expectStatus()
				.isUnauthorized()
				.expectHeader()
				.contentType(MediaType.APPLICATION_PROBLEM_JSON)
				.expectHeader()
				.value(HttpHeaders.WWW_AUTHENTICATE, (value) -> assertThat(value).contains("invalid_request"));
		}
		withAuthorization("/api/feed", client, "Basic dXNlcjpwYXNz").expectStatus()
			.isEqualTo(HttpStatus.TOO_MANY_REQUESTS);
		read("/api/feed", client).expectStatus().isEqualTo(HttpStatus.TOO_MANY_REQUESTS);
	}

	@Test
	void refusedTokensCountAgainstTheAddressAndAreThenRefusedBeforeTheyAreChecked() {
		String client = "203.0.113.60";
		for (int i = 0; i < CAPACITY; i++) {
			withAuthorization("/api/feed", client, "Bearer " + TestTokens.signedByAnotherKey()).expectStatus()
				.isUnauthorized();
		}
		// Not even a valid token is checked from this address now.
		withAuthorization("/api/feed", client, "Bearer " + ownSubject(Scopes.DRAFTS_READ)).expectStatus()
			.isEqualTo(HttpStatus.TOO_MANY_REQUESTS)
			.expectHeader()
			.valueEquals("X-Content-Type-Options", "nosniff");
		read("/api/feed", client).expectStatus().isEqualTo(HttpStatus.TOO_MANY_REQUESTS);
		// Another address with a valid token is not affected.
		withAuthorization("/api/feed", "203.0.113.61", "Bearer " + ownSubject(Scopes.ARTICLES_WRITE)).expectStatus()
			.isOk();
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

	/** A valid token of a subject no other test uses, so its budget is its own. */
	private static String ownSubject(String scope) {
		String subject = "redaktoer-" + java.util.UUID.randomUUID();
		return TestTokens.token((claims) -> claims.subject(subject), scope);
	}

	private WebTestClient.ResponseSpec withAuthorization(String path, String forwardedFor, String authorization) {
		return this.client.get()
			.uri(path)
			.header("X-Forwarded-For", forwardedFor)
			.header(HttpHeaders.AUTHORIZATION, authorization)
			.exchange();
	}

	private WebTestClient.ResponseSpec read(String path, String forwardedFor) {
		return this.client.get().uri(path).header("X-Forwarded-For", forwardedFor).exchange();
	}

}
