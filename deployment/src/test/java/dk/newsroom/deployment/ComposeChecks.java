package dk.newsroom.deployment;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static dk.newsroom.deployment.Deployment.APPS;
import static dk.newsroom.deployment.Deployment.BACKENDS;
import static dk.newsroom.deployment.Deployment.GATEWAY;
import static dk.newsroom.deployment.Deployment.REPO;
import static dk.newsroom.deployment.Deployment.WEBHOOKS;
import static dk.newsroom.deployment.Deployment.applicationYml;
import static dk.newsroom.deployment.Deployment.binding;
import static dk.newsroom.deployment.Deployment.composeDefault;
import static dk.newsroom.deployment.Deployment.environment;
import static dk.newsroom.deployment.Deployment.environmentNames;
import static dk.newsroom.deployment.Deployment.healthcheck;
import static dk.newsroom.deployment.Deployment.list;
import static dk.newsroom.deployment.Deployment.lookup;
import static dk.newsroom.deployment.Deployment.map;
import static dk.newsroom.deployment.Deployment.placeholderVariable;
import static dk.newsroom.deployment.Deployment.port;
import static dk.newsroom.deployment.Deployment.publishedPorts;
import static dk.newsroom.deployment.Deployment.serverPort;
import static dk.newsroom.deployment.Deployment.service;

/**
 * The checks of docker-compose.yml against the apps' configuration. Each takes the parsed
 * compose file (so a test can hand it a broken copy) and returns the problems found,
 * empty when all is well.
 */
final class ComposeChecks {

	private static final Pattern LOCAL_URL = Pattern.compile("http://localhost:(\\d+)(/\\S*)");

	/** webhooks-service's rules for delivery targets (docs/webhooks.md). */
	private static final String TARGETS = "newsroom.webhooks.targets";

	private ComposeChecks() {
	}

	/** The port an app's health and metrics are on: the gateway's management port. */
	static int managementPort(String app) throws IOException {
		return Deployment.managementPort(app, Map.of());
	}

	/**
	 * Each app publishes exactly one port, its default server port on both sides; its
	 * image is built for that port; PORT, where set, agrees.
	 */
	static List<String> ports(Map<String, Object> compose) throws IOException {
		List<String> problems = new ArrayList<>();
		for (String app : APPS) {
			Map<String, Object> service = service(compose, app);
			int expected = serverPort(app);
			List<int[]> ports = publishedPorts(service);
			if (ports.size() != 1) {
				problems.add(app + " publishes " + ports.size() + " ports, expected exactly one (" + expected + ")");
			}
			for (int[] port : ports) {
				if (port[0] != expected || port[1] != expected) {
					problems
						.add(app + " publishes " + port[0] + ":" + port[1] + ", but its server.port is " + expected);
				}
			}
			String variable = placeholderVariable(lookup(applicationYml(app), "server.port"));
			String set = (variable != null) ? environment(service).get(variable) : null;
			if (set != null && !String.valueOf(expected).equals(composeDefault(set))) {
				problems.add(app + " sets " + variable + "=" + set + ", but publishes " + expected);
			}
			Object buildPort = map(map(service.get("build")).get("args")).get("PORT");
			if (!String.valueOf(expected).equals(String.valueOf(buildPort))) {
				problems.add(app + " builds its image with PORT=" + buildPort + ", but listens on " + expected);
			}
		}
		return problems;
	}

	/**
	 * Every variable set for an app is one the app reads (see
	 * {@link Deployment#binding}).
	 */
	static List<String> environmentVariables(Map<String, Object> compose) throws IOException {
		List<String> problems = new ArrayList<>();
		for (String app : APPS) {
			for (String variable : environment(service(compose, app)).keySet()) {
				if (binding(variable, app) == null) {
					problems.add(app + " sets " + variable
							+ ", which maps to no property of its application.yml nor to a known Boot property");
				}
			}
		}
		return problems;
	}

