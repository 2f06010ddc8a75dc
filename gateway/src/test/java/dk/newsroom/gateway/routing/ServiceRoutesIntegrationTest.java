package dk.newsroom.gateway.routing;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;

import dk.newsroom.security.Scopes;
import dk.newsroom.testsupport.NewsroomIntegrationTest;
import dk.newsroom.testsupport.TestTokens;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.reactivestreams.Publisher;
import reactor.core.publisher.Mono;
import reactor.netty.DisposableServer;
import reactor.netty.http.server.HttpServer;
import reactor.netty.http.server.HttpServerResponse;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalManagementPort;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The service routes of {@code application.yml}, driven against a stub service: proves
 * the routes, their base-URL properties, the retry of reads and the response timeout are
 * the configuration the gateway actually reads.
 */
@NewsroomIntegrationTest(properties = "spring.cloud.gateway.server.webflux.httpclient.response-timeout=1s")
@AutoConfigureWebTestClient
class ServiceRoutesIntegrationTest {

	private static final AtomicInteger flakyReads = new AtomicInteger();

	private static final AtomicInteger flakyWrites = new AtomicInteger();

	private static final DisposableServer stubService = HttpServer.create()
		.host("localhost")
		.port(0)
		.route((routes) -> routes
			.post("/api/webhooks/subscriptions/s1/replay",
					(request, response) -> response.header("Content-Type", "application/json")
						.sendString(Mono.delay(Duration.ofSeconds(2)).thenReturn("{\"queued\":3}")))
			.get("/api/articles/slow",
					(request, response) -> response
						.sendString(Mono.delay(Duration.ofSeconds(5)).thenReturn("for sent")))
			.get("/api/articles/flaky",
					(request, response) -> (flakyReads.incrementAndGet() == 1)
							? response.status(503).sendString(Mono.just("prøv igen"))
							: json(response.status(200), "{\"id\":\"flaky\",\"headline\":\"Anden gang lykkes\"}"))
			.post("/api/articles/flaky", (request, response) -> {
				flakyWrites.incrementAndGet();
				return response.status(503).sendString(Mono.just("prøv igen"));
			})
			.get("/api/{collection}/{id}",
					(request, response) -> json(response,
							"{\"id\":\"" + request.param("id") + "\",\"headline\":\"Æbler, øl og ål\",\"path\":\""
									+ request.uri() + "\"}")))
		.bindNow();

	@Autowired
	private WebTestClient client;

	@LocalManagementPort
	private int managementPort;

	@DynamicPropertySource
	static void serviceUrls(DynamicPropertyRegistry registry) {
		for (String service : new String[] { "articles", "events", "people", "webhooks" }) {
			registry.add("newsroom.services." + service + "-url", () -> "http://localhost:" + stubService.port());
		}
	}

	@AfterAll
	static void stopStubService() {
		stubService.disposeNow();
	}

	@ParameterizedTest
	@ValueSource(strings = { "articles", "events", "people" })
	void routesEachContentTypeToItsService(String collection) {
		this.client.get()
			.uri("/api/{collection}/6b08?x=1", collection)
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.path")
			.isEqualTo("/api/" + collection + "/6b08?x=1");
	}

	@Test
	void proxiesArticleRequestsToTheConfiguredService() {
		this.client.get()
			.uri("/api/articles/6745a1f0?fields=headline")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.id")
			.isEqualTo("6745a1f0")
			.jsonPath("$.headline")
			.isEqualTo("Æbler, øl og ål")
			.jsonPath("$.path")
			.isEqualTo("/api/articles/6745a1f0?fields=headline");
	}

	@Test
	void measuresRoutedRequestsAsHttpClientRequests() {
		this.client.get().uri("/api/events/5e11").exchange().expectStatus().isOk();
		// The server's observation ends when the exchange completes, which can be just
		// after the client has read the answer.
		await().atMost(Duration.ofSeconds(10))
			.untilAsserted(() -> assertThat(prometheus())
				.containsPattern("http_client_requests_seconds_count\\{application=\"gateway\",[^}]*\\}")
				.containsPattern("http_server_requests_seconds_count\\{application=\"gateway\",[^}]*\\}"));
	}

	private String prometheus() {
		return WebTestClient.bindToServer()
			.baseUrl("http://localhost:" + this.managementPort)
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

	@Test
	void retriesAReadThatFoundTheServiceUnavailable() {
		this.client.get()
			.uri("/api/articles/flaky")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.headline")
			.isEqualTo("Anden gang lykkes");
		assertThat(flakyReads).hasValue(2);
	}

	@Test
	void doesNotRetryAWrite() {
		this.client.post()
			.uri("/api/articles/flaky")
			.header(HttpHeaders.AUTHORIZATION, TestTokens.bearer(Scopes.ARTICLES_WRITE))
			.exchange()
			.expectStatus()
			.isEqualTo(HttpStatus.SERVICE_UNAVAILABLE);
		assertThat(flakyWrites).hasValue(1);
	}

	@Test
	void answersGatewayTimeoutAsAProblemWhenTheServiceIsTooSlow() {
		this.client.get()
			.uri("/api/articles/slow")
			.exchange()
			.expectStatus()
			.isEqualTo(HttpStatus.GATEWAY_TIMEOUT)
			.expectHeader()
			.contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.expectBody()
			.jsonPath("$.status")
			.isEqualTo(504)
			.jsonPath("$.detail")
			.isEqualTo("Response took longer than timeout: PT1S")
			.jsonPath("$.instance")
			.isEqualTo("/api/articles/slow");
	}

	/**
	 * A replay reads the topics before it answers, a ping waits for the receiver: the
	 * webhooks route has a response timeout of its own, above the others' (1 s here).
	 */
	@Test
	void givesWebhooksCallsTheirOwnLongerResponseTimeout() {
		this.client.post()
			.uri("/api/webhooks/subscriptions/s1/replay")
			.header(HttpHeaders.AUTHORIZATION, TestTokens.bearer(Scopes.WEBHOOKS_ADMIN))
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.queued")
			.isEqualTo(3);
	}

	@Test
	void leavesOtherPathsAlone() {
		this.client.get().uri("/api/articlesx/1").exchange().expectStatus().isNotFound();
	}

	private static Publisher<Void> json(HttpServerResponse response, String body) {
		return response.header("Content-Type", "application/json").sendString(Mono.just(body));
	}

}
