package dk.newsroom.deployment;

import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static dk.newsroom.deployment.Deployment.APPS;
import static dk.newsroom.deployment.Deployment.BACKENDS;
import static dk.newsroom.deployment.Deployment.GATEWAY;
import static dk.newsroom.deployment.Deployment.SERVICES;
import static dk.newsroom.deployment.Deployment.WEBHOOKS;
import static dk.newsroom.deployment.Deployment.applicationYml;
import static dk.newsroom.deployment.Deployment.list;
import static dk.newsroom.deployment.Deployment.lookup;
import static dk.newsroom.deployment.Deployment.map;
import static dk.newsroom.deployment.Deployment.mebibytes;
import static dk.newsroom.deployment.Deployment.setting;
import static dk.newsroom.deployment.Kubernetes.all;
import static dk.newsroom.deployment.Kubernetes.container;
import static dk.newsroom.deployment.Kubernetes.find;
import static dk.newsroom.deployment.Kubernetes.name;
import static dk.newsroom.deployment.Kubernetes.podLabels;
import static dk.newsroom.deployment.Kubernetes.podSpec;
import static dk.newsroom.deployment.Kubernetes.selects;
import static dk.newsroom.deployment.Kubernetes.strings;

/**
 * The checks of a rendered overlay (deploy/k8s) against the apps' configuration, as
 * {@link ComposeChecks} checks docker-compose.yml: each takes the rendered resources (so
 * a test can hand it a broken copy) and returns the problems found, empty when all is
 * well.
 */
final class KubernetesChecks {

	static final String LIVENESS = "/actuator/health/liveness";

	static final String READINESS = "/actuator/health/readiness";

	/** The Secret the token issuer's public key is mounted from. */
	static final String TOKEN_SECRET = "newsroom-token-issuer";

	/** Boot's default {@code spring.lifecycle.timeout-per-shutdown-phase}. */
	static final double DEFAULT_SHUTDOWN_PHASE_SECONDS = 30;

	/**
	 * What a stop takes beyond the graceful phases: closing the clients, the JVM's exit.
	 */
	static final double SHUTDOWN_MARGIN_SECONDS = 5;

	/** The shortest time a cold JVM may take to start before it is restarted. */
	static final int MINIMUM_STARTUP_SECONDS = 60;

	/**
	 * Where Prometheus and the ingress controller run (docs/operations.md#kubernetes).
	 */
	static final String MONITORING_NAMESPACE = "monitoring";

	static final String INGRESS_NAMESPACE = "nginx-ingress";

	/**
	 * The ingress annotations of the NGINX Ingress Controller the Ingress is written for.
	 */
	static final String READ_TIMEOUT = "nginx.org/proxy-read-timeout";

	static final String BUFFERING = "nginx.org/proxy-buffering";

	/** Topic configs the KafkaTopics may set beyond those a service sets itself. */
	static final Set<String> EXTRA_TOPIC_CONFIGS = Set.of("delete.retention.ms");

	/**
	 * Private, loopback, shared and link-local ranges webhooks-service must not reach.
	 */
	static final Set<String> NON_PUBLIC_IPV4 = Set.of("10.0.0.0/8", "172.16.0.0/12", "192.168.0.0/16", "100.64.0.0/10",
			"169.254.0.0/16", "127.0.0.0/8");

	static final Set<String> NON_PUBLIC_IPV6 = Set.of("fc00::/7", "fe80::/10", "::1/128");

	private KubernetesChecks() {
	}

	/** The variables an app's container gets, ConfigMaps included. */
	static Map<String, String> env(List<Map<String, Object>> resources, String app) {
		return Kubernetes.environment(resources, container(resources, app));
	}

	/**
	 * Every app has a Deployment, a Service of its name, a PodDisruptionBudget, a
	 * HorizontalPodAutoscaler, a NetworkPolicy and a ServiceMonitor; its image is the one
	 * docker/Dockerfile builds for it.
	 */
	static List<String> inventory(List<Map<String, Object>> resources) throws IOException {
		List<String> problems = new ArrayList<>();
		Set<String> buildable = Deployment.imageApps(Deployment.dockerfile());
		for (String app : APPS) {
			for (String kind : List.of("Deployment", "Service", "HorizontalPodAutoscaler", "ServiceMonitor")) {
				if (find(resources, kind, app).isEmpty()) {
					problems.add(app + " has no " + kind + " named " + app);
				}
			}
			Map<String, Object> container = container(resources, app);
			if (container.isEmpty()) {
				problems.add(app + "'s Deployment has no container named " + app);
				continue;
			}
			String image = String.valueOf(container.get("image")).replaceFirst("[:@].*$", "");
			if (!image.endsWith("/" + app) || !buildable.contains(app)) {
				problems.add(app + " runs the image " + container.get("image")
						+ ", not the image of its module that docker/Dockerfile builds (<registry>/newsroom/" + app
						+ ")");
			}
		}
		return problems;
	}

	/**
	 * Every variable an app gets binds a property it reads ({@link Deployment#binding},
	 * the compose check's rule); every ConfigMap and Secret it reads exists or is made by
	 * the operator that owns it.
	 */
	static List<String> environment(List<Map<String, Object>> resources) throws IOException {
		List<String> problems = new ArrayList<>();
		for (String app : APPS) {
			Map<String, Object> container = container(resources, app);
			for (Object source : list(container.get("envFrom"))) {
				Object configMap = lookup(map(source), "configMapRef.name");
				if (configMap == null || find(resources, "ConfigMap", String.valueOf(configMap)).isEmpty()) {
					problems
						.add(app + " reads its settings from the ConfigMap " + configMap + ", which is not rendered");
				}
			}
			for (String variable : env(resources, app).keySet()) {
				if (Deployment.binding(variable, app) == null) {
					problems.add(app + " sets " + variable
							+ ", which maps to no property of its application.yml, its configuration records nor a known Boot property");
				}
			}
			for (Object entry : list(container.get("env"))) {
				Map<String, Object> secret = map(lookup(map(entry), "valueFrom.secretKeyRef"));
				if (!secret.isEmpty()
						&& !mongoConnectionSecrets(resources).contains(String.valueOf(secret.get("name")))) {
					problems.add(app + " reads " + map(entry).get("name") + " from the Secret " + secret.get("name")
							+ ", which no MongoDB user's connection string is written to");
				}
			}
		}
		return problems;
	}

