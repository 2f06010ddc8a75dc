package dk.newsroom.gateway.routing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.time.Duration;

import dk.newsroom.security.Scopes;
import dk.newsroom.testsupport.NewsroomIntegrationTest;
import dk.newsroom.testsupport.TestTokens;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.timelimiter.TimeLimiterConfig;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.cloud.circuitbreaker.resilience4j.ReactiveResilience4jBulkheadProvider;
import org.springframework.context.ApplicationContext;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.cloud.circuitbreaker.resilience4j.ReactiveResilience4JCircuitBreakerFactory;
import org.springframework.cloud.gateway.route.Route;
import org.springframework.cloud.gateway.route.RouteLocator;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The services are stopped: the detail routes answer 503 problems, fast once their
 * circuit breaker is open, while the feed keeps serving from the projection.
 */
@NewsroomIntegrationTest
class ServiceOutageIntegrationTest {

	/**
	 * A port nothing listens on, held by a socket bound to it and never connected: a port
	 * merely freed (a service stopped) could be taken as the local port of some other
	 * connection meanwhile (it is in the ephemeral range), and a connection to it
	 * answered 502 instead of refused (seen once on a loaded machine).
	 */
	private static final Socket stoppedService = boundSocket();

	private static final int stoppedServicePort = stoppedService.getLocalPort();

	/** {@code minimum-number-of-calls} of the breakers in {@code application.yml}. */
	private static final int FAILURES_TO_OPEN = 5;

	/** The retry of a read waits 50 ms, then 100 ms, before it gives up. */
	private static final Duration RETRY_BACKOFF = Duration.ofMillis(150);

	/** A generous bound for an answer that needs no call to the service. */
	private static final Duration OPEN_BREAKER_ANSWERS_WITHIN = Duration.ofSeconds(1);

	@Autowired
	private WebTestClient client;

	@Autowired
	private ReactiveResilience4JCircuitBreakerFactory breakers;

	@Autowired
	private RouteLocator routes;

	@DynamicPropertySource
	static void serviceUrls(DynamicPropertyRegistry registry) {
		for (String service : new String[] { "articles", "events", "people" }) {
			registry.add("newsroom.services." + service + "-url", () -> "http://127.0.0.1:" + stoppedServicePort);
		}
	}

	@Test
	void answersServiceUnavailableFastOnceTheBreakerIsOpenWhileTheFeedKeepsServing() {
		for (int call = 1; call <= FAILURES_TO_OPEN; call++) {
			Duration took = timed(
					() -> expectServiceUnavailable("/api/articles/x", "articles-service cannot be reached"));
			assertThat(took).as("call %d retries the read before it fails", call).isGreaterThanOrEqualTo(RETRY_BACKOFF);
		}
		assertThat(breaker("articles").getState()).isEqualTo(CircuitBreaker.State.OPEN);

		for (int call = 1; call <= 3; call++) {
			Duration took = timed(() -> expectServiceUnavailable("/api/articles/x",
					"articles-service is unavailable after repeated failures; its circuit breaker is open"));
			assertThat(took).as("call %d after the breaker opened", call).isLessThan(OPEN_BREAKER_ANSWERS_WITHIN);
		}
		// Answered by the open breaker without trying the service.
		assertThat(breaker("articles").getMetrics().getNumberOfNotPermittedCalls()).isEqualTo(3);

		this.client.get()
			.uri("/api/feed")
			.exchange()
			.expectStatus()
			.isOk()
			.expectHeader()
			.contentTypeCompatibleWith(MediaType.APPLICATION_JSON);

		// One breaker per service: the events route still tries its service.
		expectServiceUnavailable("/api/events/x", "events-service cannot be reached");
		assertThat(breaker("events").getState()).isEqualTo(CircuitBreaker.State.CLOSED);
	}