	/**
	 * What each app needs to start and to find the others: the token issuer and key (from
	 * a mounted secret), MongoDB as the replica set with the app's own database (each app
	 * behind the gateway), the broker's in-network listener, the gateway's URLs of the
	 * apps behind it at their in-network ports; tracing export off by default.
	 */
	static List<String> wiring(Map<String, Object> compose) throws IOException {
		List<String> problems = new ArrayList<>();
		Map<String, Object> kafka = service(compose, "kafka");
		String advertised = environment(kafka).getOrDefault("KAFKA_ADVERTISED_LISTENERS", "");
		String replicaSet = replicaSet(service(compose, "mongo"));
		for (String app : APPS) {
			Map<String, Object> service = service(compose, app);
			Map<String, String> env = environment(service);
			require(problems, app, env, "SPRING_SECURITY_OAUTH2_RESOURCESERVER_JWT_ISSUER_URI");
			String key = env.get("SPRING_SECURITY_OAUTH2_RESOURCESERVER_JWT_PUBLIC_KEY_LOCATION");
			if (key == null) {
				problems.add(app + " has no SPRING_SECURITY_OAUTH2_RESOURCESERVER_JWT_PUBLIC_KEY_LOCATION");
			}
			else if (!secretFiles(compose, service).contains(key.replaceFirst("^file:", ""))) {
				problems.add(app + " reads its token key from " + key + ", which is no secret mounted into it");
			}
			String bootstrap = env.get("SPRING_KAFKA_BOOTSTRAP_SERVERS");
			if (bootstrap == null || !bootstrap.startsWith("kafka:") || !advertised.contains("//" + bootstrap)) {
				problems.add(app + " reaches Kafka at " + bootstrap
						+ ", which is not the broker's in-network listener (advertised: " + advertised + ")");
			}
			if (!List.of("false", "")
				.contains(composeDefault(env.getOrDefault("MANAGEMENT_TRACING_EXPORT_ENABLED", "")))) {
				problems
					.add(app + " exports traces by default; MANAGEMENT_TRACING_EXPORT_ENABLED should default to false");
			}
			if (!BACKENDS.contains(app)) {
				continue;
			}
			String uri = env.get("SPRING_MONGODB_URI");
			String database = Deployment.database(app);
			if (uri == null || !uri.matches("mongodb://mongo:27017/" + Pattern.quote(database) + "\\?(.*&)?replicaSet="
					+ Pattern.quote(String.valueOf(replicaSet)) + "(&.*)?")) {
				problems.add(app + " has SPRING_MONGODB_URI=" + uri + ", expected mongodb://mongo:27017/" + database
						+ "?replicaSet=" + replicaSet);
			}
		}
		Map<String, String> gateway = environment(service(compose, GATEWAY));
		for (String target : BACKENDS) {
			String property = Deployment.serviceUrlProperty(target);
			if (lookup(applicationYml(GATEWAY), property) == null) {
				problems.add("gateway/application.yml has no " + property);
			}
			String variable = property.toUpperCase().replace('.', '_').replace('-', '_');
			String expected = "http://" + target + ":" + serverPort(target);
			if (!expected.equals(gateway.get(variable))) {
				problems.add("gateway has " + variable + "=" + gateway.get(variable) + ", expected " + expected);
			}
		}
		return problems;
	}

	/**
	 * webhooks-service delivers to https targets on public addresses only, the production
	 * rules (docs/webhooks.md): its application.yml defaults to them, and nothing in its
	 * compose environment relaxes {@code newsroom.webhooks.targets.*} (neither a variable
	 * nor a JVM option; {@code allow-http} may only be set to false).
	 */
	static List<String> webhookTargets(Map<String, Object> compose) throws IOException {
		List<String> problems = new ArrayList<>();
		Map<String, Object> yml = applicationYml(WEBHOOKS);
		if (!Boolean.FALSE.equals(lookup(yml, TARGETS + ".allow-http"))) {
			problems.add(WEBHOOKS + "/application.yml does not default " + TARGETS + ".allow-http to false");
		}
		Object allowedHosts = lookup(yml, TARGETS + ".allowed-hosts");
		if (!list(allowedHosts).isEmpty() || (allowedHosts instanceof String text && !text.isBlank())) {
			problems.add(WEBHOOKS + "/application.yml exempts hosts by default: " + allowedHosts);
		}
		String prefix = environmentNames(TARGETS).iterator().next().replace("_", "");
		Set<String> allowHttp = environmentNames(TARGETS + ".allow-http");
		environment(service(compose, WEBHOOKS)).forEach((variable, value) -> {
			String name = variable.toUpperCase(Locale.ROOT);
			boolean strict = allowHttp.contains(name) && "false".equals(composeDefault(value).trim());
			if (name.replace("_", "").startsWith(prefix) && !strict) {
				problems
					.add(WEBHOOKS + " sets " + variable + "=" + value + ": compose keeps the production target rules");
			}
			if (value.contains(TARGETS)) {
				problems.add(WEBHOOKS + " sets " + TARGETS + " through " + variable + "=" + value);
			}
		});
		return problems;
	}