	/**
	 * The container listens on the app's port (with its environment), the Service sends
	 * there, and the probes ask the app's health groups on the port they are served on:
	 * started and alive by the liveness group, ready by the readiness group; the startup
	 * probe allows a cold JVM a minute at least.
	 */
	static List<String> portsAndProbes(List<Map<String, Object>> resources) throws IOException {
		List<String> problems = new ArrayList<>();
		for (String app : APPS) {
			Map<String, String> env = env(resources, app);
			Map<String, Object> container = container(resources, app);
			int server = Deployment.serverPort(app, env);
			int management = Deployment.managementPort(app, env);
			if (!Objects.equals(Kubernetes.containerPort(container, "http"), server)) {
				problems.add(app + "'s container port http is " + Kubernetes.containerPort(container, "http")
						+ ", but it listens on " + server);
			}
			if (management != server
					&& !Objects.equals(Kubernetes.containerPort(container, "management"), management)) {
				problems.add(app + " has no container port management on " + management);
			}
			Map<String, Object> service = find(resources, "Service", app);
			Map<String, Object> http = servicePort(service, "http");
			if (!Objects.equals(String.valueOf(http.get("port")), String.valueOf(server))
					|| !Objects.equals(Kubernetes.containerPort(container, http.get("targetPort")), server)) {
				problems.add(app + "'s Service sends port " + http.get("port") + " to " + http.get("targetPort")
						+ ", expected " + server + " to the app's port " + server);
			}
			if (!selects(lookup(service, "spec.selector") == null ? Map.of()
					: Map.of("matchLabels", lookup(service, "spec.selector")), podLabels(resources, app))) {
				problems.add(app + "'s Service does not select its pods");
			}
			problems.addAll(Deployment.actuatorExposure(app));
			probe(problems, app, container, "startupProbe", LIVENESS, management);
			probe(problems, app, container, "livenessProbe", LIVENESS, management);
			probe(problems, app, container, "readinessProbe", READINESS, management);
			Map<String, Object> startup = map(container.get("startupProbe"));
			int budget = integer(startup.get("periodSeconds"), 10) * integer(startup.get("failureThreshold"), 3);
			if (budget < MINIMUM_STARTUP_SECONDS) {
				problems.add(app + "'s startup probe gives the JVM " + budget + " s to start, less than "
						+ MINIMUM_STARTUP_SECONDS + " s");
			}
		}
		return problems;
	}

	private static void probe(List<String> problems, String app, Map<String, Object> container, String probe,
			String path, int port) {
		Map<String, Object> get = map(lookup(map(container.get(probe)), "httpGet"));
		Integer actual = Kubernetes.containerPort(container, get.get("port"));
		if (!path.equals(get.get("path")) || !Objects.equals(actual, port)) {
			problems.add(app + "'s " + probe + " asks " + get.get("path") + " on port " + get.get("port") + " ("
					+ actual + "), expected " + path + " on " + port);
		}
	}

	/**
	 * Every app trusts the issuer whose key it mounts from the Secret, reaches Kafka at
	 * Strimzi's bootstrap service and MongoDB with its own user's connection string; the
	 * gateway reaches each app behind it at its Service; tracing export is off.
	 */
	static List<String> wiring(List<Map<String, Object>> resources) throws IOException {
		List<String> problems = new ArrayList<>();
		Map<String, Object> kafka = all(resources, "Kafka").stream().findFirst().orElse(Map.of());
		Set<String> bootstraps = new LinkedHashSet<>();
		for (Object listener : list(lookup(kafka, "spec.kafka.listeners"))) {
			if ("internal".equals(map(listener).get("type")) && !Boolean.TRUE.equals(map(listener).get("tls"))) {
				bootstraps.add(name(kafka) + "-kafka-bootstrap:" + map(listener).get("port"));
			}
		}
		for (String app : APPS) {
			Map<String, String> env = env(resources, app);
			if (env.getOrDefault("SPRING_SECURITY_OAUTH2_RESOURCESERVER_JWT_ISSUER_URI", "").isBlank()) {
				problems.add(app + " has no SPRING_SECURITY_OAUTH2_RESOURCESERVER_JWT_ISSUER_URI");
			}
			String key = String.valueOf(env.get("SPRING_SECURITY_OAUTH2_RESOURCESERVER_JWT_PUBLIC_KEY_LOCATION"));
			if (!secretFiles(resources, app, TOKEN_SECRET).contains(key.replaceFirst("^file:", ""))) {
				problems.add(app + " reads its token key from " + key + ", which is no file of the Secret "
						+ TOKEN_SECRET + " mounted into it");
			}
			if (!bootstraps.contains(env.get("SPRING_KAFKA_BOOTSTRAP_SERVERS"))) {
				problems.add(app + " reaches Kafka at " + env.get("SPRING_KAFKA_BOOTSTRAP_SERVERS")
						+ ", not at a plain internal listener of the Kafka cluster " + bootstraps);
			}
			if (!"false".equals(env.get("MANAGEMENT_TRACING_EXPORT_ENABLED"))) {
				problems.add(app + " exports traces; MANAGEMENT_TRACING_EXPORT_ENABLED should be false");
			}
			if (BACKENDS.contains(app)) {
				String database = Deployment.database(app);
				Map<String, Object> user = mongoUser(resources, app);
				String secret = String.valueOf(lookup(mongoUriSource(resources, app), "secretKeyRef.name"));
				String secretKey = String.valueOf(lookup(mongoUriSource(resources, app), "secretKeyRef.key"));
				if (user.isEmpty() || !secret.equals(connectionSecret(resources, user))
						|| !"connectionString.standard".equals(secretKey)) {
					problems.add(app + " takes SPRING_MONGODB_URI from " + secret + "/" + secretKey
							+ ", not from the connection string (connectionString.standard) of a MongoDB user of its own");
				}
				else if (!database.equals(user.get("db"))) {
					problems.add(app + "'s MongoDB user is in the database " + user.get("db") + ", so its connection"
							+ " string names that one, but the app's database is " + database);
				}
			}
		}
		Map<String, String> gateway = env(resources, GATEWAY);
		for (String target : BACKENDS) {
			String property = Deployment.serviceUrlProperty(target);
			String url = setting(GATEWAY, gateway, property);
			Map<String, Object> service = find(resources, "Service", target);
			String expected = "http://" + name(service) + ":" + servicePort(service, "http").get("port");
			if (service.isEmpty() || !expected.equals(url)) {
				problems.add("gateway has " + property + "=" + url + ", expected its Service " + expected);
			}
		}
		return problems;
	}