	/**
	 * No default bulkhead wraps the breakers: it refused single calls as full (500) on a
	 * loaded machine and its refusals opened the breaker.
	 */
	@Test
	void wrapsNoBulkheadAroundTheBreakers(@Autowired ApplicationContext context) {
		assertThat(context.getBeanProvider(ReactiveResilience4jBulkheadProvider.class).getIfAvailable()).isNull();
	}

	@Test
	void answersAWriteWithAProblemToo() {
		this.client.post()
			.uri("/api/people/x")
			.header(HttpHeaders.AUTHORIZATION, TestTokens.bearer(Scopes.PEOPLE_WRITE))
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue("{}")
			.exchange()
			.expectStatus()
			.isEqualTo(HttpStatus.SERVICE_UNAVAILABLE)
			.expectHeader()
			.contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.expectBody()
			.jsonPath("$.service")
			.isEqualTo("people");
	}

	private void expectServiceUnavailable(String path, String detail) {
		this.client.get()
			.uri(path)
			.exchange()
			.expectStatus()
			.isEqualTo(HttpStatus.SERVICE_UNAVAILABLE)
			.expectHeader()
			.contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.expectHeader()
			.valueEquals(HttpHeaders.RETRY_AFTER, "10")
			.expectBody()
			.jsonPath("$.status")
			.isEqualTo(503)
			.jsonPath("$.title")
			.isEqualTo(path.split("/")[2] + "-service unavailable")
			.jsonPath("$.detail")
			.isEqualTo(detail)
			.jsonPath("$.instance")
			.isEqualTo(path);
	}

	@Test
	void answersTheFallbackOnlyThroughABreaker() {
		this.client.get().uri("/fallback/articles").exchange().expectStatus().isNotFound();
	}

	@Test
	void leavesTimeoutsToTheHttpClientNotToTheBreakersTimeLimiter(
			@Value("${spring.cloud.gateway.server.webflux.httpclient.response-timeout}") Duration responseTimeout) {
		Duration slowestRetriedRead = responseTimeout.multipliedBy(3).plus(RETRY_BACKOFF);
		for (String service : new String[] { "articles", "events", "people" }) {
			TimeLimiterConfig limiter = this.breakers.getTimeLimiterRegistry()
				.getConfiguration(service)
				.orElseGet(this.breakers.getTimeLimiterRegistry()::getDefaultConfig);
			assertThat(limiter.getTimeoutDuration()).as(service).isGreaterThan(slowestRetriedRead);
		}
		// webhooks-service's route has a response timeout of its own (a replay, a ping).
		Route webhooks = this.routes.getRoutes()
			.filter((route) -> route.getId().equals("webhooks-service"))
			.blockFirst(Duration.ofSeconds(10));
		assertThat(webhooks).isNotNull();
		Duration webhooksTimeout = Duration
			.ofMillis(Long.parseLong(String.valueOf(webhooks.getMetadata().get("response-timeout"))));
		assertThat(webhooksTimeout).as("the webhooks route's response timeout").isGreaterThan(Duration.ofMinutes(2));
		TimeLimiterConfig limiter = this.breakers.getTimeLimiterRegistry()
			.getConfiguration("webhooks")
			.orElseGet(this.breakers.getTimeLimiterRegistry()::getDefaultConfig);
		assertThat(limiter.getTimeoutDuration()).as("webhooks")
			.isGreaterThan(webhooksTimeout.multipliedBy(3).plus(RETRY_BACKOFF));
	}

	private CircuitBreaker breaker(String service) {
		return this.breakers.getCircuitBreakerRegistry().circuitBreaker(service);
	}

	private static Duration timed(Runnable call) {
		long start = System.nanoTime();
		call.run();
		return Duration.ofNanos(System.nanoTime() - start);
	}

	private static Socket boundSocket() {
		try {
			Socket socket = new Socket();
			socket.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
			return socket;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	@AfterAll
	static void freePort() throws IOException {
		stoppedService.close();
	}

}
