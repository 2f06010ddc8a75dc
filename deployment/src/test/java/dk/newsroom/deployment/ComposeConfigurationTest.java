package dk.newsroom.deployment;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import static dk.newsroom.deployment.Deployment.APPS;
import static dk.newsroom.deployment.Deployment.REPO;
import static dk.newsroom.deployment.Deployment.binding;
import static dk.newsroom.deployment.Deployment.bindMounts;
import static dk.newsroom.deployment.Deployment.compose;
import static dk.newsroom.deployment.Deployment.environment;
import static dk.newsroom.deployment.Deployment.list;
import static dk.newsroom.deployment.Deployment.map;
import static dk.newsroom.deployment.Deployment.publishedPorts;
import static dk.newsroom.deployment.Deployment.service;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * docker-compose.yml, the Dockerfile and the Prometheus and Grafana provisioning against
 * the apps' real configuration (their application.yml in the source tree): Boot ignores
 * unknown properties silently, so a misspelt variable or port would only show in a
 * running stack. No Docker needed. {@link #theChecksCatchMistakes} shows each check fails
 * on a broken copy.
 */
class ComposeConfigurationTest {

	private static final String DELIVERY_METRICS = "webhooks-service/src/main/java/dk/newsroom/webhooks/delivery/DeliveryMetrics.java";

	private static final String OUTBOX_METRICS = "platform/src/main/java/dk/newsroom/platform/outbox/OutboxMetrics.java";

	@Test
	void theComposeFileRunsTheWholePlatform() throws IOException {
		Map<String, Object> compose = compose();
		assertThat(map(compose.get("services"))).containsOnlyKeys("mongo", "kafka", "articles-service",
				"events-service", "people-service", "webhooks-service", "gateway", "prometheus", "grafana");
		assertThat(service(compose, "mongo").get("image")).isEqualTo("mongo:8");
		assertThat(ComposeChecks.replicaSet(service(compose, "mongo"))).as("mongo runs and initiates replica set")
			.isEqualTo("rs0");
		assertThat(String.valueOf(service(compose, "kafka").get("image"))).startsWith("apache/kafka:4.");
		Map<String, String> kafka = environment(service(compose, "kafka"));
		assertThat(kafka.get("KAFKA_PROCESS_ROLES")).isEqualTo("broker,controller");
		assertThat(kafka.get("KAFKA_CONTROLLER_QUORUM_VOTERS")).isEqualTo(kafka.get("KAFKA_NODE_ID") + "@kafka:9093");
		assertThat(kafka.get("KAFKA_LISTENERS")).contains("CONTROLLER://:9093");
		assertThat(kafka.get("KAFKA_OFFSETS_TOPIC_REPLICATION_FACTOR")).isEqualTo("1");
		assertThat(kafka.get("KAFKA_ADVERTISED_LISTENERS")).contains("EXTERNAL://localhost:9092");
		assertThat(kafka.get("CLUSTER_ID")).as("a base64url UUID").matches("[A-Za-z0-9_-]{22}");
		assertThat(publishedPorts(service(compose, "kafka"))).containsExactly(new int[] { 9092, 9092 });
		assertThat(publishedPorts(service(compose, "prometheus"))).containsExactly(new int[] { 9090, 9090 });
		assertThat(publishedPorts(service(compose, "grafana"))).containsExactly(new int[] { 3000, 3000 });
		assertThat(publishedPorts(service(compose, "mongo"))).isEmpty();
	}

	/**
	 * The override the benchmark runs against real MongoDB with
	 * (docs/performance-notes.md) names services of the compose file, the gateway's real
	 * management port, and a profile the gateway has.
	 */
	@Test
	void theBenchmarkOverrideFitsTheComposeFile() throws IOException {
		Map<String, Object> services = map(Deployment.yaml(REPO.resolve("docker/compose.bench.yml")).get("services"));
		assertThat(map(compose().get("services"))).containsKeys(services.keySet().toArray(String[]::new));
		assertThat(list(map(services.get("gateway")).get("ports")))
			.containsExactly(ComposeChecks.managementPort("gateway") + ":" + ComposeChecks.managementPort("gateway"));
		assertThat(list(map(services.get("mongo")).get("ports"))).containsExactly("27017:27017");
		assertThat(map(map(services.get("gateway")).get("environment"))).containsEntry("SPRING_PROFILES_ACTIVE",
				"bench");
		assertThat(REPO.resolve("gateway/src/main/resources/application-bench.yml")).exists();
	}

	@Test
	void eachAppPublishesItsOwnPortOnly() throws IOException {
		assertThat(ComposeChecks.ports(compose())).isEmpty();
		assertThat(ComposeChecks.managementPort("gateway")).isEqualTo(8180);
		assertThat(Deployment.serverPort("articles-service")).isEqualTo(8081);
		assertThat(Deployment.serverPort("webhooks-service")).isEqualTo(8084);
	}

	@Test
	void everyEnvironmentVariableIsOneTheAppReads() throws IOException {
		assertThat(ComposeChecks.environmentVariables(compose())).isEmpty();
		Map<String, Object> articles = Deployment.applicationYml("articles-service");
		Map<String, Object> gateway = Deployment.applicationYml("gateway");
		assertThat(binding("SPRING_MONGODB_URI", articles)).isEqualTo("spring.mongodb.uri");
		assertThat(binding("SPRING_DATA_MONGODB_URI", articles)).as("Boot 3's name is not read").isNull();
		assertThat(binding("PORT", articles)).isEqualTo("${PORT}");
		assertThat(binding("PORT", gateway)).as("the gateway's port has no PORT placeholder").isNull();
		assertThat(binding("NEWSROOM_SERVICES_ARTICLES_URL", gateway)).isEqualTo("newsroom.services.articles-url");
		assertThat(binding("NEWSROOM_SERVICES_ARTICLESURL", gateway)).isEqualTo("newsroom.services.articles-url");
		assertThat(binding("MANAGEMENT_OTLP_TRACING_ENDPOINT", gateway)).as("deprecated (error) in Boot 4").isNull();
		Map<String, Object> webhooks = Deployment.applicationYml("webhooks-service");
		assertThat(binding("PORT", webhooks)).isEqualTo("${PORT}");
		assertThat(binding("NEWSROOM_TOKEN_AUDIENCE", webhooks)).isEqualTo("${NEWSROOM_TOKEN_AUDIENCE}");
		assertThat(binding("NEWSROOM_WEBHOOKS_TARGETS_ALLOW_HTTP", webhooks))
			.as("would bind: leaving it out of compose is what keeps http off")
			.isEqualTo("newsroom.webhooks.targets.allow-http");
		assertThat(binding("NEWSROOM_OUTBOX_TOPIC", webhooks)).as("not a content service").isNull();
	}

	@Test
	void theAppsAreWiredToEachOtherAndTheirBackends() throws IOException {
		assertThat(ComposeChecks.wiring(compose())).isEmpty();
	}

	@Test
	void webhooksServiceDeliversToPublicHttpsTargetsOnly() throws IOException {
		assertThat(ComposeChecks.webhookTargets(compose())).isEmpty();
	}

	@Test
	void everyContainerHasAHealthCheckAMemoryLimitAndWaitsForHealthyDependencies() throws IOException {
		assertThat(ComposeChecks.healthAndLimits(compose())).isEmpty();
	}

	@Test
	void theAppsAreBuiltFromTheRepository() throws IOException {
		assertThat(ComposeChecks.builds(compose())).isEmpty();
	}

	@Test
	void dataLivesInNamedVolumes() throws IOException {
		assertThat(ComposeChecks.volumes(compose())).isEmpty();
	}

	@Test
	void theImageIsSmallNonRootAndLayered() throws IOException {
		String dockerfile = Files.readString(REPO.resolve("docker/Dockerfile"));
		List<String> froms = lines(dockerfile, "FROM ");
		assertThat(froms).hasSize(2);
		assertThat(froms.get(0)).contains("-jdk").endsWith(" AS build");
		assertThat(froms.get(1)).startsWith("FROM eclipse-temurin:").contains("-jre");
		assertThat(dockerfile).contains("java -Djarmode=tools -jar").contains("extract --layers --launcher");
		assertThat(copiedLayers(dockerfile)).containsExactly("dependencies", "spring-boot-loader",
				"snapshot-dependencies", "application");
		assertThat(lines(dockerfile, "USER ")).singleElement().satisfies((user) -> {
			assertThat(user).matches("USER [0-9]+(:[0-9]+)?");
			assertThat(user).doesNotStartWith("USER 0");
		});
		assertThat(lines(dockerfile, "EXPOSE ")).containsExactly("EXPOSE ${PORT}");
		assertThat(lines(dockerfile, "ENTRYPOINT ")).singleElement()
			.asString()
			.contains("-XX:MaxRAMPercentage=", "-XX:+ExitOnOutOfMemoryError",
					"\"org.springframework.boot.loader.launch.JarLauncher\"");
		List<String> ignored = Files.readAllLines(REPO.resolve(".dockerignore"));
		assertThat(ignored).contains("**/target/", "data/");
	}

	@Test
	void theImageCopiesTheLayersTheJarsHave() throws IOException {
		List<String> copied = copiedLayers(Files.readString(REPO.resolve("docker/Dockerfile")));
		int checked = 0;
		for (String app : APPS) {
			Path jar = REPO.resolve(app).resolve("target").resolve(app + ".jar");
			if (!Files.isRegularFile(jar)) {
				continue;
			}
			try (ZipFile zip = new ZipFile(jar.toFile())) {
				ZipEntry index = zip.getEntry("BOOT-INF/layers.idx");
				assertThat(index).as("%s has a layer index", jar).isNotNull();
				try (InputStream in = zip.getInputStream(index)) {
					String layers = new String(in.readAllBytes(), StandardCharsets.UTF_8);
					List<String> names = new ArrayList<>();
					Matcher matcher = Pattern.compile("(?m)^- \"([^\"]+)\":").matcher(layers);
					while (matcher.find()) {
						names.add(matcher.group(1));
					}
					assertThat(copied).as("layers of %s", jar).isEqualTo(names);
					checked++;
				}
			}
		}
		assumeTrue(checked > 0, "no app jar built yet (./mvnw package)");
	}

	@Test
	void prometheusScrapesExactlyTheApps() throws IOException {
		assertThat(ComposeChecks.prometheus(prometheusConfig(compose()))).isEmpty();
	}

	@Test
	void grafanaIsProvisionedWithTheDatasourceAndTheDashboard() throws IOException {
		Map<String, Object> grafana = service(compose(), "grafana");
		Map<String, Path> mounts = bindMounts(grafana);
		Path provisioning = mounts.get("/etc/grafana/provisioning");
		assertThat(provisioning).as("provisioning mounted").isNotNull().isDirectory();
		Map<String, Object> datasource = map(
				list(Deployment.yaml(provisioning.resolve("datasources/prometheus.yml")).get("datasources")).get(0));
		assertThat(datasource.get("type")).isEqualTo("prometheus");
		assertThat(datasource.get("url")).isEqualTo("http://prometheus:9090");
		Map<String, Object> provider = map(
				list(Deployment.yaml(provisioning.resolve("dashboards/newsroom.yml")).get("providers")).get(0));
		String dashboardPath = String.valueOf(map(provider.get("options")).get("path"));
		Path dashboards = mounts.get(dashboardPath);
		assertThat(dashboards).as("the provider's path %s is mounted", dashboardPath).isNotNull().isDirectory();
		String home = environment(grafana).get("GF_DASHBOARDS_DEFAULT_HOME_DASHBOARD_PATH");
		assertThat(home).startsWith(dashboardPath + "/");
		Path dashboard = dashboards.resolve(home.substring(dashboardPath.length() + 1));
		assertThat(dashboard).isRegularFile();
		assertThat(ComposeChecks.dashboard(Deployment.json(dashboard), String.valueOf(datasource.get("uid"))))
			.isEmpty();
		assertThat(ComposeChecks.queries(Deployment.json(dashboard))).hasSizeGreaterThan(10);
	}

	/**
	 * The dashboard's webhooks-service metrics are the series its meters really publish
	 * (DeliveryMetrics, translated the way Micrometer's Prometheus registry names them),
	 * and it shows every one of those meters. The translation itself is checked on the
	 * outbox's meters, whose names the dashboard already uses.
	 */
	@Test
	void theDashboardsWebhooksMetricsAreTheServicesMeters() throws IOException {
		Map<String, Set<String>> webhooks = ComposeChecks.meterSeries(Files.readString(REPO.resolve(DELIVERY_METRICS)),
				Deployment.applicationYml("webhooks-service"));
		assertThat(webhooks).containsOnlyKeys("webhooks_attempt_duration_seconds", "webhooks_subscription_lag_seconds",
				"webhooks_subscription_pending", "webhooks_undelivered_oldest_age_seconds", "webhooks_deliveries_total",
				"webhooks_attempts_total");
		Set<String> published = webhooks.values().stream().flatMap(Set::stream).collect(Collectors.toSet());
		assertThat(ComposeChecks.METRICS.stream().filter((name) -> name.startsWith("webhooks_")))
			.as("every webhooks metric the dashboard may use is published")
			.isSubsetOf(published);
		assertThat(ComposeChecks.REQUIRED_METRICS).as("the dashboard must show every meter")
			.containsAll(webhooks.keySet());

		Map<String, Set<String>> outbox = ComposeChecks.meterSeries(Files.readString(REPO.resolve(OUTBOX_METRICS)),
				Deployment.applicationYml("articles-service"));
		assertThat(outbox).containsEntry("newsroom_outbox_pending_entries", Set.of("newsroom_outbox_pending_entries"))
			.containsEntry("newsroom_outbox_oldest_pending_age_seconds",
					Set.of("newsroom_outbox_oldest_pending_age_seconds"))
			.containsEntry("newsroom_outbox_publish_seconds",
					Set.of("newsroom_outbox_publish_seconds_count", "newsroom_outbox_publish_seconds_sum",
							"newsroom_outbox_publish_seconds_max", "newsroom_outbox_publish_seconds_bucket"));
		assertThat(ComposeChecks
			.meterSeries("Timer.builder(\"http.server.requests\").register(registry)",
					Deployment.applicationYml("articles-service"))
			.get("http_server_requests_seconds")).as("a histogram switched on in the configuration")
			.contains("http_server_requests_seconds_bucket");
	}

	@Test
	void metricNamesAreFoundInQueries() {
		assertThat(ComposeChecks.metricNames(
				"histogram_quantile(0.95, sum by (le, uri) (rate(http_server_requests_seconds_bucket{job=\"gateway\", uri=~\"/api/feed.*\"}[$__rate_interval])))"))
			.containsExactly("http_server_requests_seconds_bucket");
		assertThat(ComposeChecks.metricNames("sum(a_total) / sum(b_total offset 5m) * 100")).containsExactly("a_total",
				"b_total");
		assertThat(ComposeChecks.metricNames("label_values(up, job)")).containsExactly("up");
	}

	@Test
	void ciValidatesTheComposeFile() throws IOException {
		String ci = Files.readString(REPO.resolve(".ci/run"));
		assertThat(ci).contains("docker-compose -f docker-compose.yml config -q");
		assertThat(ci.indexOf("config -q")).isLessThan(ci.indexOf("./mvnw -B verify"));
	}

	static Stream<Arguments> mistakes() {
		return Stream.of(
				mistake("a typo in a published port", (compose) -> ports(compose, "events-service").set(0, "8028:8082"),
						ComposeChecks::ports),
				mistake("a second published port", (compose) -> ports(compose, "gateway").add("8180:8180"),
						ComposeChecks::ports),
				mistake("Boot 3's MongoDB property",
						(compose) -> env(compose, "people-service").put("SPRING_DATA_MONGODB_URI", "mongodb://mongo"),
						ComposeChecks::environmentVariables),
				mistake("a misspelt gateway route",
						(compose) -> env(compose, "gateway").put("NEWSROOM_SERVICE_EVENTS_URL",
								"http://events-service:8082"),
						ComposeChecks::environmentVariables),
				mistake("a wrong service URL",
						(compose) -> env(compose, "gateway").put("NEWSROOM_SERVICES_EVENTS_URL",
								"http://events-service:8081"),
						ComposeChecks::wiring),
				mistake("MongoDB without the replica set",
						(compose) -> env(compose, "articles-service").put("SPRING_MONGODB_URI",
								"mongodb://mongo:27017/articles"),
						ComposeChecks::wiring),
				mistake("the broker's host listener for a container",
						(compose) -> env(compose, "events-service").put("SPRING_KAFKA_BOOTSTRAP_SERVERS",
								"localhost:9092"),
						ComposeChecks::wiring),
				mistake("no health check", (compose) -> service(compose, "kafka").remove("healthcheck"),
						ComposeChecks::healthAndLimits),
				mistake("the gateway's health on its public port",
						(compose) -> service(compose, "gateway").put("healthcheck",
								Map.of("test",
										List.of("CMD", "curl", "-f",
												"http://localhost:8080/actuator/health/readiness"))),
						ComposeChecks::healthAndLimits),
				mistake("no memory limit", (compose) -> service(compose, "people-service").remove("mem_limit"),
						ComposeChecks::healthAndLimits),
				mistake("waiting for a started, not healthy, dependency",
						(compose) -> map(map(service(compose, "articles-service").get("depends_on")).get("mongo"))
							.put("condition", "service_started"),
						ComposeChecks::healthAndLimits),
				mistake("a missing Dockerfile",
						(compose) -> map(service(compose, "gateway").get("build")).put("dockerfile",
								"Dockerfile.missing"),
						ComposeChecks::builds),
				mistake("webhooks-service allowing plain http targets",
						(compose) -> env(compose, "webhooks-service").put("NEWSROOM_WEBHOOKS_TARGETS_ALLOW_HTTP",
								"true"),
						ComposeChecks::webhookTargets),
				mistake("webhooks-service exempting internal addresses",
						(compose) -> env(compose, "webhooks-service").put("NEWSROOM_WEBHOOKS_TARGETS_ALLOWEDHOSTS_0",
								"10.0.0.0/8"),
						ComposeChecks::webhookTargets),
				mistake("plain http targets through a JVM option",
						(compose) -> env(compose, "webhooks-service").put("JAVA_TOOL_OPTIONS",
								"-Dnewsroom.webhooks.targets.allow-http=true"),
						ComposeChecks::webhookTargets),
				mistake("webhooks-service on people-service's port",
						(compose) -> ports(compose, "webhooks-service").set(0, "8083:8083"), ComposeChecks::ports),
				mistake("webhooks-service in articles-service's database",
						(compose) -> env(compose, "webhooks-service").put("SPRING_MONGODB_URI",
								"mongodb://mongo:27017/articles?replicaSet=rs0"),
						ComposeChecks::wiring),
				mistake("the gateway without webhooks-service's URL",
						(compose) -> env(compose, "gateway").remove("NEWSROOM_SERVICES_WEBHOOKS_URL"),
						ComposeChecks::wiring),
				mistake("webhooks-service not waiting for Kafka",
						(compose) -> map(service(compose, "webhooks-service").get("depends_on")).remove("kafka"),
						ComposeChecks::healthAndLimits),
				mistake("an anonymous data volume",
						(compose) -> list(service(compose, "mongo").get("volumes")).set(0, "/data/db"),
						(compose) -> ComposeChecks.volumes(compose)));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("mistakes")
	void theChecksCatchMistakes(String mistake, Consumer<Map<String, Object>> breaking, Check check)
			throws IOException {
		Map<String, Object> compose = compose();
		assertThat(check.problems(compose)).as("the real file passes").isEmpty();
		breaking.accept(compose);
		assertThat(check.problems(compose)).as(mistake).isNotEmpty();
	}

	@Test
	void thePrometheusAndDashboardChecksCatchMistakes() throws IOException {
		Map<String, Object> prometheus = prometheusConfig(compose());
		List<Object> targets = list(
				map(list(scrapeJob(prometheus, "gateway").get("static_configs")).get(0)).get("targets"));
		targets.set(0, "gateway:8080");
		assertThat(ComposeChecks.prometheus(prometheus)).as("the gateway scraped on its public port").isNotEmpty();
		Map<String, Object> withoutWebhooks = prometheusConfig(compose());
		list(withoutWebhooks.get("scrape_configs")).remove(scrapeJob(withoutWebhooks, "webhooks-service"));
		assertThat(ComposeChecks.prometheus(withoutWebhooks)).as("webhooks-service not scraped")
			.anyMatch((problem) -> problem.contains("webhooks-service:8084"));

		Map<String, Object> dashboard = Map.of("panels",
				List.of(Map.of("targets", List.of(Map.of("expr", "rate(newsroom_content_write_total[5m])")))));
		assertThat(ComposeChecks.dashboard(dashboard, "prometheus")).as("a misspelt metric")
			.anyMatch((problem) -> problem.contains("unknown metric newsroom_content_write_total"))
			.anyMatch((problem) -> problem.contains("shows no jvm_memory_used_bytes"))
			.anyMatch((problem) -> problem.contains("shows no webhooks_subscription_lag_seconds"));

		Map<String, Object> p95 = Map.of("panels", List.of(Map.of("targets", List.of(Map.of("expr",
				"histogram_quantile(0.95, sum by (le) (rate(webhooks_attempt_duration_seconds_bucket[5m])))")))));
		assertThat(ComposeChecks.dashboard(p95, "prometheus"))
			.as("a p95 of the attempt duration, whose timer publishes no histogram")
			.anyMatch((problem) -> problem.contains("unknown metric webhooks_attempt_duration_seconds_bucket"));
	}

	@FunctionalInterface
	interface Check {

		List<String> problems(Map<String, Object> compose) throws IOException;

	}

	private static Arguments mistake(String name, Consumer<Map<String, Object>> breaking, Check check) {
		return Arguments.of(name, breaking, check);
	}

	private static List<Object> ports(Map<String, Object> compose, String service) {
		return list(service(compose, service).get("ports"));
	}

	@SuppressWarnings("unchecked")
	private static Map<String, Object> env(Map<String, Object> compose, String service) {
		return (Map<String, Object>) service(compose, service).get("environment");
	}

	private static Map<String, Object> scrapeJob(Map<String, Object> prometheus, String job) {
		return list(prometheus.get("scrape_configs")).stream()
			.map(Deployment::map)
			.filter((config) -> job.equals(config.get("job_name")))
			.findFirst()
			.orElseThrow(() -> new AssertionError("no scrape job " + job));
	}

	private static Map<String, Object> prometheusConfig(Map<String, Object> compose) throws IOException {
		Path config = bindMounts(service(compose, "prometheus")).get("/etc/prometheus/prometheus.yml");
		assertThat(config).as("prometheus.yml mounted").isNotNull().isRegularFile();
		return Deployment.yaml(config);
	}

	private static List<String> lines(String dockerfile, String instruction) {
		return dockerfile.lines().map(String::strip).filter((line) -> line.startsWith(instruction)).toList();
	}

	private static List<String> copiedLayers(String dockerfile) {
		List<String> layers = new ArrayList<>();
		Matcher matcher = Pattern.compile("(?m)^COPY --from=build /extracted/\\$\\{MODULE}/([a-z-]+)/ \\./$")
			.matcher(dockerfile);
		while (matcher.find()) {
			layers.add(matcher.group(1));
		}
		return layers;
	}

}