	/**
	 * Each app's MongoDB user: in its database, allowed to read and write that database
	 * and nothing else; the replica set has three members and SCRAM.
	 */
	static List<String> mongodb(List<Map<String, Object>> resources) throws IOException {
		List<String> problems = new ArrayList<>();
		List<Map<String, Object>> clusters = all(resources, "MongoDBCommunity");
		if (clusters.size() != 1) {
			return List.of("expected one MongoDBCommunity, found " + clusters.size());
		}
		Map<String, Object> spec = map(clusters.get(0).get("spec"));
		if (!Integer.valueOf(3).equals(spec.get("members")) || !"ReplicaSet".equals(spec.get("type"))) {
			problems
				.add("MongoDB is not a three-member replica set: " + spec.get("type") + " of " + spec.get("members"));
		}
		if (!list(lookup(spec, "security.authentication.modes")).contains("SCRAM")) {
			problems.add("MongoDB does not authenticate with SCRAM");
		}
		Set<String> secrets = new LinkedHashSet<>();
		for (Object entry : list(spec.get("users"))) {
			Map<String, Object> user = map(entry);
			String app = String.valueOf(user.get("name"));
			if (!BACKENDS.contains(app)) {
				problems.add("MongoDB user " + app + " is no app's");
				continue;
			}
			String database = Deployment.database(app);
			List<Object> roles = list(user.get("roles"));
			if (!roles.equals(List.of(Map.of("name", "readWrite", "db", database)))) {
				problems.add("MongoDB user " + app + " has the roles " + roles + ", expected readWrite on " + database
						+ " only");
			}
			for (String name : List.of(String.valueOf(user.get("scramCredentialsSecretName")),
					connectionSecret(resources, user), String.valueOf(lookup(user, "passwordSecretRef.name")))) {
				if (!secrets.add(name)) {
					problems.add("MongoDB user " + app + " shares the Secret " + name + " with another user");
				}
			}
		}
		return problems;
	}

	/**
	 * The pod and the container run as the image's unprivileged user with a read-only
	 * root file system and a writable {@code /tmp} of their own, without privilege
	 * escalation or capabilities, under the runtime's seccomp profile, without the
	 * Kubernetes API token.
	 */
	static List<String> securityContexts(List<Map<String, Object>> resources) throws IOException {
		List<String> problems = new ArrayList<>();
		long user = Deployment.imageUser(Deployment.dockerfile());
		for (String app : APPS) {
			Map<String, Object> pod = podSpec(resources, app);
			Map<String, Object> podContext = map(pod.get("securityContext"));
			Map<String, Object> context = map(container(resources, app).get("securityContext"));
			if (!Boolean.TRUE.equals(podContext.get("runAsNonRoot"))
					&& !Boolean.TRUE.equals(context.get("runAsNonRoot"))) {
				problems.add(app + " may run as root (runAsNonRoot is not true)");
			}
			Object runAs = (context.get("runAsUser") != null) ? context.get("runAsUser") : podContext.get("runAsUser");
			if (!String.valueOf(user).equals(String.valueOf(runAs))) {
				problems.add(app + " runs as user " + runAs + ", not the image's " + user);
			}
			if (!Boolean.TRUE.equals(context.get("readOnlyRootFilesystem"))) {
				problems.add(app + "'s root file system is writable (readOnlyRootFilesystem is not true)");
			}
			if (!Boolean.FALSE.equals(context.get("allowPrivilegeEscalation"))) {
				problems.add(app + " allows privilege escalation");
			}
			if (context.get("privileged") != null && !Boolean.FALSE.equals(context.get("privileged"))) {
				problems.add(app + " runs privileged");
			}
			if (!list(lookup(context, "capabilities.drop")).contains("ALL")
					|| !list(lookup(context, "capabilities.add")).isEmpty()) {
				problems.add(app + " keeps capabilities (drop ALL, add none)");
			}
			Object seccomp = (lookup(context, "seccompProfile.type") != null) ? lookup(context, "seccompProfile.type")
					: lookup(podContext, "seccompProfile.type");
			if (!"RuntimeDefault".equals(seccomp)) {
				problems.add(app + " runs with the seccomp profile " + seccomp + ", not RuntimeDefault");
			}
			if (!Boolean.FALSE.equals(pod.get("automountServiceAccountToken"))) {
				problems.add(app + " mounts a Kubernetes API token it does not need");
			}
			if (!writableEmptyDir(pod, container(resources, app), "/tmp")) {
				problems.add(app + " has no writable emptyDir at /tmp (the JVM and Netty write there)");
			}
		}
		return problems;
	}

	/**
	 * Memory: the request equals the limit, from which the JVM sizes its heap (the
	 * image's MaxRAMPercentage); the heap is at least what compose gives the app, and for
	 * the gateway what the feed's memory model needs with its settings
	 * (docs/feed.md#memory-the-horizon). A CPU request, which the autoscaler's target is
	 * a share of.
	 */
	static List<String> resources(List<Map<String, Object>> resources) throws IOException {
		List<String> problems = new ArrayList<>();
		double percentage = Deployment.maxRamPercentage(Deployment.dockerfile());
		Map<String, Object> compose = Deployment.compose();
		for (String app : APPS) {
			Map<String, Object> container = container(resources, app);
			Object request = lookup(container, "resources.requests.memory");
			Object limit = lookup(container, "resources.limits.memory");
			if (limit == null || !Objects.equals(String.valueOf(request), String.valueOf(limit))) {
				problems.add(app + " requests " + request + " of memory but is limited to " + limit
						+ ": the JVM sizes its heap from the limit, so the request must equal it");
				continue;
			}
			if (lookup(container, "resources.requests.cpu") == null) {
				problems.add(app + " requests no CPU (the autoscaler's target is a share of it)");
			}
			String options = env(resources, app).getOrDefault("JAVA_TOOL_OPTIONS", "");
			double share = options.contains("MaxRAMPercentage") ? Deployment.maxRamPercentage(options) : percentage;
			long heap = (long) (mebibytes(limit) * share / 100);
			long composeHeap = (long) (mebibytes(Deployment.service(compose, app).get("mem_limit")) * share / 100);
			if (heap < composeHeap) {
				problems.add(app + " gets a heap of " + heap + " MiB (" + share + " % of " + limit + "), less than the "
						+ composeHeap + " MiB it has in docker-compose.yml");
			}
			if (GATEWAY.equals(app)) {
				long needed = gatewayHeapMiB(env(resources, app));
				if (heap < needed) {
					problems.add("gateway gets a heap of " + heap + " MiB, but its feed's memory model needs " + needed
							+ " MiB with its settings (docs/feed.md#memory-the-horizon)");
				}
			}
		}
		return problems;
	}

