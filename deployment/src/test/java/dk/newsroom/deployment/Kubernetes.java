package dk.newsroom.deployment;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import tools.jackson.databind.json.JsonMapper;
import tools.jackson.dataformat.yaml.YAMLMapper;

import static dk.newsroom.deployment.Deployment.list;
import static dk.newsroom.deployment.Deployment.lookup;
import static dk.newsroom.deployment.Deployment.map;

/**
 * Renders the Kubernetes manifests (deploy/k8s) with {@code kubectl kustomize}, as a
 * platform team would, and reads the result as plain maps (a test can break a copy of
 * them), with helpers to find resources by kind and name.
 */
final class Kubernetes {

	static final Path MANIFESTS = Deployment.REPO.resolve("deploy/k8s");

	static final List<String> OVERLAYS = List.of("local", "production");

	/**
	 * The oldest kustomize these kustomizations are written for (the {@code labels},
	 * {@code patches} with targets, directories as {@code resources}, several
	 * {@code envs} per generator); kubectl 1.27 ships v5.0.1. Debian bookworm's kubectl
	 * (1.20, kustomize v2.0.3) cannot render them.
	 */
	static final int MINIMUM_KUSTOMIZE_MAJOR = 5;

	static final String MINIMUM_KUBECTL = "kubectl 1.27 or later (kustomize v5)";

	private static final YAMLMapper YAML = YAMLMapper.builder().build();

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private Kubernetes() {
	}

	/** Fails with the version needed when kubectl is missing or its kustomize too old. */
	static String requireKubectl() {
		String version;
		try {
			version = run(List.of("kubectl", "version", "--client"));
		}
		catch (IOException ex) {
			throw new AssertionError("The Kubernetes manifests are rendered with kubectl kustomize: install "
					+ MINIMUM_KUBECTL + " (not found: " + ex.getMessage() + ")", ex);
		}
		Matcher kustomize = Pattern.compile("Kustomize Version: v(\\d+)\\.(\\d+)\\.(\\d+)").matcher(version);
		if (!kustomize.find() || Integer.parseInt(kustomize.group(1)) < MINIMUM_KUSTOMIZE_MAJOR) {
			throw new AssertionError("deploy/k8s needs " + MINIMUM_KUBECTL + " to render; this kubectl says: "
					+ version.strip().replace('\n', ' '));
		}
		return kustomize.group();
	}

	/** {@code kubectl kustomize deploy/k8s/<path>}: every resource it renders. */
	static List<Map<String, Object>> render(String path) throws IOException {
		String rendered = run(List.of("kubectl", "kustomize", MANIFESTS.resolve(path).toString()));
		List<Map<String, Object>> resources = new ArrayList<>();
		for (String document : rendered.split("(?m)^---\\s*$")) {
			if (!document.isBlank()) {
				resources.add(Deployment.map(YAML.readValue(document, Map.class)));
			}
		}
		return resources;
	}

