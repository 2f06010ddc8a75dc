package dk.newsroom.deployment;

import java.io.IOException;
import java.nio.file.Files;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import static dk.newsroom.deployment.Deployment.APPS;
import static dk.newsroom.deployment.Deployment.REPO;
import static dk.newsroom.deployment.Deployment.list;
import static dk.newsroom.deployment.Deployment.lookup;
import static dk.newsroom.deployment.Deployment.map;
import static dk.newsroom.deployment.Kubernetes.all;
import static dk.newsroom.deployment.Kubernetes.container;
import static dk.newsroom.deployment.Kubernetes.find;
import static dk.newsroom.deployment.Kubernetes.name;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Kubernetes manifests (deploy/k8s) against the apps' real configuration, as
 * {@link ComposeConfigurationTest} checks docker-compose.yml: each overlay is rendered
 * once with {@code kubectl kustomize} (the way a platform team applies it), every
 * resource is read as its kind with unknown fields refused, and the checks of
 * {@link KubernetesChecks} run on it. {@link #theChecksCatchMistakes} shows each check
 * fails on a broken copy. No cluster needed: what only a cluster shows is listed in
 * docs/operations.md#kubernetes.
 */
class KubernetesManifestsTest {

	private static final Map<String, List<Map<String, Object>>> RENDERED = new LinkedHashMap<>();

	private static List<Map<String, Object>> dashboard;

	@BeforeAll
	static void render() throws IOException {
		Kubernetes.requireKubectl();
		for (String overlay : Kubernetes.OVERLAYS) {
			RENDERED.put(overlay, Kubernetes.render("overlays/" + overlay));
		}
		dashboard = Kubernetes.render("monitoring");
	}

	static Stream<String> overlays() {
		return Kubernetes.OVERLAYS.stream();
	}

	private static List<Map<String, Object>> rendered(String overlay) {
		return RENDERED.get(overlay);
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("overlays")
	void everyResourceIsItsKindWithoutUnknownFields(String overlay) {
		assertThat(KubernetesKinds.check(rendered(overlay))).isEmpty();
		assertThat(rendered(overlay)).allSatisfy((resource) -> assertThat(
				"Namespace".equals(Kubernetes.kind(resource)) ? name(resource) : lookup(resource, "metadata.namespace"))
			.as("%s %s", Kubernetes.kind(resource), name(resource))
			.isEqualTo("newsroom"));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("overlays")
	void everyAppIsDeployedFromItsImageWithItsObjects(String overlay) throws IOException {
		assertThat(KubernetesChecks.inventory(rendered(overlay))).isEmpty();
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("overlays")
	void everyEnvironmentVariableIsOneTheAppReads(String overlay) throws IOException {
		assertThat(KubernetesChecks.environment(rendered(overlay))).isEmpty();
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("overlays")
	void portsAndProbesAreTheAppsOwn(String overlay) throws IOException {
		assertThat(KubernetesChecks.portsAndProbes(rendered(overlay))).isEmpty();
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("overlays")
	void theAppsAreWiredToEachOtherAndTheirBackends(String overlay) throws IOException {
		assertThat(KubernetesChecks.wiring(rendered(overlay))).isEmpty();
		assertThat(KubernetesChecks.mongodb(rendered(overlay))).isEmpty();
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("overlays")
	void theAppsRunUnprivilegedOnAReadOnlyRoot(String overlay) throws IOException {
		assertThat(KubernetesChecks.securityContexts(rendered(overlay))).isEmpty();
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("overlays")
	void memoryFitsTheHeapTheAppsNeed(String overlay) throws IOException {
		assertThat(KubernetesChecks.resources(rendered(overlay))).isEmpty();
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("overlays")
	void aStopHasTimeForTheGracefulPhases(String overlay) throws IOException {
		assertThat(KubernetesChecks.shutdown(rendered(overlay))).isEmpty();
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("overlays")
	void everyAppStaysAvailableThroughRolloutsDrainsAndZones(String overlay) throws IOException {
		assertThat(KubernetesChecks.availability(rendered(overlay))).isEmpty();
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("overlays")
	void networkPoliciesLetOnlyTheGatewayIn(String overlay) throws IOException {
		assertThat(KubernetesChecks.networkPolicies(rendered(overlay))).isEmpty();
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("overlays")
	void theTopicsAreWhatTheServicesCreate(String overlay) throws IOException {
		assertThat(KubernetesChecks.topics(rendered(overlay))).isEmpty();
		assertThat(all(rendered(overlay), "KafkaTopic")).hasSize(3)
			.allSatisfy((topic) -> assertThat(lookup(topic, "spec.replicas")).isEqualTo(3))
			.allSatisfy((topic) -> assertThat(Kubernetes.strings(lookup(topic, "spec.config")))
				.containsEntry("cleanup.policy", "compact")
				.containsEntry("min.insync.replicas", "2"));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("overlays")
	void prometheusScrapesEveryApp(String overlay) throws IOException {
		assertThat(KubernetesChecks.monitoring(rendered(overlay))).isEmpty();
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("overlays")
	void onlyTheGatewayIsExposed(String overlay) throws IOException {
		assertThat(KubernetesChecks.ingress(rendered(overlay))).isEmpty();
	}

	@Test
	void theOverlaysDifferWhereTheyShould() {
		List<Map<String, Object>> local = rendered("local");
		List<Map<String, Object>> production = rendered("production");
		assertThat(all(local, "KafkaNodePool")).singleElement()
			.satisfies((pool) -> assertThat(list(lookup(pool, "spec.roles"))).containsExactly("controller", "broker"));
		assertThat(all(production, "KafkaNodePool")).extracting(Kubernetes::name)
			.containsExactlyInAnyOrder("controllers", "brokers");
		assertThat(lookup(find(production, "Kafka", "newsroom"), "spec.kafka.rack.topologyKey"))
			.isEqualTo("topology.kubernetes.io/zone");
		assertThat(lookup(find(production, "HorizontalPodAutoscaler", "gateway"), "spec.minReplicas")).isEqualTo(3);
		for (String app : APPS) {
			assertThat(String.valueOf(container(production, app).get("image")))
				.isEqualTo("registry.example.dk/newsroom/" + app + ":0.1.0");
			assertThat(String.valueOf(container(local, app).get("image"))).isEqualTo("newsroom/" + app + ":dev");
			assertThat(KubernetesChecks.env(production, app)).containsEntry(
					"SPRING_SECURITY_OAUTH2_RESOURCESERVER_JWT_ISSUER_URI", "https://sso.example.dk/realms/newsroom");
			assertThat(
					list(lookup(find(production, "Deployment", app), "spec.template.spec.topologySpreadConstraints")))
				.first()
				.satisfies((zone) -> assertThat(map(zone).get("whenUnsatisfiable")).isEqualTo("DoNotSchedule"));
		}
		assertThat(KubernetesChecks.env(local, "gateway")).containsEntry("NEWSROOM_RATE_LIMIT_TRUSTED_PROXIES",
				"10.244.0.0/16");
		assertThat(lookup(find(production, "Ingress", "gateway"), "spec.tls")).isNotNull();
	}

	/**
	 * The Grafana dashboard is generated by kustomize from compose's file itself, and
	 * passes the compose check of its metrics.
	 */
	@Test
	void theDashboardIsComposesOwnFile() throws IOException {
		String file = Files.readString(REPO.resolve("docker/grafana/dashboards/newsroom.json"));
		assertThat(dashboard).singleElement().satisfies((configMap) -> {
			assertThat(Kubernetes.kind(configMap)).isEqualTo("ConfigMap");
			assertThat(lookup(configMap, "metadata.namespace")).isEqualTo(KubernetesChecks.MONITORING_NAMESPACE);
			assertThat(Kubernetes.strings(lookup(configMap, "metadata.labels"))).containsEntry("grafana_dashboard",
					"1");
			assertThat(Kubernetes.strings(lookup(configMap, "data"))).containsOnlyKeys("newsroom.json")
				.containsEntry("newsroom.json", file);
		});
		assertThat(KubernetesKinds.check(dashboard)).isEmpty();
		assertThat(ComposeChecks.dashboard(Deployment.json(REPO.resolve("docker/grafana/dashboards/newsroom.json")),
				"prometheus"))
			.isEmpty();
		assertThat(file.length()).as("a ConfigMap holds at most 1 MiB").isLessThan(1024 * 1024);
	}

	/** The properties the checks read from the apps' configuration records. */
	@Test
	void declaredPropertiesAndTheirDefaultsAreRead() throws IOException {
		assertThat(DeclaredProperties.defaultValue("articles-service", "newsroom.outbox.shutdown-timeout"))
			.isEqualTo("10s");
		assertThat(DeclaredProperties.defaultValue("people-service", "newsroom.outbox.partitions")).isEqualTo("3");
		assertThat(DeclaredProperties.defaultValue("gateway", "newsroom.feed.stream.heartbeat")).isEqualTo("15s");
		assertThat(DeclaredProperties.defaultValue("gateway", "newsroom.feed.horizon.items-per-type"))
			.isEqualTo("10000");
		assertThat(DeclaredProperties.defaultValue("webhooks-service", "newsroom.webhooks.delivery.retry-schedule"))
			.startsWith("5s,1m,");
		assertThat(Deployment.binding("NEWSROOM_OUTBOX_PARTITIONS", "articles-service"))
			.isEqualTo("newsroom.outbox.partitions");
		assertThat(Deployment.binding("NEWSROOM_OUTBOX_PARTITION", "articles-service")).isNull();
		assertThat(Deployment.binding("NEWSROOM_OUTBOX_PARTITIONS", "webhooks-service")).as("not a content service")
			.isNull();
		assertThat(Deployment.binding("NEWSROOM_ROUTES_CONCURRENCY_SERVICES_ARTICLES_MAX_CONCURRENT", "gateway"))
			.isEqualTo("newsroom.routes.concurrency.services");
		assertThat(Deployment.binding("NEWSROOM_FEED_HORIZON_ITEMSPERTYPE", "gateway"))
			.isEqualTo("newsroom.feed.horizon.items-per-type");
		assertThat(Deployment.setting("articles-service", Map.of("PORT", "9000"), "server.port")).isEqualTo("9000");
		assertThat(Deployment.managementPort("gateway", Map.of())).isEqualTo(8180);
		assertThat(KubernetesChecks.gatewayLongestRouteSeconds()).isEqualTo(130);
		assertThat(KubernetesChecks.outboxShards()).isEqualTo(8);
		assertThat(KubernetesChecks.topicConfigsCreated()).containsExactlyInAnyOrder("cleanup.policy",
				"min.insync.replicas");
		assertThat(KubernetesChecks.webhooksTopics()).containsExactly("newsroom.articles.v1", "newsroom.events.v1",
				"newsroom.people.v1");
	}

	@Test
	void ciHasKubectl() throws IOException {
		String ci = Files.readString(REPO.resolve(".ci/run"));
		assertThat(ci).contains("command -v kubectl");
		assertThat(ci.indexOf("command -v kubectl")).isLessThan(ci.indexOf("./mvnw -B verify"));
	}

	static Stream<Arguments> mistakes() {
		return Stream.of(
				mistake("the gateway's readiness probe on its public port",
						(k8s) -> map(map(container(k8s, "gateway").get("readinessProbe")).get("httpGet")).put("port",
								"http"),
						KubernetesChecks::portsAndProbes),
				mistake("a probe on the wrong path",
						(k8s) -> map(map(container(k8s, "events-service").get("livenessProbe")).get("httpGet"))
							.put("path", "/actuator/health"),
						KubernetesChecks::portsAndProbes),
				mistake("a startup probe too short for a cold JVM",
						(k8s) -> map(container(k8s, "people-service").get("startupProbe")).put("failureThreshold", 3),
						KubernetesChecks::portsAndProbes),
				mistake("a PORT the container port does not follow",
						(k8s) -> configMap(k8s, "webhooks-service").put("PORT", "9084"),
						KubernetesChecks::portsAndProbes),
				mistake("no readOnlyRootFilesystem",
						(k8s) -> map(container(k8s, "articles-service").get("securityContext"))
							.remove("readOnlyRootFilesystem"),
						KubernetesChecks::securityContexts),
				mistake("capabilities kept",
						(k8s) -> map(container(k8s, "gateway").get("securityContext")).remove("capabilities"),
						KubernetesChecks::securityContexts),
				mistake("no writable /tmp",
						(k8s) -> list(container(k8s, "events-service").get("volumeMounts"))
							.removeIf((mount) -> "/tmp".equals(map(mount).get("mountPath"))),
						KubernetesChecks::securityContexts),
				mistake("a misspelt field (readOnlyRootFileSystem)",
						(k8s) -> map(container(k8s, "articles-service").get("securityContext"))
							.put("readOnlyRootFileSystem", true),
						KubernetesKinds::check),
				mistake("a field of Strimzi's older API (spec.kafka.replicas)",
						(k8s) -> map(lookup(find(k8s, "Kafka", "newsroom"), "spec.kafka")).put("replicas", 3),
						KubernetesKinds::check),
				mistake("a field MongoDBCommunity does not have",
						(k8s) -> map(
								list(lookup(find(k8s, "MongoDBCommunity", "newsroom-mongodb"), "spec.users")).get(0))
							.put("password", "secret"),
						KubernetesKinds::check),
				mistake("a MongoDB role without its database", (k8s) -> map(
						list(map(list(lookup(find(k8s, "MongoDBCommunity", "newsroom-mongodb"), "spec.users")).get(2))
							.get("roles")).get(0))
					.remove("db"), KubernetesKinds::check),
				mistake("a port as a string",
						(k8s) -> map(list(container(k8s, "gateway").get("ports")).get(0)).put("containerPort", "8080"),
						KubernetesKinds::check),
				mistake("a misspelt field of a ServiceMonitor",
						(k8s) -> map(
								list(lookup(find(k8s, "ServiceMonitor", "events-service"), "spec.endpoints")).get(0))
							.put("paht", "/actuator/prometheus"),
						KubernetesKinds::check),
				mistake("a misspelt field of a KafkaTopic",
						(k8s) -> map(find(k8s, "KafkaTopic", "newsroom.articles.v1").get("spec")).put("partition", 3),
						KubernetesKinds::check),
				mistake("a misspelt field of a NetworkPolicy",
						(k8s) -> map(find(k8s, "NetworkPolicy", "gateway").get("spec")).put("egres", List.of()),
						KubernetesKinds::check),
				mistake("a variable no property binds",
						(k8s) -> configMap(k8s, "people-service").put("NEWSROOM_OUTBOX_PARTITION", "3"),
						KubernetesChecks::environment),
				mistake("Boot 3's MongoDB property",
						(k8s) -> list(container(k8s, "events-service").get("env")).stream()
							.map(Deployment::map)
							.forEach((variable) -> variable.put("name", "SPRING_DATA_MONGODB_URI")),
						KubernetesChecks::environment),
				mistake("a topic that is not compacted",
						(k8s) -> map(lookup(find(k8s, "KafkaTopic", "newsroom.events.v1"), "spec.config"))
							.put("cleanup.policy", "delete"),
						KubernetesChecks::topics),
				mistake("a topic with other partitions than the service's",
						(k8s) -> map(find(k8s, "KafkaTopic", "newsroom.people.v1").get("spec")).put("partitions", 6),
						KubernetesChecks::topics),
				mistake("a service setting another min.insync.replicas than its topic",
						(k8s) -> configMap(k8s, "articles-service").put("NEWSROOM_OUTBOX_MIN_INSYNC_REPLICAS", "1"),
						KubernetesChecks::topics),
				mistake("a topic with more replicas than brokers",
						(k8s) -> all(k8s, "KafkaNodePool").forEach((pool) -> map(pool.get("spec")).put("replicas", 2)),
						KubernetesChecks::topics),
				mistake("a grace period shorter than the outbox's shutdown",
						(k8s) -> map(lookup(find(k8s, "Deployment", "articles-service"), "spec.template.spec"))
							.put("terminationGracePeriodSeconds", 30),
						KubernetesChecks::shutdown),
				mistake("an outbox shutdown timeout longer than the grace period allows",
						(k8s) -> configMap(k8s, "events-service").put("NEWSROOM_OUTBOX_SHUTDOWN_TIMEOUT", "40s"),
						KubernetesChecks::shutdown),
				mistake("articles-service reachable from any pod",
						(k8s) -> list(lookup(find(k8s, "NetworkPolicy", "articles-service"), "spec.ingress"))
							.add(Map.of("from", List.of(Map.of("namespaceSelector", Map.of())), "ports",
									List.of(Map.of("protocol", "TCP", "port", 8081)))),
						KubernetesChecks::networkPolicies),
				mistake("people-service without a NetworkPolicy",
						(k8s) -> k8s.remove(find(k8s, "NetworkPolicy", "people-service")),
						KubernetesChecks::networkPolicies),
				mistake("the gateway's management port open to the ingress controller",
						(k8s) -> map(list(lookup(find(k8s, "NetworkPolicy", "gateway"), "spec.ingress")).get(0))
							.put("ports", List.of(Map.of("protocol", "TCP", "port", 8180))),
						KubernetesChecks::networkPolicies),
				mistake("webhooks-service reaching private addresses", (k8s) -> map(
						map(list(map(list(lookup(find(k8s, "NetworkPolicy", "webhooks-service"), "spec.egress")).get(3))
							.get("to")).get(0)).get("ipBlock"))
					.remove("except"), KubernetesChecks::networkPolicies),
				mistake("memory requested below the limit",
						(k8s) -> map(lookup(container(k8s, "gateway"), "resources.requests")).put("memory", "1Gi"),
						KubernetesChecks::resources),
				mistake("more streams than the gateway's heap holds",
						(k8s) -> configMap(k8s, "gateway").put("NEWSROOM_FEED_STREAM_MAX_STREAMS", "40000"),
						KubernetesChecks::resources),
				mistake("a wrong service URL",
						(k8s) -> configMap(k8s, "gateway").put("NEWSROOM_SERVICES_EVENTS_URL",
								"http://events-service:8081"),
						KubernetesChecks::wiring),
				mistake("the token key read from a path not mounted",
						(k8s) -> configMap(k8s, "people-service").put(
								"SPRING_SECURITY_OAUTH2_RESOURCESERVER_JWT_PUBLIC_KEY_LOCATION",
								"file:/run/secrets/token-signing-key.pub.pem"),
						KubernetesChecks::wiring),
				mistake("a service with another service's MongoDB user",
						(k8s) -> map(
								map(map(list(container(k8s, "webhooks-service").get("env")).get(0)).get("valueFrom"))
									.get("secretKeyRef"))
							.put("name", "newsroom-mongodb-articles-service"),
						KubernetesChecks::wiring),
				mistake("a MongoDB user allowed every database",
						(k8s) -> list(map(
								list(lookup(find(k8s, "MongoDBCommunity", "newsroom-mongodb"), "spec.users")).get(1))
							.get("roles")).add(Map.of("name", "readWriteAnyDatabase", "db", "admin")),
						KubernetesChecks::mongodb),
				mistake("replicas in the Deployment under an autoscaler",
						(k8s) -> map(find(k8s, "Deployment", "events-service").get("spec")).put("replicas", 2),
						KubernetesChecks::availability),
				mistake("a content service scaling past its outbox's shards",
						(k8s) -> map(find(k8s, "HorizontalPodAutoscaler", "articles-service").get("spec"))
							.put("maxReplicas", 12),
						KubernetesChecks::availability),
				mistake("the gateway without a disruption budget",
						(k8s) -> k8s.remove(find(k8s, "PodDisruptionBudget", "gateway")),
						KubernetesChecks::availability),
				mistake("an autoscaler that may go down to one pod",
						(k8s) -> map(find(k8s, "HorizontalPodAutoscaler", "people-service").get("spec")).put(
								"minReplicas", 1),
						KubernetesChecks::availability),
				mistake("the gateway scraped on its public port",
						(k8s) -> map(list(lookup(find(k8s, "ServiceMonitor", "gateway"), "spec.endpoints")).get(0))
							.put("port", "http"),
						KubernetesChecks::monitoring),
				mistake("the Ingress to the gateway's management port", (k8s) -> map(lookup(map(list(
						lookup(map(list(lookup(find(k8s, "Ingress", "gateway"), "spec.rules")).get(0)), "http.paths"))
					.get(0)), "backend.service.port")).put("name", "management"), KubernetesChecks::ingress),
				mistake("an idle timeout below the stream's heartbeat",
						(k8s) -> map(lookup(find(k8s, "Ingress", "gateway"), "metadata.annotations"))
							.put(KubernetesChecks.READ_TIMEOUT, "10s"),
						KubernetesChecks::ingress),
				mistake("an image of another module",
						(k8s) -> container(k8s, "people-service").put("image", "newsroom/events-service:dev"),
						KubernetesChecks::inventory));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("mistakes")
	void theChecksCatchMistakes(String mistake, Consumer<List<Map<String, Object>>> breaking, Check check)
			throws IOException {
		for (String overlay : Kubernetes.OVERLAYS) {
			List<Map<String, Object>> k8s = Kubernetes.copy(rendered(overlay));
			assertThat(check.problems(k8s)).as("%s passes", overlay).isEmpty();
			breaking.accept(k8s);
			assertThat(check.problems(k8s)).as("%s in %s", mistake, overlay).isNotEmpty();
		}
	}

	@FunctionalInterface
	interface Check {

		List<String> problems(List<Map<String, Object>> resources) throws IOException;

	}

	private static Arguments mistake(String name, Consumer<List<Map<String, Object>>> breaking, Check check) {
		return Arguments.of(name, breaking, check);
	}

	private static Map<String, Object> configMap(List<Map<String, Object>> k8s, String name) {
		return map(Kubernetes.configMap(k8s, name).get("data"));
	}

}