	/**
	 * The gateway's heap by the feed's memory model (docs/feed.md#memory-the-horizon):
	 * 100 MiB + 3 × items-per-type × (3.3 KB + a 3 KB record) + streams × 28.4 KB.
	 */
	static long gatewayHeapMiB(Map<String, String> env) throws IOException {
		long items = Long.parseLong(setting(GATEWAY, env, "newsroom.feed.horizon.items-per-type"));
		long streams = Long.parseLong(setting(GATEWAY, env, "newsroom.feed.stream.max-streams"));
		double kilobytes = 3 * items * (3.3 + 3.0) + streams * 28.4;
		return 100 + (long) Math.ceil(kilobytes * 1000 / (1024 * 1024));
	}

	/**
	 * A stop outlasts nothing it must wait for: the grace period covers the preStop
	 * pause, the web server's graceful phase and, for a content service, the outbox
	 * relay's shutdown timeout (docs/operations.md#graceful-shutdown), with a margin; the
	 * apps shut down gracefully.
	 */
	static List<String> shutdown(List<Map<String, Object>> resources) throws IOException {
		List<String> problems = new ArrayList<>();
		for (String app : APPS) {
			Map<String, String> env = env(resources, app);
			String shutdown = setting(app, env, "server.shutdown");
			if (shutdown != null && !"graceful".equals(shutdown)) {
				problems.add(app + " does not shut down gracefully (server.shutdown=" + shutdown + ")");
			}
			String phase = setting(app, env, "spring.lifecycle.timeout-per-shutdown-phase");
			double needed = preStopSeconds(container(resources, app))
					+ ((phase != null) ? Deployment.seconds(phase) : DEFAULT_SHUTDOWN_PHASE_SECONDS)
					+ SHUTDOWN_MARGIN_SECONDS;
			String what = "the preStop pause, the web server's graceful phase";
			if (SERVICES.contains(app)) {
				needed += Deployment.seconds(setting(app, env, "newsroom.outbox.shutdown-timeout"));
				what += ", the outbox's shutdown timeout";
			}
			Object grace = podSpec(resources, app).get("terminationGracePeriodSeconds");
			if (integer(grace, 30) < needed) {
				problems.add(app + " gets " + ((grace != null) ? grace : "30 (the default)")
						+ " s to stop, less than the " + needed + " s " + what + " and a margin take");
			}
		}
		return problems;
	}

	private static double preStopSeconds(Map<String, Object> container) {
		List<Object> command = list(lookup(container, "lifecycle.preStop.exec.command"));
		if (command.size() == 2 && "sleep".equals(command.get(0))) {
			return Double.parseDouble(String.valueOf(command.get(1)));
		}
		Object sleep = lookup(container, "lifecycle.preStop.sleep.seconds");
		return (sleep != null) ? Double.parseDouble(String.valueOf(sleep)) : 0;
	}

	/**
	 * Rollouts, drains and zone failures keep every app serving: an autoscaler with two
	 * replicas at least owns the count (the Deployment sets none), a disruption budget
	 * lets one pod go at a time, a rollout starts new pods before stopping old ones, and
	 * the pods spread over the zones. A content service scales to no more replicas than
	 * its outbox has shards (past them a replica relays nothing), webhooks-service to no
	 * more than its consumer group has partitions.
	 */
	static List<String> availability(List<Map<String, Object>> resources) throws IOException {
		int shards = outboxShards();
		int partitions = 0;
		for (Map<String, Object> topic : all(resources, "KafkaTopic")) {
			partitions += webhooksTopics().contains(String.valueOf(lookup(topic, "spec.topicName")))
					? integer(lookup(topic, "spec.partitions"), 0) : 0;
		}
		List<String> problems = new ArrayList<>();
		for (String app : APPS) {
			Map<String, Object> deployment = find(resources, "Deployment", app);
			Map<String, String> labels = podLabels(resources, app);
			if (lookup(deployment, "spec.replicas") != null) {
				problems.add(app + "'s Deployment sets replicas, which every apply would reset under its autoscaler");
			}
			List<Map<String, Object>> autoscalers = all(resources, "HorizontalPodAutoscaler").stream()
				.filter((hpa) -> app.equals(lookup(hpa, "spec.scaleTargetRef.name"))
						&& "Deployment".equals(lookup(hpa, "spec.scaleTargetRef.kind")))
				.toList();
			if (autoscalers.size() != 1 || integer(lookup(autoscalers.get(0), "spec.minReplicas"), 1) < 2) {
				problems.add(app + " has no autoscaler with at least 2 replicas");
			}
			else {
				int max = integer(lookup(autoscalers.get(0), "spec.maxReplicas"), 0);
				if (SERVICES.contains(app) && max > shards) {
					problems.add(app + " scales to " + max + " replicas, past its outbox's " + shards
							+ " shards: the replicas beyond them relay nothing");
				}
				if (WEBHOOKS.equals(app) && max > partitions) {
					problems.add(app + " scales to " + max + " replicas, past the " + partitions
							+ " partitions its consumer group shares");
				}
			}
			List<Map<String, Object>> budgets = all(resources, "PodDisruptionBudget").stream()
				.filter((pdb) -> selects(lookup(pdb, "spec.selector"), labels))
				.toList();
			if (budgets.size() != 1 || !"1".equals(String.valueOf(lookup(budgets.get(0), "spec.maxUnavailable")))) {
				problems.add(app + " has no PodDisruptionBudget of its pods with maxUnavailable 1");
			}
			if (!"0".equals(String.valueOf(lookup(deployment, "spec.strategy.rollingUpdate.maxUnavailable")))) {
				problems.add(app + "'s rollout may stop a pod before its successor is ready (maxUnavailable is not 0)");
			}
			boolean zones = list(lookup(deployment, "spec.template.spec.topologySpreadConstraints")).stream()
				.map(Deployment::map)
				.anyMatch((constraint) -> "topology.kubernetes.io/zone".equals(constraint.get("topologyKey"))
						&& selects(constraint.get("labelSelector"), labels));
			if (!zones) {
				problems.add(app + "'s pods are not spread over the zones");
			}
		}
		return problems;
	}