	private static String run(List<String> command) throws IOException {
		Process process = new ProcessBuilder(command).redirectErrorStream(false).start();
		process.getOutputStream().close();
		byte[] out = process.getInputStream().readAllBytes();
		byte[] err = process.getErrorStream().readAllBytes();
		try {
			if (!process.waitFor(60, TimeUnit.SECONDS)) {
				process.destroyForcibly();
				throw new IOException(String.join(" ", command) + " did not end within 60 s");
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IOException(ex);
		}
		if (process.exitValue() != 0) {
			throw new IOException(String.join(" ", command) + " failed (" + process.exitValue() + "): "
					+ new String(err, StandardCharsets.UTF_8));
		}
		return new String(out, StandardCharsets.UTF_8);
	}

	/** A deep copy, for a test to break. */
	@SuppressWarnings("unchecked")
	static List<Map<String, Object>> copy(List<Map<String, Object>> resources) {
		return JSON.readValue(JSON.writeValueAsString(resources), List.class);
	}

	static String kind(Map<String, Object> resource) {
		return String.valueOf(resource.get("kind"));
	}

	static String name(Map<String, Object> resource) {
		return String.valueOf(lookup(resource, "metadata.name"));
	}

	static List<Map<String, Object>> all(List<Map<String, Object>> resources, String kind) {
		return resources.stream().filter((resource) -> kind.equals(kind(resource))).toList();
	}

	/** The resource of that kind and name, or an empty map. */
	static Map<String, Object> find(List<Map<String, Object>> resources, String kind, String name) {
		return all(resources, kind).stream()
			.filter((resource) -> name.equals(name(resource)))
			.findFirst()
			.orElse(Map.of());
	}

	/**
	 * The ConfigMap generated under this name: kustomize appends a hash of its content
	 * ({@code gateway-5fk2m9b7hd}), and rewrites the references to it.
	 */
	static Map<String, Object> configMap(List<Map<String, Object>> resources, String name) {
		Map<String, Object> exact = find(resources, "ConfigMap", name);
		if (!exact.isEmpty()) {
			return exact;
		}
		return all(resources, "ConfigMap").stream()
			.filter((resource) -> name(resource).matches(Pattern.quote(name) + "-[a-z0-9]{10}"))
			.findFirst()
			.orElse(Map.of());
	}

	/**
	 * The app's container in its Deployment (the one named after it), or an empty map.
	 */
	static Map<String, Object> container(List<Map<String, Object>> resources, String app) {
		return list(lookup(find(resources, "Deployment", app), "spec.template.spec.containers")).stream()
			.map(Deployment::map)
			.filter((container) -> app.equals(container.get("name")))
			.findFirst()
			.orElse(Map.of());
	}

	static Map<String, Object> podSpec(List<Map<String, Object>> resources, String app) {
		return map(lookup(find(resources, "Deployment", app), "spec.template.spec"));
	}

	static Map<String, String> podLabels(List<Map<String, Object>> resources, String app) {
		return strings(lookup(find(resources, "Deployment", app), "spec.template.metadata.labels"));
	}

	static Map<String, String> strings(Object node) {
		Map<String, String> result = new LinkedHashMap<>();
		map(node).forEach((key, value) -> result.put(key, String.valueOf(value)));
		return result;
	}

	/**
	 * Every variable the container gets and its value ({@code null} where it comes from a
	 * Secret or a field): its {@code env} and the keys of the ConfigMaps of its
	 * {@code envFrom}. A ConfigMap that does not exist is a problem of its own
	 * ({@link KubernetesChecks#environment}).
	 */
	static Map<String, String> environment(List<Map<String, Object>> resources, Map<String, Object> container) {
		Map<String, String> result = new LinkedHashMap<>();
		for (Object source : list(container.get("envFrom"))) {
			Object configMap = lookup(map(source), "configMapRef.name");
			if (configMap != null) {
				strings(find(resources, "ConfigMap", String.valueOf(configMap)).get("data")).forEach(result::put);
			}
		}
		for (Object entry : list(container.get("env"))) {
			Map<String, Object> variable = map(entry);
			Object value = variable.get("value");
			result.put(String.valueOf(variable.get("name")), (value != null) ? String.valueOf(value) : null);
		}
		return result;
	}

	/** Whether a label selector ({@code matchLabels}) selects pods with these labels. */
	static boolean selects(Object selector, Map<String, String> labels) {
		Map<String, String> match = strings(map(selector).get("matchLabels"));
		return !match.isEmpty() && list(map(selector).get("matchExpressions")).isEmpty()
				&& labels.entrySet().containsAll(match.entrySet());
	}

	/** A container port's number by its name or number. */
	static Integer containerPort(Map<String, Object> container, Object port) {
		for (Object entry : list(container.get("ports"))) {
			Map<String, Object> declared = map(entry);
			if (String.valueOf(port).equals(String.valueOf(declared.get("name")))
					|| String.valueOf(port).equals(String.valueOf(declared.get("containerPort")))) {
				return Integer.valueOf(String.valueOf(declared.get("containerPort")));
			}
		}
		return null;
	}

	static Predicate<Map<String, Object>> ofKind(String kind) {
		return (resource) -> kind.equals(kind(resource));
	}

}
