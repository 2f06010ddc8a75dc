package dk.newsroom.gateway.routing;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

import dk.newsroom.testsupport.NewsroomIntegrationTest;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.micrometer.core.instrument.MeterRegistry;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Mono;
import reactor.core.publisher.Sinks;
import reactor.netty.DisposableServer;
import reactor.netty.http.client.HttpClient;
import reactor.netty.http.server.HttpServer;
import reactor.netty.resources.ConnectionProvider;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalManagementPort;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.cloud.circuitbreaker.resilience4j.ReactiveResilience4JCircuitBreakerFactory;
import org.springframework.cloud.gateway.filter.GatewayFilter;
import org.springframework.cloud.gateway.route.RouteLocator;
import org.springframework.cloud.gateway.route.builder.RouteLocatorBuilder;
import org.springframework.context.annotation.Bean;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.http.client.reactive.ReactorClientHttpConnector;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.web.reactive.function.client.WebClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The services' concurrency limits against a stub service that holds its answers until
 * the test releases them, with small limits: articles 2 at once and 2 waiting up to 20 s,
 * events 1 and 1 waiting up to 300 ms, people 1 and 1 waiting up to 20 s. A route of the
 * test's own ({@code /api/defaults/**}, service {@code defaults}) has the limits of
 * {@code application.yml}. Each test uses its own route, so its limiter and circuit
 * breaker start idle (the two people tests leave theirs idle).
 */
@NewsroomIntegrationTest(properties = {
		// Held answers are released within this, and within the breaker's time limiter
		// (16 s by default): both generous, as a held answer waits for every step
		// before its release, which took over 15 s in a CI run on a loaded machine.
		"spring.cloud.gateway.server.webflux.httpclient.response-timeout=60s",
		"resilience4j.timelimiter.configs.default.timeout-duration=61s",
		"newsroom.routes.concurrency.services.articles.max-concurrent=2",
		"newsroom.routes.concurrency.services.articles.max-queued=2",
		"newsroom.routes.concurrency.services.articles.max-wait=20s",
		"newsroom.routes.concurrency.services.events.max-concurrent=1",
		"newsroom.routes.concurrency.services.events.max-queued=1",
		"newsroom.routes.concurrency.services.events.max-wait=300ms",
		"newsroom.routes.concurrency.services.people.max-concurrent=1",
		"newsroom.routes.concurrency.services.people.max-queued=1",
		"newsroom.routes.concurrency.services.people.max-wait=20s" })
class RouteConcurrencyLimitIntegrationTest {

	private static final List<String> SERVICES = List.of("articles", "events", "people");

	/**
	 * Stubbed: the content services' routes, and the test's route with the default
	 * limits.
	 */
	private static final List<String> COLLECTIONS = List.of("articles", "events", "people", "defaults");

	private static final Duration WITHIN = Duration.ofSeconds(20);

	/** Per collection: opened to let the held answers go. */
	private static final Map<String, Sinks.Empty<Void>> releases = new ConcurrentHashMap<>();

	/** Per collection: the requests that reached the service. */
	private static final Map<String, AtomicInteger> received = new ConcurrentHashMap<>();

	private static final DisposableServer stubService = HttpServer.create()
		.host("localhost")
		.port(0)
		.route((routes) -> routes.get("/api/{collection}/{id}", (request, response) -> {
			String collection = request.param("collection");
			received.get(collection).incrementAndGet();
			String body = "{\"id\":\"" + request.param("id") + "\"}";
			return response.header(HttpHeaders.CONTENT_TYPE, MediaType.APPLICATION_JSON_VALUE)
				.sendString(releases.get(collection).asMono().thenReturn(body));
		}))
		.bindNow();

	@Autowired
	private WebTestClient client;

	@Autowired
	private ReactiveResilience4JCircuitBreakerFactory breakers;

	@Autowired
	private MeterRegistry meters;

	@LocalServerPort
	private int port;

	@LocalManagementPort
	private int managementPort;

	private WebClient http;