	/**
	 * The apps behind the gateway take requests from the gateway only, the gateway from
	 * the ingress controller only, and Prometheus may scrape each on its metrics port;
	 * every app may reach DNS, Kafka's brokers, its MongoDB (the gateway: the apps behind
	 * it) and nothing else, but webhooks-service the https port of public addresses.
	 */
	static List<String> networkPolicies(List<Map<String, Object>> resources) throws IOException {
		List<String> problems = new ArrayList<>();
		int kafkaPort = 9092;
		for (Object listener : list(
				lookup(all(resources, "Kafka").stream().findFirst().orElse(Map.of()), "spec.kafka.listeners"))) {
			kafkaPort = integer(map(listener).get("port"), kafkaPort);
		}
		for (String app : APPS) {
			Map<String, String> env = env(resources, app);
			Map<String, String> labels = podLabels(resources, app);
			List<Map<String, Object>> policies = all(resources, "NetworkPolicy").stream()
				.filter((policy) -> selects(lookup(policy, "spec.podSelector"), labels))
				.toList();
			int port = Deployment.serverPort(app, env);
			int metrics = Deployment.managementPort(app, env);
			boolean ingress = false;
			boolean egress = false;
			for (Map<String, Object> policy : policies) {
				List<Object> types = list(lookup(policy, "spec.policyTypes"));
				ingress |= types.contains("Ingress");
				egress |= types.contains("Egress");
				if (types.contains("Ingress")) {
					for (Object rule : list(lookup(policy, "spec.ingress"))) {
						ingressRule(problems, app, map(rule), port, metrics, resources);
					}
				}
				if (types.contains("Egress")) {
					for (Object rule : list(lookup(policy, "spec.egress"))) {
						egressRule(problems, app, map(rule), kafkaPort, resources);
					}
				}
			}
			if (!ingress || !egress) {
				problems.add(app + " has no NetworkPolicy restricting its " + (ingress ? "egress" : "ingress")
						+ ": everything may " + (ingress ? "be reached from it" : "reach it"));
			}
		}
		return problems;
	}

	private static void ingressRule(List<String> problems, String app, Map<String, Object> rule, int port, int metrics,
			List<Map<String, Object>> resources) {
		Set<Integer> ports = ports(rule);
		List<Object> from = list(rule.get("from"));
		if (from.isEmpty()) {
			problems.add(app + " may be reached from anywhere on " + (ports.isEmpty() ? "every port" : ports));
			return;
		}
		for (Object peer : from) {
			Map<String, Object> source = map(peer);
			boolean prometheus = namespace(source, MONITORING_NAMESPACE) && "prometheus"
				.equals(strings(lookup(source, "podSelector.matchLabels")).get("app.kubernetes.io/name"));
			boolean gateway = source.get("namespaceSelector") == null && source.get("ipBlock") == null
					&& selects(source.get("podSelector"), podLabels(resources, GATEWAY));
			boolean ingressController = GATEWAY.equals(app) && namespace(source, INGRESS_NAMESPACE)
					&& source.get("podSelector") == null;
			Set<Integer> allowed = prometheus ? Set.of(metrics) : Set.of(port);
			if (!(prometheus || (gateway && !GATEWAY.equals(app)) || ingressController) || ports.isEmpty()
					|| !allowed.containsAll(ports)) {
				problems.add(app + " may be reached from " + source + " on " + (ports.isEmpty() ? "every port" : ports)
						+ ": only " + (GATEWAY.equals(app) ? "the ingress controller" : "the gateway")
						+ " (on its port) and Prometheus (on its metrics port) may");
			}
		}
	}

	private static void egressRule(List<String> problems, String app, Map<String, Object> rule, int kafkaPort,
			List<Map<String, Object>> resources) {
		Set<Integer> ports = ports(rule);
		List<Object> to = list(rule.get("to"));
		if (to.isEmpty()) {
			problems.add(app + " may reach anything on " + (ports.isEmpty() ? "every port" : ports));
			return;
		}
		for (Object peer : to) {
			Map<String, Object> target = map(peer);
			Map<String, String> selector = strings(lookup(target, "podSelector.matchLabels"));
			Set<Integer> allowed = new LinkedHashSet<>();
			if (namespace(target, "kube-system") && "kube-dns".equals(selector.get("k8s-app"))) {
				allowed.add(53);
			}
			else if (target.get("namespaceSelector") == null && target.get("ipBlock") == null) {
				if (selector.containsKey("strimzi.io/cluster")
						&& "true".equals(selector.get("strimzi.io/broker-role"))) {
					allowed.add(kafkaPort);
				}
				else if (BACKENDS.contains(app) && selector.equals(Map.of("app", mongoPods(resources)))) {
					allowed.add(27017);
				}
				else if (GATEWAY.equals(app)) {
					for (String backend : BACKENDS) {
						if (!selector.isEmpty()
								&& podLabels(resources, backend).entrySet().containsAll(selector.entrySet())) {
							allowed
								.add(integer(servicePort(find(resources, "Service", backend), "http").get("port"), -1));
						}
					}
				}
			}
			else if (WEBHOOKS.equals(app) && target.get("ipBlock") != null && publicOnly(map(target.get("ipBlock")))) {
				allowed.add(443);
			}
			if (allowed.isEmpty() || ports.isEmpty() || !allowed.containsAll(ports)) {
				problems.add(app + " may reach " + target + " on " + (ports.isEmpty() ? "every port" : ports)
						+ ": only DNS, Kafka's brokers, its own MongoDB"
						+ (GATEWAY.equals(app) ? ", the apps behind it" : "")
						+ (WEBHOOKS.equals(app) ? ", public addresses on 443" : "") + " may be");
			}
		}
	}

	private static boolean publicOnly(Map<String, Object> block) {
		Set<String> except = new LinkedHashSet<>();
		list(block.get("except")).forEach((cidr) -> except.add(String.valueOf(cidr)));
		return ("0.0.0.0/0".equals(block.get("cidr")) && except.containsAll(NON_PUBLIC_IPV4))
				|| ("::/0".equals(block.get("cidr")) && except.containsAll(NON_PUBLIC_IPV6));
	}