	/**
	 * Every container has a health check and a memory limit; apps wait for healthy ones.
	 */
	static List<String> healthAndLimits(Map<String, Object> compose) throws IOException {
		List<String> problems = new ArrayList<>();
		Map<String, Object> services = map(compose.get("services"));
		for (String name : services.keySet()) {
			Map<String, Object> service = service(compose, name);
			if (healthcheck(service).isBlank()) {
				problems.add(name + " has no healthcheck");
			}
			Object memory = (service.get("mem_limit") != null) ? service.get("mem_limit")
					: lookup(service, "deploy.resources.limits.memory");
			if (memory == null || !String.valueOf(memory).matches("\\d+[kmg]b?")) {
				problems.add(name + " has no memory limit (mem_limit)");
			}
			for (Map.Entry<String, Object> dependency : map(service.get("depends_on")).entrySet()) {
				if (!"service_healthy".equals(map(dependency.getValue()).get("condition"))) {
					problems.add(name + " depends on " + dependency.getKey() + " without condition: service_healthy");
				}
				if (!services.containsKey(dependency.getKey())) {
					problems.add(name + " depends on an unknown service " + dependency.getKey());
				}
			}
		}
		for (String app : APPS) {
			Map<String, Object> service = service(compose, app);
			if (map(service.get("depends_on")).isEmpty()) {
				problems.add(app + " has no depends_on (condition: service_healthy)");
			}
			Matcher url = LOCAL_URL.matcher(healthcheck(service));
			int port = managementPort(app);
			if (!url.find() || Integer.parseInt(url.group(1)) != port
					|| !"/actuator/health/readiness".equals(url.group(2))) {
				problems.add(app + " health check is '" + healthcheck(service)
						+ "', expected its readiness probe http://localhost:" + port + "/actuator/health/readiness");
			}
			problems.addAll(Deployment.actuatorExposure(app));
		}
		for (String dependency : List.of("mongo", "kafka")) {
			for (String app : BACKENDS) {
				if (!map(service(compose, app).get("depends_on")).containsKey(dependency)) {
					problems.add(app + " does not wait for " + dependency);
				}
			}
		}
		for (String app : BACKENDS) {
			if (!map(service(compose, GATEWAY).get("depends_on")).containsKey(app)) {
				problems.add("gateway does not wait for " + app);
			}
		}
		return problems;
	}

	/** The apps are built from the repository by the Dockerfile, one module each. */
	static List<String> builds(Map<String, Object> compose) throws IOException {
		List<String> problems = new ArrayList<>();
		for (String app : APPS) {
			Map<String, Object> build = map(service(compose, app).get("build"));
			Path context = REPO.resolve(String.valueOf(build.getOrDefault("context", "."))).normalize();
			Path dockerfile = context.resolve(String.valueOf(build.getOrDefault("dockerfile", "Dockerfile")));
			if (!Files.isDirectory(context) || !Files.isRegularFile(dockerfile)) {
				problems.add(app + " builds from " + dockerfile + ", which does not exist");
				continue;
			}
			Object module = map(build.get("args")).get("MODULE");
			if (!app.equals(module) || !Files.isRegularFile(context.resolve(app).resolve("pom.xml"))) {
				problems.add(app + " builds MODULE=" + module + ", expected its own module " + app);
			}
			String text = Files.readString(dockerfile);
			if (!text.contains("--build-arg MODULE=") || !text.contains("extract --layers --launcher")) {
				problems.add(dockerfile + " documents no build command or does not extract the layers");
			}
			if (!Deployment.imageApps(text).contains(app)) {
				problems.add(dockerfile + "'s build stage does not package and extract " + app);
			}
		}
		return problems;
	}

	/** MongoDB, Kafka, Prometheus and Grafana keep their data in named volumes. */
	static List<String> volumes(Map<String, Object> compose) {
		List<String> problems = new ArrayList<>();
		Map<String, String> expected = Map.of("mongo", "/data/db", "kafka",
				String.valueOf(environment(service(compose, "kafka")).get("KAFKA_LOG_DIRS")), "prometheus",
				"/prometheus", "grafana", "/var/lib/grafana");
		Set<String> declared = map(compose.get("volumes")).keySet();
		expected.forEach((name, path) -> {
			String volume = Deployment.namedVolumes(service(compose, name)).get(path);
			if (volume == null || !declared.contains(volume)) {
				problems.add(name + " keeps " + path + " in no declared named volume");
			}
		});
		return problems;
	}