	@DynamicPropertySource
	static void serviceUrls(DynamicPropertyRegistry registry) {
		for (String service : SERVICES) {
			registry.add("newsroom.services." + service + "-url", () -> "http://localhost:" + stubService.port());
		}
	}

	@AfterAll
	static void stopStubService() {
		stubService.disposeNow();
	}

	@BeforeEach
	void holdTheAnswers() {
		this.http = WebClient.create("http://localhost:" + this.port);
		for (String service : COLLECTIONS) {
			releases.put(service, Sinks.empty());
			received.put(service, new AtomicInteger());
		}
	}

	@AfterEach
	void releaseTheAnswersAndAwaitIdleLimiters() {
		releases.values().forEach(Sinks.Empty::tryEmitEmpty);
		await().atMost(WITHIN).untilAsserted(() -> {
			for (String service : COLLECTIONS) {
				assertThat(inFlight(service)).as(service + " in flight").isZero();
				assertThat(queued(service)).as(service + " queued").isZero();
			}
		});
	}

	@Test
	void requestsBeyondTheLimitAndTheQueueAre503WithRetryAfterAndNeverReachTheServiceNorTheBreaker() {
		CompletableFuture<ResponseEntity<String>> first = read("/api/articles/a1");
		CompletableFuture<ResponseEntity<String>> second = read("/api/articles/a2");
		await().atMost(WITHIN).untilAsserted(() -> assertThat(received.get("articles")).hasValue(2));
		CompletableFuture<ResponseEntity<String>> third = read("/api/articles/a3");
		CompletableFuture<ResponseEntity<String>> fourth = read("/api/articles/a4");
		await().atMost(WITHIN).untilAsserted(() -> assertThat(queued("articles")).isEqualTo(2));

		for (String id : new String[] { "a5", "a6" }) {
			this.client.get()
				.uri("/api/articles/{id}", id)
				.exchange()
				.expectStatus()
				.isEqualTo(HttpStatus.SERVICE_UNAVAILABLE)
				.expectHeader()
				.contentType(MediaType.APPLICATION_PROBLEM_JSON)
				.expectHeader()
				.valueEquals(HttpHeaders.RETRY_AFTER, "20")
				.expectBody()
				.jsonPath("$.status")
				.isEqualTo(503)
				.jsonPath("$.title")
				.isEqualTo("articles-service busy")
				.jsonPath("$.detail")
				.isEqualTo("articles-service is busy: too many requests are waiting for it; retry in 20 s")
				.jsonPath("$.service")
				.isEqualTo("articles")
				.jsonPath("$.instance")
				.isEqualTo("/api/articles/" + id);
		}
		assertThat(received.get("articles")).as("the refused requests did not reach the service").hasValue(2);
		assertThat(shed("articles", "queue_full")).isEqualTo(2);
		assertThat(prometheus()).contains(
				"newsroom_gateway_route_shed_total{application=\"gateway\",reason=\"queue_full\",service=\"articles\"} 2.0",
				"newsroom_gateway_route_in_flight{application=\"gateway\",service=\"articles\"} 2.0",
				"newsroom_gateway_route_queued{application=\"gateway\",service=\"articles\"} 2.0");

		releases.get("articles").tryEmitEmpty();
		for (CompletableFuture<ResponseEntity<String>> answer : List.of(first, second, third, fourth)) {
			assertThat(answer).succeedsWithin(WITHIN)
				.satisfies((response) -> assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK));
		}
		assertThat(third.join().getBody()).isEqualTo("{\"id\":\"a3\"}");
		assertThat(received.get("articles")).as("exactly the admitted requests reached the service").hasValue(4);