	private static boolean namespace(Map<String, Object> peer, String namespace) {
		return strings(lookup(peer, "namespaceSelector.matchLabels"))
			.equals(Map.of("kubernetes.io/metadata.name", namespace));
	}

	private static Set<Integer> ports(Map<String, Object> rule) {
		Set<Integer> ports = new LinkedHashSet<>();
		for (Object port : list(rule.get("ports"))) {
			ports.add(integer(map(port).get("port"), -1));
		}
		return ports;
	}

	/**
	 * A KafkaTopic for every topic the services publish and the gateway reads, as the
	 * service would create it (TopicInitializer): compacted, the partition count it
	 * refuses to start without, its replication factor and min.insync.replicas (which it
	 * corrects at every start); no more replicas than brokers; tombstones kept as long as
	 * the gateway remembers removals. The Kafka cluster runs in KRaft mode on node pools,
	 * with the transaction state log the outbox needs.
	 */
	static List<String> topics(List<Map<String, Object>> resources) throws IOException {
		List<String> problems = new ArrayList<>();
		Map<String, Object> kafka = all(resources, "Kafka").stream().findFirst().orElse(Map.of());
		String cluster = name(kafka);
		int brokers = 0;
		boolean controllers = false;
		for (Map<String, Object> pool : all(resources, "KafkaNodePool")) {
			List<Object> roles = list(lookup(pool, "spec.roles"));
			if (!cluster.equals(strings(lookup(pool, "metadata.labels")).get("strimzi.io/cluster"))) {
				problems.add("KafkaNodePool " + name(pool) + " belongs to no Kafka cluster " + cluster);
			}
			brokers += roles.contains("broker") ? integer(lookup(pool, "spec.replicas"), 0) : 0;
			controllers |= roles.contains("controller") && integer(lookup(pool, "spec.replicas"), 0) >= 3;
		}
		if (kafka.isEmpty() || !controllers || lookup(kafka, "spec.zookeeper") != null
				|| !"enabled".equals(strings(lookup(kafka, "metadata.annotations")).get("strimzi.io/kraft"))) {
			problems.add("Kafka is not a KRaft cluster on node pools with three controllers");
		}
		Map<String, Object> config = map(lookup(kafka, "spec.kafka.config"));
		int stateLog = integer(config.get("transaction.state.log.replication.factor"), 3);
		if (stateLog > brokers || integer(config.get("transaction.state.log.min.isr"), 2) >= stateLog) {
			problems.add("Kafka's transaction state log (replication " + stateLog + ", min ISR "
					+ config.get("transaction.state.log.min.isr") + ") does not fit " + brokers + " brokers");
		}
		Map<String, String> expected = new LinkedHashMap<>();
		for (String service : SERVICES) {
			expected.put(String.valueOf(lookup(applicationYml(service), "newsroom.outbox.topic")), service);
		}
		for (Object topic : map(lookup(applicationYml(GATEWAY), "newsroom.feed.topics")).values()) {
			if (!expected.containsKey(String.valueOf(topic))) {
				problems.add("the gateway reads " + topic + ", which no service publishes");
			}
		}
		Set<String> created = topicConfigsCreated();
		if (!created.equals(Set.of("cleanup.policy", "min.insync.replicas"))) {
			problems.add(TOPIC_INITIALIZER + " creates the topics with " + created
					+ "; the KafkaTopics (and this check) know cleanup.policy and min.insync.replicas");
		}
		for (String topic : webhooksTopics()) {
			if (!expected.containsKey(topic)) {
				problems.add(
						"webhooks-service reads " + topic + " (" + WEBHOOKS_LISTENER + "), which no service publishes");
			}
		}
		double forget = Deployment
			.seconds(setting(GATEWAY, env(resources, GATEWAY), "newsroom.feed.horizon.forget-removed-after"));
		for (Map.Entry<String, String> entry : expected.entrySet()) {
			String topicName = entry.getKey();
			String service = entry.getValue();
			Map<String, String> env = env(resources, service);
			List<Map<String, Object>> topics = all(resources, "KafkaTopic").stream()
				.filter((topic) -> topicName
					.equals(Objects.requireNonNullElse(lookup(topic, "spec.topicName"), name(topic))))
				.toList();
			if (topics.size() != 1) {
				problems.add("expected one KafkaTopic " + topicName + " (" + service + "'s), found " + topics.size());
				continue;
			}
			Map<String, Object> topic = topics.get(0);
			Map<String, Object> spec = map(topic.get("spec"));
			Map<String, String> topicConfig = strings(spec.get("config"));
			int partitions = Integer.parseInt(setting(service, env, "newsroom.outbox.partitions"));
			int replicas = Integer.parseInt(setting(service, env, "newsroom.outbox.replicas"));
			String minInsync = setting(service, env, "newsroom.outbox.min-insync-replicas");
			int effectiveMinInsync = (minInsync != null) ? Integer.parseInt(minInsync) : ((replicas >= 3) ? 2 : 1);
			if (!cluster.equals(strings(lookup(topic, "metadata.labels")).get("strimzi.io/cluster"))) {
				problems.add("KafkaTopic " + topicName + " belongs to no Kafka cluster " + cluster);
			}
			if (integer(spec.get("partitions"), -1) != partitions) {
				problems
					.add("KafkaTopic " + topicName + " has " + spec.get("partitions") + " partitions, but " + service
							+ " refuses to start on any other count than newsroom.outbox.partitions=" + partitions);
			}
			if (integer(spec.get("replicas"), -1) != replicas || replicas > brokers) {
				problems.add("KafkaTopic " + topicName + " has " + spec.get("replicas") + " replicas, but " + service
						+ " has newsroom.outbox.replicas=" + replicas + " (and there are " + brokers + " brokers)");
			}
			if (!List.of(topicConfig.getOrDefault("cleanup.policy", "delete").split(",")).contains("compact")) {
				problems.add("KafkaTopic " + topicName + " is not compacted (cleanup.policy="
						+ topicConfig.get("cleanup.policy") + "): " + service + " refuses it");
			}
			if (!String.valueOf(effectiveMinInsync).equals(topicConfig.get("min.insync.replicas"))
					|| effectiveMinInsync >= replicas) {
				problems.add("KafkaTopic " + topicName + " has min.insync.replicas="
						+ topicConfig.get("min.insync.replicas") + ", but " + service + " sets it to "
						+ effectiveMinInsync + " at every start (below the " + replicas + " replicas)");
			}
			Set<String> extra = new LinkedHashSet<>(topicConfig.keySet());
			extra.removeAll(Set.of("cleanup.policy", "min.insync.replicas"));
			extra.removeAll(EXTRA_TOPIC_CONFIGS);
			if (!extra.isEmpty()) {
				problems.add("KafkaTopic " + topicName + " sets " + extra + ", which " + service + " does not");
			}
			String retention = topicConfig.get("delete.retention.ms");
			if (retention != null && Long.parseLong(retention) / 1000.0 != forget) {
				problems.add("KafkaTopic " + topicName + " keeps tombstones " + retention
						+ " ms, but the gateway remembers removals " + forget + " s");
			}
		}
		return problems;
	}

