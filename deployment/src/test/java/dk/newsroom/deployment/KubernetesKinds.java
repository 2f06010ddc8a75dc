package dk.newsroom.deployment;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.introspect.Annotated;
import com.fasterxml.jackson.databind.introspect.AnnotatedClass;
import com.fasterxml.jackson.databind.introspect.AnnotatedMember;
import com.fasterxml.jackson.databind.introspect.JacksonAnnotationIntrospector;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.Namespace;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.apps.StatefulSetSpec;
import io.fabric8.kubernetes.api.model.autoscaling.v2.HorizontalPodAutoscaler;
import io.fabric8.kubernetes.api.model.networking.v1.Ingress;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicy;
import io.fabric8.kubernetes.api.model.policy.v1.PodDisruptionBudget;
import io.fabric8.openshift.api.model.monitoring.v1.ServiceMonitor;
import io.strimzi.api.kafka.model.kafka.Kafka;
import io.strimzi.api.kafka.model.nodepool.KafkaNodePool;
import io.strimzi.api.kafka.model.topic.KafkaTopic;

import static dk.newsroom.deployment.Deployment.list;
import static dk.newsroom.deployment.Deployment.map;

/**
 * Each rendered resource read as its Kubernetes kind, with unknown fields refused: the
 * fabric8 models (core, apps, networking, policy, autoscaling, the Prometheus Operator's
 * monitoring) and Strimzi's own model. Both keep unknown fields in
 * {@code additionalProperties} (a {@code @JsonAnySetter}); here the any-setters are
 * ignored, so an unknown field fails the read, as the API server's strict field
 * validation would. Strimzi's properties that its v1 API dropped (deprecated in the
 * model) fail it too. The MongoDB Community Operator has no Java model: its resource is
 * checked against {@link #MONGODB_COMMUNITY_FIELDS}, the fields of its CRD this project
 * uses, and its StatefulSet override is read as a StatefulSet's spec.
 */
final class KubernetesKinds {

	/** apiVersion/kind to the class a resource is read as. */
	static final Map<String, Class<? extends HasMetadata>> KINDS = Map.ofEntries(kind(Namespace.class),
			kind(ConfigMap.class), kind(Service.class), kind(io.fabric8.kubernetes.api.model.apps.Deployment.class),
			kind(HorizontalPodAutoscaler.class), kind(PodDisruptionBudget.class), kind(NetworkPolicy.class),
			kind(Ingress.class), kind(ServiceMonitor.class), strimzi(Kafka.class), strimzi(KafkaNodePool.class),
			strimzi(KafkaTopic.class));

	static final String MONGODB_COMMUNITY = "mongodbcommunity.mongodb.com/v1/MongoDBCommunity";

	/**
	 * The fields of {@code MongoDBCommunity} (mongodbcommunity.mongodb.com/v1) that the
	 * manifests may use, as in the operator's CRD (config/crd/bases of
	 * mongodb/mongodb-kubernetes, the MongoDB Controllers for Kubernetes, which took the
	 * Community Operator's resource over): {@code []} marks a list's items, a path ending
	 * in {@code .*} takes anything below it ({@code x-kubernetes-preserve-unknown-fields}
	 * in the CRD; {@code statefulSet.spec} is further read as a StatefulSet's spec).
	 */
	static final Set<String> MONGODB_COMMUNITY_FIELDS = Set.of("apiVersion", "kind", "metadata.name",
			"metadata.namespace", "metadata.labels.*", "metadata.annotations.*", "spec.members", "spec.type",
			"spec.version", "spec.featureCompatibilityVersion", "spec.security.authentication.modes[]",
			"spec.security.authentication.ignoreUnknownUsers", "spec.users[].name", "spec.users[].db",
			"spec.users[].passwordSecretRef.name", "spec.users[].passwordSecretRef.key", "spec.users[].roles[].name",
			"spec.users[].roles[].db", "spec.users[].scramCredentialsSecretName",
			"spec.users[].connectionStringSecretName", "spec.additionalMongodConfig.*", "spec.statefulSet.spec.*",
			"spec.statefulSet.metadata.labels.*", "spec.statefulSet.metadata.annotations.*");

	/** Reads with the models, any-setters off: an unknown field is an error. */
	private static final ObjectMapper STRICT = JsonMapper.builder()
		.annotationIntrospector(new JacksonAnnotationIntrospector() {

			@Override
			public Boolean hasAnySetter(Annotated annotated) {
				return false;
			}

			@Override
			public boolean hasIgnoreMarker(AnnotatedMember member) {
				return super.hasIgnoreMarker(member) || (member.getDeclaringClass().getName().startsWith("io.strimzi.")
						&& member.hasAnnotation(Deprecated.class));
			}

			@Override
			public JsonIgnoreProperties.Value findPropertyIgnoralByName(
					com.fasterxml.jackson.databind.cfg.MapperConfig<?> config, Annotated annotated) {
				JsonIgnoreProperties.Value value = super.findPropertyIgnoralByName(config, annotated);
				return (annotated instanceof AnnotatedClass) ? value.withoutIgnoreUnknown() : value;
			}

		})
		.enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
		.enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
		.enable(DeserializationFeature.FAIL_ON_IGNORED_PROPERTIES)
		// "8081" for a port, 3 for a string: the API server refuses both (IntOrString and
		// Quantity take either, as there).
		.disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
		.build();

