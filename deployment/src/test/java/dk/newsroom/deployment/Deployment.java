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

import tools.jackson.databind.json.JsonMapper;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * Reads the deployment files (docker-compose.yml, the Dockerfile, Prometheus and Grafana
 * provisioning) and the apps' application.yml from the source tree, and checks one
 * against the other. Every check returns the problems it found, so a test can also feed
 * it a broken copy and see it fail.
 */
final class Deployment {

	static final Path REPO = Path.of("..").toAbsolutePath().normalize();

	/** The apps docker-compose.yml runs, by compose service name = Maven module. */
	static final List<String> APPS = List.of("articles-service", "events-service", "people-service", "webhooks-service",
			"gateway");

	/**
	 * The content services: their configuration is their application.yml over the
	 * platform's content-service defaults.
	 */
	static final List<String> SERVICES = List.of("articles-service", "events-service", "people-service");

	/**
	 * The apps behind the gateway: each has a MongoDB database of its own, reads or
	 * writes the topics, and the gateway has its URL
	 * ({@code newsroom.services.<name>-url}).
	 */
	static final List<String> BACKENDS = List.of("articles-service", "events-service", "people-service",
			"webhooks-service");

	static final String GATEWAY = "gateway";

	static final String WEBHOOKS = "webhooks-service";

	static final String CONTENT_SERVICE_DEFAULTS = "platform/src/main/resources/META-INF/newsroom/content-service-defaults.yml";

	/**
	 * Spring Boot's (and Spring Security's) own properties an app reads although its
	 * application.yml need not mention them. Each is justified; nothing else may be set
	 * unless the app's application.yml has it (Boot ignores unknown properties silently,
	 * docs/design.md §8).
	 */
	static final Map<String, String> BOOT_PROPERTIES = Map.of(
			// OAuth2ResourceServerProperties, bound by the security module's
			// TokenDecoderAutoConfiguration; no issuer = no start (docs/security.md).
			"spring.security.oauth2.resourceserver.jwt.issuer-uri", "the token issuer (docs/security.md)",
			"spring.security.oauth2.resourceserver.jwt.public-key-location",
			"the issuer's public key (docs/security.md)", "spring.security.oauth2.resourceserver.jwt.jwk-set-uri",
			"the issuer's JWK set (docs/security.md)",
			// spring-boot-micrometer-tracing: management.tracing.export.enabled (default
			// true).
			"management.tracing.export.enabled", "Boot's tracing exporter switch",
			// spring-boot-micrometer-tracing-opentelemetry; Boot 4's name (the 3.x
			// management.otlp.tracing.endpoint is deprecated at level error in 4.0).
			"management.opentelemetry.tracing.export.otlp.endpoint", "Boot 4's OTLP trace endpoint",
			// spring-boot core: structured (JSON) console logs, e.g. ecs.
			"logging.structured.format.console", "Boot's structured console logging",
			// spring-boot-actuator-autoconfigure: actuator on its own port.
			"management.server.port", "Boot's management port");

	/** Environment variables read by the JVM itself, not by Spring. */
	static final Set<String> JVM_VARIABLES = Set.of("JAVA_TOOL_OPTIONS");