		CircuitBreaker breaker = breaker("articles");
		await().atMost(WITHIN)
			.untilAsserted(() -> assertThat(breaker.getMetrics().getNumberOfSuccessfulCalls()).isEqualTo(4));
		assertThat(breaker.getState()).isEqualTo(CircuitBreaker.State.CLOSED);
		assertThat(breaker.getMetrics().getNumberOfFailedCalls()).isZero();
		assertThat(breaker.getMetrics().getNumberOfNotPermittedCalls()).isZero();
		// And the route serves the next request as usual.
		this.client.get()
			.uri("/api/articles/a7")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.id")
			.isEqualTo("a7");
	}

	@Test
	void aRequestThatWaitedMaxWaitIs503AndNeverReachesTheService() {
		CompletableFuture<ResponseEntity<String>> held = read("/api/events/e1");
		await().atMost(WITHIN).untilAsserted(() -> assertThat(received.get("events")).hasValue(1));

		long start = System.nanoTime();
		this.client.get()
			.uri("/api/events/e2")
			.exchange()
			.expectStatus()
			.isEqualTo(HttpStatus.SERVICE_UNAVAILABLE)
			.expectHeader()
			.contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.expectHeader()
			.valueEquals(HttpHeaders.RETRY_AFTER, "1")
			.expectBody()
			.jsonPath("$.title")
			.isEqualTo("events-service busy")
			.jsonPath("$.detail")
			.isEqualTo("events-service is busy: the request waited 300 ms for its turn; retry in 1 s")
			.jsonPath("$.service")
			.isEqualTo("events");
		assertThat(Duration.ofNanos(System.nanoTime() - start)).isGreaterThanOrEqualTo(Duration.ofMillis(300));
		assertThat(shed("events", "wait_expired")).isEqualTo(1);
		assertThat(queued("events")).isZero();

		releases.get("events").tryEmitEmpty();
		assertThat(held).succeedsWithin(WITHIN)
			.satisfies((response) -> assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK));
		assertThat(received.get("events")).hasValue(1);
		assertThat(breaker("events").getState()).isEqualTo(CircuitBreaker.State.CLOSED);
		assertThat(breaker("events").getMetrics().getNumberOfFailedCalls()).isZero();
	}

	@Test
	void aClientThatGoesAwayWhileItsRequestRunsGivesItsPermitToTheNext() {
		CompletableFuture<ResponseEntity<String>> leaving = read("/api/people/p1");
		await().atMost(WITHIN).untilAsserted(() -> assertThat(received.get("people")).hasValue(1));
		CompletableFuture<ResponseEntity<String>> next = read("/api/people/p2");
		await().atMost(WITHIN).untilAsserted(() -> assertThat(queued("people")).isEqualTo(1));

		leaving.cancel(true);

		// The waiting request is admitted and reaches the service.
		await().atMost(WITHIN).untilAsserted(() -> assertThat(received.get("people")).hasValue(2));
		assertThat(queued("people")).isZero();
		releases.get("people").tryEmitEmpty();
		assertThat(next).succeedsWithin(WITHIN)
			.satisfies((response) -> assertThat(response.getBody()).isEqualTo("{\"id\":\"p2\"}"));
		assertThat(breaker("people").getState()).isEqualTo(CircuitBreaker.State.CLOSED);
		assertThat(breaker("people").getMetrics().getNumberOfFailedCalls()).isZero();
	}

	@Test
	void aClientThatGoesAwayWhileItsRequestWaitsGivesUpItsPlaceInTheQueue() {
		CompletableFuture<ResponseEntity<String>> running = read("/api/people/q1");
		await().atMost(WITHIN).untilAsserted(() -> assertThat(received.get("people")).hasValue(1));
		CompletableFuture<ResponseEntity<String>> leaving = read("/api/people/q2");
		await().atMost(WITHIN).untilAsserted(() -> assertThat(queued("people")).isEqualTo(1));

		leaving.cancel(true);
		await().atMost(WITHIN).untilAsserted(() -> assertThat(queued("people")).isZero());

		// The place is free again (the queue holds one): the next request waits, it is
		// not
		// refused.
		CompletableFuture<ResponseEntity<String>> later = read("/api/people/q3");
		await().atMost(WITHIN).untilAsserted(() -> assertThat(queued("people")).isEqualTo(1));
		releases.get("people").tryEmitEmpty();
		for (CompletableFuture<ResponseEntity<String>> answer : List.of(running, later)) {
			assertThat(answer).succeedsWithin(WITHIN)
				.satisfies((response) -> assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK));
		}
		assertThat(received.get("people")).as("the request that went away never reached the service").hasValue(2);
		assertThat(shed("people", "queue_full")).isZero();
	}

	/**
	 * The defaults of {@code application.yml}: 64 readers of one route are served at
	 * once, and more readers wait rather than being refused.
	 */
	@Test
	void withTheDefaultLimits64ReadersAreServedAtOnceAndMoreWait(@Autowired RouteConcurrencyProperties properties) {
		RouteConcurrencyProperties.Limits defaults = properties.limits("defaults");
		assertThat(defaults.maxConcurrent()).isEqualTo(64);
		ConnectionProvider connections = ConnectionProvider.newConnection();
		try {
			WebClient readers = WebClient.builder()
				.baseUrl("http://localhost:" + this.port)
				.clientConnector(new ReactorClientHttpConnector(HttpClient.create(connections)))
				.build();
			List<CompletableFuture<ResponseEntity<String>>> answers = new ArrayList<>();
			for (int i = 0; i < 64; i++) {
				answers.add(read(readers, "/api/defaults/d" + i));
			}
			await().atMost(WITHIN).untilAsserted(() -> assertThat(received.get("defaults")).hasValue(64));
			assertThat(inFlight("defaults")).isEqualTo(64);

			// These wait (up to max-wait, 2 s) for a reader to be done.
			for (int i = 64; i < 80; i++) {
				answers.add(read(readers, "/api/defaults/d" + i));
			}
			await().atMost(WITHIN)
				.pollInterval(Duration.ofMillis(10))
				.untilAsserted(() -> assertThat(queued("defaults")).isEqualTo(16));
			releases.get("defaults").tryEmitEmpty();

			for (CompletableFuture<ResponseEntity<String>> answer : answers) {
				assertThat(answer).succeedsWithin(WITHIN)
					.satisfies((response) -> assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK));
			}
			assertThat(received.get("defaults")).hasValue(80);
			assertThat(shed("defaults", "queue_full") + shed("defaults", "wait_expired")).isZero();
		}
		finally {
			connections.dispose();
		}
	}

	/** A read whose answer (status and body) is taken whole; cancelling it hangs up. */
	private CompletableFuture<ResponseEntity<String>> read(String path) {
		return read(this.http, path);
	}

	private static CompletableFuture<ResponseEntity<String>> read(WebClient client, String path) {
		return client.get().uri(path).exchangeToMono((response) -> response.toEntity(String.class)).toFuture();
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

	private CircuitBreaker breaker(String service) {
		return this.breakers.getCircuitBreakerRegistry().circuitBreaker(service);
	}

	private double inFlight(String service) {
		return this.meters.get("newsroom.gateway.route.in.flight").tag("service", service).gauge().value();
	}

	private double queued(String service) {
		return this.meters.get("newsroom.gateway.route.queued").tag("service", service).gauge().value();
	}

	private double shed(String service, String reason) {
		return this.meters.get("newsroom.gateway.route.shed")
			.tag("service", service)
			.tag("reason", reason)
			.counter()
			.count();
	}

	/** A route with the default limits, to the stub service. */
	@TestConfiguration(proxyBeanMethods = false)
	static class RouteWithTheDefaultLimits {

		@Bean
		RouteLocator routeWithTheDefaultLimits(RouteLocatorBuilder routes,
				ConcurrencyLimitGatewayFilterFactory concurrencyLimit) {
			GatewayFilter limit = concurrencyLimit.apply((config) -> config.setService("defaults"));
			return routes.routes()
				.route("defaults",
						(route) -> route.path("/api/defaults/**")
							.filters((filters) -> filters.filter(limit))
							.uri("http://localhost:" + stubService.port()))
				.build();
		}

	}

}