	private static void require(List<String> problems, String app, Map<String, String> env, String variable) {
		if (env.getOrDefault(variable, "").isBlank()) {
			problems.add(app + " has no " + variable);
		}
	}

	/** The replica set mongo runs, and initiates as itself (mongo:27017). */
	static String replicaSet(Map<String, Object> mongo) {
		List<Object> command = list(mongo.get("command"));
		int index = command.indexOf("--replSet");
		String name = (index >= 0 && index + 1 < command.size()) ? String.valueOf(command.get(index + 1)) : null;
		String check = healthcheck(mongo);
		boolean initiates = name != null && check.contains("rs.initiate") && check.contains("_id: '" + name + "'")
				&& check.contains("host: 'mongo:27017'");
		return initiates ? name : null;
	}

	/**
	 * The container paths of the secrets mounted into a service whose file is declared.
	 */
	static Set<String> secretFiles(Map<String, Object> compose, Map<String, Object> service) {
		Map<String, Object> declared = map(compose.get("secrets"));
		Set<String> files = new LinkedHashSet<>();
		for (Object secret : list(service.get("secrets"))) {
			String source = (secret instanceof Map<?, ?> entry) ? String.valueOf(entry.get("source"))
					: String.valueOf(secret);
			String target = (secret instanceof Map<?, ?> entry && entry.get("target") != null)
					? String.valueOf(entry.get("target")) : source;
			if (map(declared.get(source)).get("file") != null) {
				files.add(target.startsWith("/") ? target : "/run/secrets/" + target);
			}
		}
		return files;
	}

	/** Prometheus' scrape targets, job by job: job to [metrics_path, target...]. */
	static Map<String, List<String>> scrapeTargets(Map<String, Object> prometheus) {
		Map<String, List<String>> result = new LinkedHashMap<>();
		for (Object job : list(prometheus.get("scrape_configs"))) {
			Map<String, Object> config = map(job);
			List<String> entries = new ArrayList<>();
			entries.add(String.valueOf(config.getOrDefault("metrics_path", "/metrics")));
			for (Object staticConfig : list(config.get("static_configs"))) {
				list(map(staticConfig).get("targets")).forEach((target) -> entries.add(String.valueOf(target)));
			}
			result.put(String.valueOf(config.get("job_name")), entries);
		}
		return result;
	}

	/**
	 * The scrape targets are exactly the apps, each on the port its metrics are served
	 * on, at /actuator/prometheus, which the app exposes.
	 */
	static List<String> prometheus(Map<String, Object> prometheus) throws IOException {
		List<String> problems = new ArrayList<>();
		Set<String> expected = new LinkedHashSet<>();
		for (String app : APPS) {
			expected.add(app + ":" + managementPort(app));
		}
		Set<String> actual = new LinkedHashSet<>();
		scrapeTargets(prometheus).forEach((job, entries) -> {
			if (!"/actuator/prometheus".equals(entries.get(0))) {
				problems.add("job " + job + " scrapes " + entries.get(0) + ", not /actuator/prometheus");
			}
			actual.addAll(entries.subList(1, entries.size()));
		});
		if (!actual.equals(expected)) {
			problems.add("Prometheus scrapes " + actual + ", expected exactly " + expected);
		}
		return problems;
	}

	/**
	 * The Prometheus metric names the dashboard may use (the apps' metrics, Boot's,
	 * Prometheus' own).
	 */
	static final Set<String> METRICS = Set.of("newsroom_content_writes_total", "newsroom_outbox_pending_entries",
			"newsroom_outbox_oldest_pending_age_seconds", "newsroom_outbox_publish_seconds_count",
			"newsroom_outbox_publish_seconds_sum", "newsroom_outbox_publish_seconds_bucket",
			"newsroom_feed_projection_lag_records", "newsroom_feed_items", "newsroom_feed_stream_clients",
			"newsroom_search_queries_seconds_count", "newsroom_search_queries_seconds_bucket",
			"newsroom_search_documents", "newsroom_search_index_size_bytes", "http_server_requests_seconds_count",
			"http_server_requests_seconds_sum", "http_server_requests_seconds_bucket",
			"kafka_producer_record_send_total", "kafka_consumer_fetch_manager_records_lag", "jvm_memory_used_bytes",
			// webhooks-service (DeliveryMetrics; checked against it by meterSeries). Its
			// attempt
			// timer publishes no histogram: no _bucket series.
			"webhooks_deliveries_total", "webhooks_attempts_total", "webhooks_attempt_duration_seconds_count",
			"webhooks_attempt_duration_seconds_sum", "webhooks_attempt_duration_seconds_max",
			"webhooks_subscription_lag_seconds", "webhooks_subscription_pending",
			"webhooks_undelivered_oldest_age_seconds",
			// Prometheus' own series per target (the dashboard's app variable).
			"up");