	private KubernetesKinds() {
	}

	private static Map.Entry<String, Class<? extends HasMetadata>> kind(Class<? extends HasMetadata> type) {
		return Map.entry(HasMetadata.getApiVersion(type) + "/" + HasMetadata.getKind(type), type);
	}

	/**
	 * Strimzi's model classes are declared for v1beta2 but model v1 too (0.49 to 0.51):
	 * the manifests use v1, in which the properties the model marks deprecated are gone.
	 */
	private static Map.Entry<String, Class<? extends HasMetadata>> strimzi(Class<? extends HasMetadata> type) {
		return Map.entry(HasMetadata.getGroup(type) + "/v1/" + HasMetadata.getKind(type), type);
	}

	/** The problems of reading each resource as its kind. */
	static List<String> check(List<Map<String, Object>> resources) {
		List<String> problems = new ArrayList<>();
		for (Map<String, Object> resource : resources) {
			String key = resource.get("apiVersion") + "/" + resource.get("kind");
			String name = key + " " + Kubernetes.name(resource);
			if (MONGODB_COMMUNITY.equals(key)) {
				mongoDbCommunity("", resource, problems, name);
				mongoDbCommunityRequired(resource, problems, name);
				read(lookup(resource, "spec.statefulSet.spec"), StatefulSetSpec.class, name + " spec.statefulSet.spec",
						problems);
				continue;
			}
			Class<? extends HasMetadata> type = KINDS.get(key);
			if (type == null) {
				problems.add(name + ": a kind the checks do not know (known: " + KINDS.keySet() + ", "
						+ MONGODB_COMMUNITY + ")");
				continue;
			}
			read(resource, type, name, problems);
		}
		return problems;
	}

	private static Object lookup(Map<String, Object> resource, String path) {
		return dk.newsroom.deployment.Deployment.lookup(resource, path);
	}

	private static void read(Object node, Class<?> type, String name, List<String> problems) {
		try {
			STRICT.convertValue(node, type);
		}
		catch (IllegalArgumentException ex) {
			String message = ex.getMessage();
			problems.add(name + " is no valid " + type.getSimpleName() + ": "
					+ message.substring(0, Math.min(message.length(), 300)));
		}
	}

	/**
	 * What the CRD requires ({@code spec.security}, {@code type}, {@code users}; a user's
	 * {@code name} and {@code roles}, a role's {@code name} and {@code db}, a password
	 * reference's {@code name}) and the types of the fields whose type is not a string.
	 */
	private static void mongoDbCommunityRequired(Map<String, Object> resource, List<String> problems, String name) {
		Map<String, Object> spec = map(resource.get("spec"));
		for (String field : List.of("security", "type", "users")) {
			if (spec.get(field) == null) {
				problems.add(name + ": spec." + field + " is required");
			}
		}
		if (spec.get("members") != null && !(spec.get("members") instanceof Integer)) {
			problems.add(name + ": spec.members is not an integer");
		}
		if (!(lookup(resource, "spec.security.authentication.modes") instanceof List)) {
			problems.add(name + ": spec.security.authentication.modes is required (a list)");
		}
		for (Object entry : list(spec.get("users"))) {
			Map<String, Object> user = map(entry);
			if (user.get("name") == null || !(user.get("roles") instanceof List)) {
				problems.add(name + ": a user needs a name and roles: " + user.keySet());
			}
			if (user.containsKey("passwordSecretRef") && lookup(user, "passwordSecretRef.name") == null) {
				problems.add(name + ": user " + user.get("name") + "'s passwordSecretRef has no name");
			}
			for (Object role : list(user.get("roles"))) {
				if (map(role).get("name") == null || map(role).get("db") == null) {
					problems.add(name + ": user " + user.get("name") + " has a role without name or db: " + role);
				}
			}
		}
	}

	private static void mongoDbCommunity(String path, Object node, List<String> problems, String name) {
		if (!path.isEmpty() && MONGODB_COMMUNITY_FIELDS.contains(path + ".*")) {
			return;
		}
		if (node instanceof Map<?, ?>) {
			map(node).forEach(
					(key, value) -> mongoDbCommunity(path.isEmpty() ? key : path + "." + key, value, problems, name));
		}
		else if (node instanceof List<?>) {
			list(node).forEach((item) -> mongoDbCommunity(path + "[]", item, problems, name));
		}
		else if (!MONGODB_COMMUNITY_FIELDS.contains(path)) {
			problems.add(name + ": " + path + " is not a field of MongoDBCommunity the checks know"
					+ " (KubernetesKinds.MONGODB_COMMUNITY_FIELDS, from the operator's CRD)");
		}
	}

}
