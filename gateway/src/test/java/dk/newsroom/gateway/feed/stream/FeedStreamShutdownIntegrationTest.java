package dk.newsroom.gateway.feed.stream;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;

import dk.newsroom.gateway.GatewayApplication;
import dk.newsroom.testsupport.TestBackendsConfiguration;
import dk.newsroom.testsupport.TestTokens;
import org.junit.jupiter.api.Test;
import reactor.core.Disposable;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.codec.ServerSentEvent;
import org.springframework.web.reactive.function.client.WebClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A gateway that stops with a stream open ends the stream at once: the open request does
 * not hold the web server's graceful shutdown for its whole timeout (30 s). Its own
 * gateway, not the tests' shared one, since it is stopped.
 */
class FeedStreamShutdownIntegrationTest {

	private static final ParameterizedTypeReference<ServerSentEvent<String>> SSE = new ParameterizedTypeReference<>() {
	};

	@Test
	void stoppingTheGatewayEndsAnOpenStreamInsteadOfWaitingForIt() {
		Map<String, Object> properties = new HashMap<>(TestTokens.applicationProperties());
		properties.put("server.port", "0");
		properties.put("management.server.port", "0");
		ConfigurableApplicationContext gateway = new SpringApplicationBuilder(GatewayApplication.class,
				TestBackendsConfiguration.class)
			.properties(properties)
			.run();
		int port = ((WebServerApplicationContext) gateway).getWebServer().getPort();
		List<String> events = new CopyOnWriteArrayList<>();
		AtomicBoolean ended = new AtomicBoolean();
		Disposable stream = WebClient.create("http://localhost:" + port)
			.get()
			.uri("/api/feed/stream")
			.retrieve()
			.bodyToFlux(SSE)
			.subscribe((event) -> events.add(String.valueOf(event.event())), (error) -> ended.set(true),
					() -> ended.set(true));
		try {
			await().atMost(Duration.ofSeconds(30)).until(() -> events.contains(FeedStreamEvents.READY));

			long start = System.nanoTime();
			gateway.close();
			Duration stopping = Duration.ofNanos(System.nanoTime() - start);

			assertThat(stopping).as("time to stop with a stream open").isLessThan(Duration.ofSeconds(10));
			await().atMost(Duration.ofSeconds(10)).untilTrue(ended);
		}
		finally {
			stream.dispose();
			gateway.close();
		}
	}

}