	/** The base names every one of which the dashboard shows at least once. */
	static final Set<String> REQUIRED_METRICS = Set.of("newsroom_content_writes_total",
			"newsroom_outbox_pending_entries", "newsroom_outbox_oldest_pending_age_seconds",
			"newsroom_outbox_publish_seconds", "newsroom_feed_projection_lag_records", "newsroom_feed_items",
			"newsroom_feed_stream_clients", "newsroom_search_queries_seconds", "newsroom_search_documents",
			"newsroom_search_index_size_bytes", "http_server_requests_seconds", "kafka_producer_record_send_total",
			"kafka_consumer_fetch_manager_records_lag", "jvm_memory_used_bytes", "webhooks_deliveries_total",
			"webhooks_attempts_total", "webhooks_attempt_duration_seconds", "webhooks_subscription_lag_seconds",
			"webhooks_subscription_pending", "webhooks_undelivered_oldest_age_seconds");

	private static final Pattern METER = Pattern
		.compile("\\b(Counter|Timer|Gauge|MultiGauge)\\.builder\\(\\s*\"([A-Za-z0-9.]+)\"");

	private static final Pattern BASE_UNIT = Pattern.compile("\\.baseUnit\\(\\s*\"([a-z]+)\"");

	/**
	 * The Prometheus series of the meters a source file registers under a literal name,
	 * by base name: what Micrometer's Prometheus registry makes of a builder chain up to
	 * its {@code register(}. A counter is {@code <name>[_<unit>]_total}; a gauge
	 * {@code <name>[_<unit>]}; a timer {@code <name>_seconds} with {@code _count},
	 * {@code _sum}, {@code _max}, and {@code _bucket} where a percentile histogram is
	 * published, by the builder or by the app's
	 * {@code management.metrics.distribution.percentiles-histogram}.
	 */
	static Map<String, Set<String>> meterSeries(String source, Map<String, Object> applicationYml) {
		Map<String, Set<String>> result = new LinkedHashMap<>();
		Matcher matcher = METER.matcher(source);
		while (matcher.find()) {
			String type = matcher.group(1);
			String name = matcher.group(2);
			int end = source.indexOf(".register(", matcher.end());
			String chain = source.substring(matcher.end(), (end < 0) ? source.length() : end);
			Matcher unit = BASE_UNIT.matcher(chain);
			String withUnit = name.replace('.', '_') + (unit.find() ? "_" + unit.group(1) : "");
			switch (type) {
				case "Counter" -> result.put(withUnit + "_total", Set.of(withUnit + "_total"));
				case "Timer" -> {
					String base = name.replace('.', '_') + "_seconds";
					Set<String> series = new LinkedHashSet<>(List.of(base + "_count", base + "_sum", base + "_max"));
					if (chain.contains(".publishPercentileHistogram()")
							|| chain.contains(".publishPercentileHistogram(true)")
							|| histogramConfigured(name, applicationYml)) {
						series.add(base + "_bucket");
					}
					result.put(base, series);
				}
				default -> result.put(withUnit, Set.of(withUnit));
			}
		}
		return result;
	}

	/** {@code percentiles-histogram.<name or a prefix of it, or all>: true}. */
	private static boolean histogramConfigured(String meter, Map<String, Object> applicationYml) {
		Map<String, Object> histograms = map(
				lookup(applicationYml, "management.metrics.distribution.percentiles-histogram"));
		Map<String, Object> flat = new LinkedHashMap<>();
		flatten("", histograms, flat);
		return flat.entrySet()
			.stream()
			.anyMatch((entry) -> Boolean.TRUE.equals(entry.getValue()) && (entry.getKey().equals("all")
					|| meter.equals(entry.getKey()) || meter.startsWith(entry.getKey() + ".")));
	}

