package dk.newsroom.localstack.app;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import dk.newsroom.localstack.settings.SettingSource;
import dk.newsroom.localstack.settings.StackSettings;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class AppTableTest {

	private static final Path HOME = Path.of("/repo");

	private static final String JWT = "--spring.security.oauth2.resourceserver.jwt.";

	/** What every app needs to trust the stack's tokens. */
	private static final String[] TOKENS = { JWT + "issuer-uri=urn:newsroom:local-stack", JWT + "audiences=newsroom",
			JWT + "public-key-location=file:///repo/data/security/token-signing-key.pub.pem" };

	@Test
	void runsTheServicesBeforeTheGatewayOnTheirUsualPorts() {
		List<App> apps = AppTable.of(settings(Map.of()));

		assertThat(apps).extracting(App::name)
			.containsExactly("articles-service", "events-service", "people-service", "webhooks-service", "gateway");
		assertThat(apps).extracting(App::port).containsExactly(8081, 8082, 8083, 8084, 8080);
		assertThat(apps).extracting(App::portSetting)
			.containsExactly("newsroom.articles.port", "newsroom.events.port", "newsroom.people.port",
					"newsroom.webhooks.port", "newsroom.gateway.port");
	}

	@Test
	void findsEachJarWhereItsModuleBuildsIt() {
		App articles = app(AppTable.of(settings(Map.of())), "articles-service");

		assertThat(articles.jar()).isEqualTo(HOME.resolve("articles-service/target/articles-service.jar"));
		assertThat(articles.readinessUrl()).hasToString("http://localhost:8081/actuator/health/readiness");
	}

	@Test
	void connectsEachServiceToItsOwnDatabaseAndTheBroker() {
		App events = app(AppTable.of(settings(Map.of())), "events-service");

		assertThat(events.arguments()).startsWith("--server.port=8082",
				"--spring.mongodb.uri=mongodb://localhost:27017/events",
				"--spring.kafka.bootstrap-servers=localhost:9092");
	}

	@Test
	void tellsTheGatewayTheBrokerAndWhereEachServiceRuns() {
		App gateway = app(AppTable.of(settings(Map.of())), "gateway");

		assertThat(gateway.arguments()).startsWith("--server.port=8080", "--management.server.port=8180",
				"--spring.kafka.bootstrap-servers=localhost:9092",
				"--newsroom.services.articles-url=http://localhost:8081",
				"--newsroom.services.events-url=http://localhost:8082",
				"--newsroom.services.people-url=http://localhost:8083",
				"--newsroom.services.webhooks-url=http://localhost:8084");
	}

	@Test
	void letsWebhooksReachReceiversOnThisMachineOverPlainHttpHereOnly() {
		List<App> apps = AppTable.of(settings(Map.of()));

		assertThat(app(apps, "webhooks-service").arguments()).startsWith("--server.port=8084",
				"--spring.mongodb.uri=mongodb://localhost:27017/webhooks",
				"--spring.kafka.bootstrap-servers=localhost:9092", "--newsroom.webhooks.targets.allow-http=true",
				"--newsroom.webhooks.targets.allowed-hosts=localhost,127.0.0.0/8,::1");
		assertThat(apps).filteredOn((app) -> !app.name().equals("webhooks-service"))
			.allSatisfy((app) -> assertThat(app.arguments())
				.noneMatch((argument) -> argument.contains("webhooks.targets")));
	}

	@Test
	void keepsTheGatewaysSearchIndexInTheDataFolder() {
		StackSettings settings = settings(Map.of());
		App gateway = app(AppTable.of(settings), "gateway");

		assertThat(gateway.arguments())
			.contains("--newsroom.search.directory=" + settings.dataDir().resolve("gateway-search"));
	}

	@Test
	void probesTheGatewaysReadinessOnItsManagementPort() {
		App gateway = app(AppTable.of(settings(Map.of())), "gateway");

		assertThat(gateway.port()).isEqualTo(8080);
		assertThat(gateway.managementPort()).isEqualTo(8180);
		assertThat(gateway.managementPortSetting()).isEqualTo("newsroom.gateway.management-port");
		assertThat(gateway.readinessUrl()).hasToString("http://localhost:8180/actuator/health/readiness");
		assertThat(gateway.baseUrl()).hasToString("http://localhost:8080");
	}

	@Test
	void servicesServeTheirHealthOnTheirOwnPort() {
		App people = app(AppTable.of(settings(Map.of())), "people-service");

		assertThat(people.hasManagementPort()).isFalse();
		assertThat(people.managementPort()).isEqualTo(8083);
		assertThat(people.arguments()).noneMatch((argument) -> argument.startsWith("--management."));
	}

	@Test
	void theGatewayManagementPortIsASettingLikeTheOtherPorts() {
		List<App> fromEnvironment = AppTable.of(settings(Map.of("NEWSROOM_GATEWAY_MANAGEMENT_PORT", "18180")));
		List<App> fromProperty = AppTable.of(StackSettings.from(SettingSource
			.of(Map.of("newsroom.home", HOME.toString(), "newsroom.gateway.management-port", "28180"), Map.of()), HOME,
				""));

		assertThat(app(fromEnvironment, "gateway").arguments()).contains("--management.server.port=18180");
		assertThat(app(fromEnvironment, "gateway").readinessUrl())
			.hasToString("http://localhost:18180/actuator/health/readiness");
		assertThat(app(fromProperty, "gateway").managementPort()).isEqualTo(28180);
	}

	@Test
	void everyAppTrustsTheStacksIssuerAudienceAndPublicKey() {
		for (App app : AppTable.of(settings(Map.of()))) {
			assertThat(app.arguments()).as(app.name()).endsWith(TOKENS);
		}
	}

	@Test
	void thePublicKeyIsTheOneInTheConfiguredDataFolder() {
		List<App> apps = AppTable.of(settings(Map.of("NEWSROOM_DATA_DIR", "/elsewhere/data")));

		assertThat(app(apps, "gateway").arguments())
			.contains(JWT + "public-key-location=file:///elsewhere/data/security/token-signing-key.pub.pem");
	}

	@Test
	void movedPortsReachBothTheAppAndTheGateway() {
		List<App> apps = AppTable.of(settings(Map.of("NEWSROOM_ARTICLES_PORT", "18081", "NEWSROOM_GATEWAY_PORT",
				"18080", "NEWSROOM_KAFKA_PORT", "19092", "NEWSROOM_MONGO_PORT", "37017")));

		assertThat(app(apps, "articles-service").arguments()).startsWith("--server.port=18081",
				"--spring.mongodb.uri=mongodb://localhost:37017/articles",
				"--spring.kafka.bootstrap-servers=localhost:19092");
		assertThat(app(apps, "gateway").port()).isEqualTo(18080);
		assertThat(app(apps, "gateway").arguments()).contains("--server.port=18080",
				"--spring.kafka.bootstrap-servers=localhost:19092",
				"--newsroom.services.articles-url=http://localhost:18081");
	}

	@Test
	void knowsWhichServiceOwnsACollection() {
		assertThat(AppTable.ownerOf("articles")).isEqualTo("articles-service");
		assertThat(AppTable.ownerOf("people")).isEqualTo("people-service");
		assertThatThrownBy(() -> AppTable.ownerOf("podcasts")).hasMessageContaining("/api/podcasts");
	}

	@Test
	void launchesEachAppWithTheConfiguredJvmOptions() {
		App articles = app(AppTable.of(settings(Map.of())), "articles-service");
		AppLauncher launcher = new AppLauncher(Path.of("/jdk/bin/java"), List.of("-Xmx384m", "-XX:+UseSerialGC"), HOME,
				HOME.resolve("data/logs"), new PidFiles(HOME.resolve("data/run")));

		assertThat(launcher.command(articles))
			.startsWith("/jdk/bin/java", "-Xmx384m", "-XX:+UseSerialGC", "-jar",
					"/repo/articles-service/target/articles-service.jar", "--server.port=8081",
					"--spring.mongodb.uri=mongodb://localhost:27017/articles",
					"--spring.kafka.bootstrap-servers=localhost:9092")
			.endsWith(TOKENS);
		assertThat(launcher.logFile(articles)).isEqualTo(HOME.resolve("data/logs/articles-service.log"));
	}

	private static StackSettings settings(Map<String, String> environment) {
		return StackSettings.from(SettingSource.of(Map.of("newsroom.home", HOME.toString()), environment), HOME, "");
	}

	private static App app(List<App> apps, String name) {
		return apps.stream().filter((app) -> app.name().equals(name)).findFirst().orElseThrow();
	}

}
