package dk.newsroom.webedge;

import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Scheduler;
import reactor.core.scheduler.Schedulers;
import reactor.test.StepVerifier;

import org.springframework.http.HttpMethod;
import org.springframework.mock.http.server.reactive.MockServerHttpRequest;
import org.springframework.mock.web.server.MockServerWebExchange;
import org.springframework.web.server.WebFilterChain;

import static org.assertj.core.api.Assertions.assertThat;

/** Static files leave the event loop; nothing else does. */
class StaticResourcesOffTheEventLoopTest {

	private final StaticResourcesOffTheEventLoop filter = new StaticResourcesOffTheEventLoop();

	@ParameterizedTest
	@CsvSource({ "GET, /contracts/articles.schema.json, true", "HEAD, /reader/reader.css, true",
			"GET, /swagger-ui/index.html, true", "GET, /webjars/swagger-ui/5.0/swagger-ui.css, true",
			"GET, /favicon.ico, true", "POST, /contracts/articles.schema.json, false", "GET, /api/articles, false",
			"GET, /api/feed, false", "GET, /contractsx, false", "DELETE, /reader/reader.css, false" })
	void knowsTheStaticFilesByMethodAndPath(String method, String path, boolean expected) {
		assertThat(StaticResourcesOffTheEventLoop.isStatic(exchange(HttpMethod.valueOf(method), path)))
			.isEqualTo(expected);
	}

	@Test
	void servesAStaticFileOnABoundedElasticThread() {
		assertThat(threadServing("/contracts/articles.schema.json")).startsWith("boundedElastic-");
	}

	@Test
	void leavesEverythingElseOnTheCallingThread() {
		assertThat(threadServing("/api/articles")).startsWith("caller-");
	}

	private String threadServing(String path) {
		AtomicReference<String> thread = new AtomicReference<>();
		WebFilterChain chain = (exchange) -> Mono.fromRunnable(() -> thread.set(Thread.currentThread().getName()));
		Scheduler caller = Schedulers.newSingle("caller");
		try {
			StepVerifier.create(this.filter.filter(exchange(HttpMethod.GET, path), chain).subscribeOn(caller))
				.verifyComplete();
		}
		finally {
			caller.dispose();
		}
		return thread.get();
	}

	private static MockServerWebExchange exchange(HttpMethod method, String path) {
		return MockServerWebExchange.from(MockServerHttpRequest.method(method, path));
	}

}