	private static void flatten(String prefix, Map<String, Object> node, Map<String, Object> leaves) {
		node.forEach((key, value) -> {
			String name = prefix.isEmpty() ? key : prefix + "." + key;
			if (value instanceof Map) {
				flatten(name, map(value), leaves);
			}
			else {
				leaves.put(name, value);
			}
		});
	}

	private static final Set<String> PROMQL_WORDS = Set.of("by", "without", "on", "ignoring", "group_left",
			"group_right", "bool", "and", "or", "unless", "offset", "inf", "nan");

	private static final Pattern IDENTIFIER = Pattern.compile("[A-Za-z_:][A-Za-z0-9_:]*");

	/** The metric names of a PromQL expression (or of a Grafana label_values query). */
	static Set<String> metricNames(String expression) {
		String text = expression.replaceAll("\"(\\\\.|[^\"\\\\])*\"", "\"\"") // strings
			.replaceAll("\\{[^}]*}", "") // label matchers
			.replaceAll("\\[[^]]*]", "") // ranges
			.replaceAll("\\b(by|without|on|ignoring|group_left|group_right)\\s*\\([^)]*\\)", "") // label
																									// lists
			.replaceAll("\\$[A-Za-z_]+", ""); // Grafana variables
		if (text.trim().startsWith("label_values(")) {
			text = text.replaceFirst("label_values\\(([^,)]*).*", "$1");
		}
		Set<String> names = new LinkedHashSet<>();
		Matcher matcher = IDENTIFIER.matcher(text);
		while (matcher.find()) {
			String name = matcher.group();
			int next = matcher.end();
			while (next < text.length() && Character.isWhitespace(text.charAt(next))) {
				next++;
			}
			boolean function = next < text.length() && text.charAt(next) == '(';
			boolean number = matcher.start() > 0 && Character.isDigit(text.charAt(matcher.start() - 1));
			if (!function && !number && !PROMQL_WORDS.contains(name.toLowerCase())) {
				names.add(name);
			}
		}
		return names;
	}

	/**
	 * Every query of a dashboard: the panels' targets and the template variables'
	 * queries.
	 */
	static List<String> queries(Map<String, Object> dashboard) {
		List<String> queries = new ArrayList<>();
		collectQueries(list(dashboard.get("panels")), queries);
		for (Object variable : list(map(dashboard.get("templating")).get("list"))) {
			Object query = map(variable).get("query");
			queries.add(String.valueOf((query instanceof Map<?, ?> entry) ? entry.get("query") : query));
		}
		return queries;
	}

	private static void collectQueries(List<Object> panels, List<String> queries) {
		for (Object panel : panels) {
			for (Object target : list(map(panel).get("targets"))) {
				queries.add(String.valueOf(map(target).get("expr")));
			}
			collectQueries(list(map(panel).get("panels")), queries);
		}
	}

	/**
	 * The dashboard uses only the known metric names, every required one at least once,
	 * and only the provisioned data source.
	 */
	static List<String> dashboard(Map<String, Object> dashboard, String datasourceUid) {
		List<String> problems = new ArrayList<>();
		Set<String> used = new LinkedHashSet<>();
		for (String query : queries(dashboard)) {
			Set<String> names = metricNames(query);
			if (names.isEmpty()) {
				problems.add("query without a metric: " + query);
			}
			for (String name : names) {
				if (!METRICS.contains(name)) {
					problems.add("unknown metric " + name + " in " + query);
				}
				used.add(name);
			}
		}
		for (String required : REQUIRED_METRICS) {
			if (used.stream().noneMatch((name) -> name.equals(required) || name.startsWith(required + "_"))) {
				problems.add("the dashboard shows no " + required);
			}
		}
		collectDatasources(dashboard, problems, datasourceUid);
		return problems;
	}

	private static void collectDatasources(Object node, List<String> problems, String uid) {
		if (node instanceof Map<?, ?> entries) {
			Object datasource = entries.get("datasource");
			if (datasource instanceof Map<?, ?> reference && !uid.equals(reference.get("uid"))) {
				problems.add("data source " + reference.get("uid") + " is not the provisioned " + uid);
			}
			entries.values().forEach((value) -> collectDatasources(value, problems, uid));
		}
		else if (node instanceof List<?> items) {
			items.forEach((item) -> collectDatasources(item, problems, uid));
		}
	}

}
