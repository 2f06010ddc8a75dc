package dk.newsroom.localstack;

import java.nio.file.Path;
import java.util.List;

import dk.newsroom.localstack.app.App;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class BannerTest {

	private static final Path KEYS = Path.of("/repo/data/security");

	@Test
	void showsTheFeedTheApisTheHealthChecksAndWhereDataAndLogsAre() {
		List<App> running = List.of(
				new App("articles-service", Path.of("a.jar"), 8081, "newsroom.articles.port", List.of()),
				new App("webhooks-service", Path.of("w.jar"), 8084, "newsroom.webhooks.port", List.of()),
				new App("gateway", Path.of("g.jar"), 8080, "newsroom.gateway.port", List.of(), 8180,
						"newsroom.gateway.management-port"));

		String text = Banner.text(running, "localhost:9092", "mongodb://localhost:27017", Path.of("/repo/data"),
				Path.of("/repo/data/logs"), KEYS, java.time.Duration.ofMillis(12_345));

		assertThat(text).contains("started in 12.3 s")
			.contains("Feed           http://localhost:8080/api/feed")
			.contains(
					"Articles API   http://localhost:8080/api/articles   (direct: http://localhost:8081/api/articles)")
			.contains("Webhooks API   http://localhost:8080/api/webhooks/subscriptions"
					+ "   (direct: http://localhost:8084/api/webhooks/subscriptions)")
			.contains("http://localhost:8081/actuator/health/readiness   (articles-service)")
			.contains("Kafka          localhost:9092")
			.contains("MongoDB        mongodb://localhost:27017")
			.contains("Logs           /repo/data/logs")
			.contains("Ctrl-C");
	}

	@Test
	void showsTheGatewaysHealthOnItsManagementPort() {
		List<App> running = List.of(new App("gateway", Path.of("g.jar"), 8080, "newsroom.gateway.port", List.of(), 8180,
				"newsroom.gateway.management-port"));

		String text = Banner.text(running, "localhost:9092", "mongodb://localhost:27017", Path.of("/repo/data"),
				Path.of("/repo/data/logs"), KEYS, java.time.Duration.ofSeconds(5));

		assertThat(text).contains("http://localhost:8180/actuator/health/readiness   (gateway, management port 8180)")
			.doesNotContain("http://localhost:8080/actuator");
	}

	@Test
	void namesTheDevTokenCommandAndWhereTheSigningKeyIs() {
		List<App> running = List
			.of(new App("articles-service", Path.of("a.jar"), 8081, "newsroom.articles.port", List.of()));

		String text = Banner.text(running, "localhost:9092", "mongodb://localhost:27017", Path.of("/repo/data"),
				Path.of("/repo/data/logs"), KEYS, java.time.Duration.ofSeconds(5));

		assertThat(text).contains("Tokens         ./dev-token.sh [scope ...]   (signing key in /repo/data/security)");
	}

	@Test
	void pointsStraightAtAServiceWhenNoGatewayRuns() {
		List<App> running = List
			.of(new App("articles-service", Path.of("a.jar"), 8081, "newsroom.articles.port", List.of()));

		String text = Banner.text(running, "localhost:9092", "mongodb://localhost:27017", Path.of("/repo/data"),
				Path.of("/repo/data/logs"), KEYS, java.time.Duration.ofSeconds(5));

		assertThat(text).doesNotContain("Feed").contains("Articles API   http://localhost:8081/api/articles");
	}

}