	private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{([A-Za-z0-9_.-]+)(?::([^}]*))?}");

	private static final YAMLMapper YAML = YAMLMapper.builder().build();

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private Deployment() {
	}

	// ---------------------------------------------------------------------------------
	// Reading

	@SuppressWarnings("unchecked")
	static Map<String, Object> yaml(Path file) throws IOException {
		return YAML.readValue(Files.readString(file), Map.class);
	}

	@SuppressWarnings("unchecked")
	static Map<String, Object> json(Path file) throws IOException {
		return JSON.readValue(Files.readString(file), Map.class);
	}

	static Map<String, Object> compose() throws IOException {
		return yaml(REPO.resolve("docker-compose.yml"));
	}

	/**
	 * An app's configuration as it runs: its application.yml, over the platform's
	 * content-service defaults for a content service (what ContentServiceDefaults loads).
	 */
	static Map<String, Object> applicationYml(String app) throws IOException {
		Map<String, Object> own = yaml(REPO.resolve(app).resolve("src/main/resources/application.yml"));
		if (!SERVICES.contains(app)) {
			return own;
		}
		return merged(yaml(REPO.resolve(CONTENT_SERVICE_DEFAULTS)), own);
	}

	/** {@code over}'s values win; maps are merged key by key. */
	@SuppressWarnings("unchecked")
	static Map<String, Object> merged(Map<String, Object> under, Map<String, Object> over) {
		Map<String, Object> result = new LinkedHashMap<>(under);
		over.forEach((key, value) -> result.merge(key, value, (was, now) -> (was instanceof Map && now instanceof Map)
				? merged((Map<String, Object>) was, (Map<String, Object>) now) : now));
		return result;
	}

	@SuppressWarnings("unchecked")
	static Map<String, Object> map(Object node) {
		return (node instanceof Map) ? (Map<String, Object>) node : Map.of();
	}

	@SuppressWarnings("unchecked")
	static List<Object> list(Object node) {
		return (node instanceof List) ? (List<Object>) node : List.of();
	}

	static Object lookup(Map<String, Object> yaml, String key) {
		Object node = yaml;
		for (String part : key.split("\\.")) {
			if (!(node instanceof Map)) {
				return null;
			}
			node = ((Map<?, ?>) node).get(part);
		}
		return node;
	}

	static Map<String, Object> service(Map<String, Object> compose, String name) {
		return map(map(compose.get("services")).get(name));
	}

	/** A service's environment, in map or list form. */
	static Map<String, String> environment(Map<String, Object> service) {
		Map<String, String> result = new LinkedHashMap<>();
		Object environment = service.get("environment");
		if (environment instanceof Map<?, ?> entries) {
			entries.forEach((key, value) -> result.put(String.valueOf(key), (value != null) ? value.toString() : ""));
		}
		for (Object entry : list(environment)) {
			String text = String.valueOf(entry);
			int equals = text.indexOf('=');
			result.put((equals < 0) ? text : text.substring(0, equals), (equals < 0) ? "" : text.substring(equals + 1));
		}
		return result;
	}

	/** Compose's own default of a {@code ${VAR:-default}} value, else the value. */
	static String composeDefault(String value) {
		Matcher matcher = Pattern.compile("^\\$\\{[A-Za-z0-9_]+:?-([^}]*)}$").matcher(value);
		return matcher.matches() ? matcher.group(1) : value;
	}

	/** Every dotted key of a YAML document, leaves and the maps above them. */
	static Set<String> keys(Map<String, Object> yaml) {
		Set<String> keys = new LinkedHashSet<>();
		collectKeys("", yaml, keys);
		return keys;
	}

	private static void collectKeys(String prefix, Map<String, Object> node, Set<String> keys) {
		node.forEach((key, value) -> {
			String name = prefix.isEmpty() ? key : prefix + "." + key;
			keys.add(name);
			if (value instanceof Map) {
				collectKeys(name, map(value), keys);
			}
		});
	}

	/** The variables a document reads through {@code ${NAME:default}} placeholders. */
	static Map<String, String> placeholders(Object node) {
		Map<String, String> result = new LinkedHashMap<>();
		collectPlaceholders(node, result);
		return result;
	}

	private static void collectPlaceholders(Object node, Map<String, String> result) {
		if (node instanceof Map<?, ?> entries) {
			entries.values().forEach((value) -> collectPlaceholders(value, result));
		}
		else if (node instanceof List<?> items) {
			items.forEach((item) -> collectPlaceholders(item, result));
		}
		else if (node != null) {
			Matcher matcher = PLACEHOLDER.matcher(node.toString());
			while (matcher.find()) {
				result.put(matcher.group(1), matcher.group(2));
			}
		}
	}

	/** A port setting: a number, or a placeholder's default ({@code ${PORT:8081}}). */
	static Integer port(Object value) {
		if (value == null) {
			return null;
		}
		String text = value.toString().trim();
		Matcher matcher = PLACEHOLDER.matcher(text);
		if (matcher.matches()) {
			text = (matcher.group(2) != null) ? matcher.group(2) : "";
		}
		try {
			return Integer.valueOf(text);
		}
		catch (NumberFormatException ex) {
			return null;
		}
	}

	/**
	 * The port an app listens on by default: {@code server.port} of its application.yml.
	 */
	static int serverPort(String app) throws IOException {
		Integer port = port(lookup(applicationYml(app), "server.port"));
		if (port == null) {
			throw new IllegalStateException(app + "/application.yml has no server.port with a default");
		}
		return port;
	}

	/**
	 * The variable a Spring property placeholder reads, e.g. {@code PORT} for
	 * {@code ${PORT:8081}}, or null.
	 */
	static String placeholderVariable(Object value) {
		Matcher matcher = PLACEHOLDER.matcher(String.valueOf(value).trim());
		return matcher.matches() ? matcher.group(1) : null;
	}

	/**
	 * The environment variable names Boot's relaxed binding maps to this property: upper
	 * case, {@code _} for {@code .}, dashes removed (or, the legacy form Boot still
	 * reads, {@code _} for {@code -}).
	 */
	static Set<String> environmentNames(String property) {
		String base = property.toUpperCase(Locale.ROOT).replace('.', '_');
		return new LinkedHashSet<>(List.of(base.replace("-", ""), base.replace('-', '_')));
	}

	/**
	 * Where an environment variable set for an app lands: a property of its
	 * application.yml, a placeholder it reads, one of Boot's own properties, or nothing
	 * (null).
	 */
	static String binding(String variable, Map<String, Object> applicationYml) {
		if (placeholders(applicationYml).containsKey(variable)) {
			return "${" + variable + "}";
		}
		for (String key : keys(applicationYml)) {
			if (environmentNames(key).contains(variable)) {
				return key;
			}
		}
		for (String key : BOOT_PROPERTIES.keySet()) {
			if (environmentNames(key).contains(variable)) {
				return key;
			}
		}
		return JVM_VARIABLES.contains(variable) ? "(JVM)" : null;
	}

	/**
	 * Where a variable set for an app lands, as {@link #binding(String, Map)}, or else a
	 * property its {@code @ConfigurationProperties} records declare
	 * ({@link DeclaredProperties}): e.g. {@code NEWSROOM_OUTBOX_PARTITIONS} for a content
	 * service. What compose and the Kubernetes manifests set is checked with this.
	 */
	static String binding(String variable, String app) throws IOException {
		String bound = binding(variable, applicationYml(app));
		return (bound != null) ? bound : DeclaredProperties.binding(variable, app);
	}

	/**
	 * A property's value for an app run with this environment: the variable that binds it
	 * (Boot's relaxed binding), else application.yml's value (a placeholder's variable or
	 * default), else the default its configuration record declares; null if none.
	 */
	static String setting(String app, Map<String, String> environment, String property) throws IOException {
		for (String name : environmentNames(property)) {
			if (environment.get(name) != null) {
				return environment.get(name);
			}
		}
		Object value = lookup(applicationYml(app), property);
		if (value != null && !(value instanceof Map)) {
			Matcher matcher = PLACEHOLDER.matcher(value.toString().trim());
			if (matcher.matches()) {
				String set = environment.get(matcher.group(1));
				return (set != null) ? set : matcher.group(2);
			}
			return value.toString();
		}
		return DeclaredProperties.defaultValue(app, property);
	}

	/** The port the app serves its API on with this environment. */
	static int serverPort(String app, Map<String, String> environment) throws IOException {
		return Integer.parseInt(setting(app, environment, "server.port"));
	}

	/**
	 * The port the app serves health and metrics on with this environment: its management
	 * port (the gateway's), else its server port.
	 */
	static int managementPort(String app, Map<String, String> environment) throws IOException {
		String management = setting(app, environment, "management.server.port");
		return (management != null && !management.isBlank()) ? Integer.parseInt(management)
				: serverPort(app, environment);
	}

	/**
	 * What the app's configuration itself must say for any deployment to probe and scrape
	 * it: the health probes (liveness and readiness groups) enabled, the prometheus
	 * endpoint exposed. Shared by the compose and the Kubernetes checks.
	 */
	static List<String> actuatorExposure(String app) throws IOException {
		List<String> problems = new ArrayList<>();
		Map<String, Object> yml = applicationYml(app);
		if (!Boolean.TRUE.equals(lookup(yml, "management.endpoint.health.probes.enabled"))) {
			problems.add(app + "/application.yml does not enable the health probes");
		}
		String exposed = String.valueOf(lookup(yml, "management.endpoints.web.exposure.include"));
		if (!List.of(exposed.split("\\s*,\\s*")).contains("prometheus")) {
			problems.add(app + " does not expose the prometheus endpoint");
		}
		return problems;
	}

	/** The MongoDB database an app uses: the path of its {@code spring.mongodb.uri}. */
	static String database(String app) throws IOException {
		return String.valueOf(lookup(applicationYml(app), "spring.mongodb.uri"))
			.replaceAll("^.*/([^/?]+)(\\?.*)?$", "$1");
	}

	/** The gateway's property with the base URL of an app behind it. */
	static String serviceUrlProperty(String backend) {
		return "newsroom.services." + backend.replace("-service", "") + "-url";
	}

	static String dockerfile() throws IOException {
		return Files.readString(REPO.resolve("docker/Dockerfile"));
	}

	/**
	 * The apps docker/Dockerfile can build an image of: its build stage packages
	 * ({@code -pl a,b,...}) and extracts ({@code for app in a b ...}) each.
	 */
	static Set<String> imageApps(String dockerfile) {
		Matcher packaged = Pattern.compile("-pl ([a-z,-]+) ").matcher(dockerfile);
		Matcher extracted = Pattern.compile("for app in ([a-z -]+);").matcher(dockerfile);
		if (!packaged.find() || !extracted.find()) {
			return Set.of();
		}
		Set<String> apps = new LinkedHashSet<>(List.of(packaged.group(1).split(",")));
		apps.retainAll(List.of(extracted.group(1).trim().split(" ")));
		return apps;
	}

	/** The image's {@code -XX:MaxRAMPercentage}: the heap's share of the memory limit. */
	static double maxRamPercentage(String dockerfile) {
		Matcher matcher = Pattern.compile("-XX:MaxRAMPercentage=([0-9.]+)").matcher(dockerfile);
		if (!matcher.find()) {
			throw new IllegalStateException("docker/Dockerfile sets no -XX:MaxRAMPercentage");
		}
		return Double.parseDouble(matcher.group(1));
	}

	/** The numeric user the image runs as ({@code USER 10001:10001}). */
	static long imageUser(String dockerfile) {
		Matcher matcher = Pattern.compile("(?m)^USER ([0-9]+)").matcher(dockerfile);
		if (!matcher.find()) {
			throw new IllegalStateException("docker/Dockerfile has no numeric USER");
		}
		return Long.parseLong(matcher.group(1));
	}

	/** A memory amount ({@code 640m}, {@code 1g}, {@code 768Mi}, {@code 1Gi}) in MiB. */
	static long mebibytes(Object value) {
		Matcher matcher = Pattern.compile("([0-9]+)([kKmMgG])?(i)?[bB]?").matcher(String.valueOf(value).trim());
		if (!matcher.matches()) {
			throw new IllegalArgumentException("not a memory amount: " + value);
		}
		long amount = Long.parseLong(matcher.group(1));
		String unit = (matcher.group(2) != null) ? matcher.group(2).toLowerCase(Locale.ROOT) : "";
		return switch (unit) {
			case "k" -> amount / 1024;
			case "m" -> amount;
			case "g" -> amount * 1024;
			default -> amount / (1024 * 1024);
		};
	}

	/**
	 * A duration setting ({@code 10s}, {@code 30m}, {@code 24h}, {@code 500ms}; a bare
	 * number is milliseconds, as Spring reads it) in seconds.
	 */
	static double seconds(String value) {
		return seconds(value, "ms");
	}

	/**
	 * A duration ({@code 10s}, {@code 30m}, {@code 24h}, {@code 500ms}) in seconds.
	 * @param bareUnit the unit of a bare number ({@code ms} for Spring, {@code s} for
	 * Kubernetes' annotations)
	 */
	static double seconds(String value, String bareUnit) {
		Matcher matcher = Pattern.compile("([0-9.]+)\\s*(ms|s|m|h|d)?").matcher(value.trim());
		if (!matcher.matches()) {
			throw new IllegalArgumentException("not a duration: " + value);
		}
		double amount = Double.parseDouble(matcher.group(1));
		return switch ((matcher.group(2) != null) ? matcher.group(2) : bareUnit) {
			case "ms" -> amount / 1000;
			case "m" -> amount * 60;
			case "h" -> amount * 3600;
			case "d" -> amount * 86400;
			default -> amount;
		};
	}

	/** Host and container port of each published port, as [host, container]. */
	static List<int[]> publishedPorts(Map<String, Object> service) {
		List<int[]> result = new ArrayList<>();
		for (Object entry : list(service.get("ports"))) {
			if (entry instanceof Map<?, ?> port) {
				result.add(new int[] { Integer.parseInt(String.valueOf(port.get("published"))),
						Integer.parseInt(String.valueOf(port.get("target"))) });
				continue;
			}
			String[] parts = String.valueOf(entry).replaceAll("/(tcp|udp)$", "").split(":");
			int container = Integer.parseInt(parts[parts.length - 1]);
			int host = (parts.length >= 2) ? Integer.parseInt(parts[parts.length - 2]) : -1;
			result.add(new int[] { host, container });
		}
		return result;
	}

	/** The health check's command line as one string. */
	static String healthcheck(Map<String, Object> service) {
		Object test = map(service.get("healthcheck")).get("test");
		if (test instanceof List<?> parts) {
			return String.join(" ", parts.stream().map(String::valueOf).toList());
		}
		return (test != null) ? test.toString() : "";
	}

	/** The bind mounts of a service: container path to host path (resolved). */
	static Map<String, Path> bindMounts(Map<String, Object> service) {
		Map<String, Path> result = new LinkedHashMap<>();
		for (Object volume : list(service.get("volumes"))) {
			String[] parts = String.valueOf(volume).split(":");
			if (parts.length >= 2 && (parts[0].startsWith(".") || parts[0].startsWith("/"))) {
				result.put(parts[1], REPO.resolve(parts[0]).normalize());
			}
		}
		return result;
	}

	/** The named volumes of a service: container path to volume name. */
	static Map<String, String> namedVolumes(Map<String, Object> service) {
		Map<String, String> result = new LinkedHashMap<>();
		for (Object volume : list(service.get("volumes"))) {
			String[] parts = String.valueOf(volume).split(":");
			if (parts.length >= 2 && !parts[0].startsWith(".") && !parts[0].startsWith("/")) {
				result.put(parts[1], parts[0]);
			}
		}
		return result;
	}

}