	/**
	 * Prometheus scrapes every app, through its Service, on the port its metrics are
	 * served on, at /actuator/prometheus, which the app exposes.
	 */
	static List<String> monitoring(List<Map<String, Object>> resources) throws IOException {
		List<String> problems = new ArrayList<>();
		for (String app : APPS) {
			Map<String, Object> monitor = find(resources, "ServiceMonitor", app);
			Map<String, Object> service = find(resources, "Service", app);
			int metrics = Deployment.managementPort(app, env(resources, app));
			if (!selects(lookup(monitor, "spec.selector"), strings(lookup(service, "metadata.labels")))) {
				problems.add(app + "'s ServiceMonitor does not select its Service");
			}
			List<Object> endpoints = list(lookup(monitor, "spec.endpoints"));
			Map<String, Object> endpoint = endpoints.isEmpty() ? Map.of() : map(endpoints.get(0));
			Object target = servicePort(service, String.valueOf(endpoint.get("port"))).get("targetPort");
			Integer port = Kubernetes.containerPort(container(resources, app), target);
			if (endpoints.size() != 1 || !"/actuator/prometheus".equals(endpoint.get("path"))
					|| !Objects.equals(port, metrics)) {
				problems.add(app + " is scraped at " + endpoint.get("path") + " on " + endpoint.get("port") + " ("
						+ port + "), expected /actuator/prometheus on " + metrics);
			}
		}
		return problems;
	}

	/**
	 * Only the gateway is reachable from outside, on its public port (never the
	 * management port); the ingress keeps an idle stream open longer than the heartbeat
	 * and a routed request longer than the gateway's longest route timeout, and does not
	 * buffer the stream.
	 */
	static List<String> ingress(List<Map<String, Object>> resources) throws IOException {
		List<String> problems = new ArrayList<>();
		List<Map<String, Object>> ingresses = all(resources, "Ingress");
		if (ingresses.isEmpty()) {
			problems.add("no Ingress for the gateway");
		}
		Map<String, String> env = env(resources, GATEWAY);
		double heartbeat = Deployment.seconds(setting(GATEWAY, env, "newsroom.feed.stream.heartbeat"));
		double longest = gatewayLongestRouteSeconds();
		Map<String, Object> service = find(resources, "Service", GATEWAY);
		for (Map<String, Object> ingress : ingresses) {
			List<Map<String, Object>> backends = new ArrayList<>();
			if (lookup(ingress, "spec.defaultBackend") != null) {
				backends.add(map(lookup(ingress, "spec.defaultBackend")));
			}
			for (Object rule : list(lookup(ingress, "spec.rules"))) {
				for (Object path : list(lookup(map(rule), "http.paths"))) {
					backends.add(map(map(path).get("backend")));
				}
			}
			for (Map<String, Object> backend : backends) {
				Object port = (lookup(backend, "service.port.name") != null) ? lookup(backend, "service.port.name")
						: lookup(backend, "service.port.number");
				Map<String, Object> servicePort = servicePort(service, String.valueOf(port));
				Integer target = Kubernetes.containerPort(container(resources, GATEWAY), servicePort.get("targetPort"));
				if (!GATEWAY.equals(lookup(backend, "service.name"))
						|| !Objects.equals(target, Deployment.serverPort(GATEWAY, env))) {
					problems.add("Ingress " + name(ingress) + " exposes " + lookup(backend, "service.name") + ":" + port
							+ "; only the gateway's public port " + Deployment.serverPort(GATEWAY, env) + " may be");
				}
			}
			Map<String, String> annotations = strings(lookup(ingress, "metadata.annotations"));
			long read = (long) Deployment.seconds(annotations.getOrDefault(READ_TIMEOUT, "60s"), "s");
			if (read <= heartbeat || read <= longest) {
				problems.add("Ingress " + name(ingress) + " closes an idle connection after " + read
						+ " s, not above the stream's heartbeat (" + heartbeat + " s) and the longest route's timeout ("
						+ longest + " s)");
			}
			if (!"false".equalsIgnoreCase(annotations.get(BUFFERING))) {
				problems.add("Ingress " + name(ingress) + " buffers responses: the stream's events would wait");
			}
		}
		return problems;
	}

	/**
	 * The longest a routed request may wait for its answer: a route's own
	 * {@code response-timeout} (milliseconds) or the gateway's default.
	 */
	static double gatewayLongestRouteSeconds() throws IOException {
		Map<String, Object> yml = applicationYml(GATEWAY);
		double longest = Deployment
			.seconds(String.valueOf(lookup(yml, "spring.cloud.gateway.server.webflux.httpclient.response-timeout")));
		for (Object route : list(lookup(yml, "spring.cloud.gateway.server.webflux.routes"))) {
			Object timeout = lookup(map(route), "metadata.response-timeout");
			if (timeout != null) {
				longest = Math.max(longest, Deployment.seconds(timeout.toString()));
			}
		}
		return longest;
	}

	static final String OUTBOX_SHARDS = "platform/src/main/java/dk/newsroom/platform/outbox/OutboxShards.java";

	/** The outbox's shard count (OutboxShards.COUNT, a constant of the platform). */
	static int outboxShards() throws IOException {
		Matcher count = Pattern.compile("static final int COUNT = (\\d+);")
			.matcher(Files.readString(Deployment.REPO.resolve(OUTBOX_SHARDS)));
		if (!count.find()) {
			throw new IllegalStateException(OUTBOX_SHARDS + " has no COUNT");
		}
		return Integer.parseInt(count.group(1));
	}

	/** The code that creates a content service's topic when it is missing. */
	static final String TOPIC_INITIALIZER = "platform/src/main/java/dk/newsroom/platform/outbox/TopicInitializer.java";

	/**
	 * The configs the services give a topic they create: the {@code TopicConfig}
	 * constants in TopicInitializer's {@code .configs(Map.of(…))}, by their names.
	 */
	static Set<String> topicConfigsCreated() throws IOException {
		String source = Files.readString(Deployment.REPO.resolve(TOPIC_INITIALIZER));
		int start = source.indexOf(".configs(Map.of(");
		Set<String> names = new LinkedHashSet<>();
		if (start < 0) {
			return names;
		}
		String configs = source.substring(start, source.indexOf(";", start));
		Matcher constant = Pattern.compile("TopicConfig\\.([A-Z_]+)_CONFIG").matcher(configs);
		while (constant.find()) {
			// Kafka's TopicConfig names: CLEANUP_POLICY_CONFIG = "cleanup.policy",
			// MIN_IN_SYNC_REPLICAS_CONFIG = "min.insync.replicas"; others as written.
			names.add(switch (constant.group(1)) {
				case "MIN_IN_SYNC_REPLICAS" -> "min.insync.replicas";
				default -> constant.group(1).toLowerCase(Locale.ROOT).replace('_', '.');
			});
		}
		return names;
	}

	/** Where webhooks-service names the topics it reads (in code, not a setting). */
	static final String WEBHOOKS_LISTENER = "webhooks-service/src/main/java/dk/newsroom/webhooks/delivery/ChangeListener.java";

	/** The topics webhooks-service's listener reads ({@code topics = { "…", … }}). */
	static List<String> webhooksTopics() throws IOException {
		String source = Files.readString(Deployment.REPO.resolve(WEBHOOKS_LISTENER));
		Matcher topics = Pattern.compile("topics\\s*=\\s*\\{([^}]*)}").matcher(source);
		List<String> names = new ArrayList<>();
		if (topics.find()) {
			Matcher name = Pattern.compile("\"([^\"]+)\"").matcher(topics.group(1));
			while (name.find()) {
				names.add(name.group(1));
			}
		}
		return names;
	}

	// ---------------------------------------------------------------------------------

	private static Map<String, Object> mongoUser(List<Map<String, Object>> resources, String app) {
		return all(resources, "MongoDBCommunity").stream()
			.flatMap((mongo) -> list(lookup(mongo, "spec.users")).stream())
			.map(Deployment::map)
			.filter((user) -> app.equals(user.get("name")))
			.findFirst()
			.orElse(Map.of());
	}

	/** The Secret the operator writes a user's connection strings to. */
	private static String connectionSecret(List<Map<String, Object>> resources, Map<String, Object> user) {
		if (user.get("connectionStringSecretName") != null) {
			return String.valueOf(user.get("connectionStringSecretName"));
		}
		String mongo = all(resources, "MongoDBCommunity").stream().map(Kubernetes::name).findFirst().orElse("");
		return mongo + "-" + user.getOrDefault("db", "admin") + "-" + user.get("name");
	}

	private static Set<String> mongoConnectionSecrets(List<Map<String, Object>> resources) {
		Set<String> secrets = new LinkedHashSet<>();
		all(resources, "MongoDBCommunity").forEach((mongo) -> list(lookup(mongo, "spec.users"))
			.forEach((user) -> secrets.add(connectionSecret(resources, map(user)))));
		return secrets;
	}

	/** The operator's label of the replica set's pods: {@code app: <name>-svc}. */
	private static String mongoPods(List<Map<String, Object>> resources) {
		return all(resources, "MongoDBCommunity").stream().map((mongo) -> name(mongo) + "-svc").findFirst().orElse("");
	}

	private static Map<String, Object> mongoUriSource(List<Map<String, Object>> resources, String app) {
		return list(container(resources, app).get("env")).stream()
			.map(Deployment::map)
			.filter((entry) -> "SPRING_MONGODB_URI".equals(entry.get("name")))
			.map((entry) -> map(entry.get("valueFrom")))
			.findFirst()
			.orElse(Map.of());
	}

	/** The files of a Secret mounted into the app's container: their paths. */
	private static Set<String> secretFiles(List<Map<String, Object>> resources, String app, String secret) {
		Map<String, Object> pod = podSpec(resources, app);
		Set<String> files = new LinkedHashSet<>();
		for (Object mount : list(container(resources, app).get("volumeMounts"))) {
			Map<String, Object> volume = volume(pod, String.valueOf(map(mount).get("name")));
			if (!secret.equals(lookup(volume, "secret.secretName"))) {
				continue;
			}
			String path = String.valueOf(map(mount).get("mountPath"));
			for (Object item : list(lookup(volume, "secret.items"))) {
				files.add(path + "/" + map(item).get("path"));
			}
		}
		return files;
	}

	private static boolean writableEmptyDir(Map<String, Object> pod, Map<String, Object> container, String path) {
		for (Object mount : list(container.get("volumeMounts"))) {
			Map<String, Object> entry = map(mount);
			if (path.equals(entry.get("mountPath")) && !Boolean.TRUE.equals(entry.get("readOnly"))
					&& volume(pod, String.valueOf(entry.get("name"))).containsKey("emptyDir")) {
				return true;
			}
		}
		return false;
	}

	private static Map<String, Object> volume(Map<String, Object> pod, String name) {
		return list(pod.get("volumes")).stream()
			.map(Deployment::map)
			.filter((volume) -> name.equals(volume.get("name")))
			.findFirst()
			.orElse(Map.of());
	}

	private static Map<String, Object> servicePort(Map<String, Object> service, String name) {
		return list(lookup(service, "spec.ports")).stream()
			.map(Deployment::map)
			.filter((port) -> name.equals(String.valueOf(port.get("name")))
					|| name.equals(String.valueOf(port.get("port"))))
			.findFirst()
			.orElse(Map.of());
	}

	private static int integer(Object value, int otherwise) {
		try {
			return (value != null) ? Integer.parseInt(String.valueOf(value)) : otherwise;
		}
		catch (NumberFormatException ex) {
			return otherwise;
		}
	}

}
