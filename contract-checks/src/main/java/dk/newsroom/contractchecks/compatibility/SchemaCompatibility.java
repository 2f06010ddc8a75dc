package dk.newsroom.contractchecks.compatibility;

import java.math.BigDecimal;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import dk.newsroom.contractchecks.ContractSchemas;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Compares a current JSON Schema (2020-12) with its released version and lists the
 * changes that would break an existing consumer, walking nested objects
 * ({@code properties}, {@code additionalProperties}), arrays ({@code items}) and local
 * {@code $ref}s (into {@code $defs}). A nullable value may be written
 * {@code "type": ["string", "null"]} or {@code "oneOf": [{"type": "null"}, {...}]}; both
 * mean the same here.
 * <p>
 * The rule: the released schema describes both the records already on the compacted topic
 * and what consumers were written against. So the current schema must accept every value
 * the released one accepted (no narrowing: {@link Rule#TYPE_NARROWED},
 * {@link Rule#CONSTRAINT_TIGHTENED} …), and must not produce a kind of value the
 * consumers cannot expect (no removed or newly missing property, no new type, no null
 * where there was none, no new value of a closed enum). Loosening a limit
 * ({@code maxLength} raised, a {@code pattern} or {@code format} dropped) and adding a
 * property that is not required are compatible.
 */
public final class SchemaCompatibility {

	private static final Set<String> ALL_TYPES = Set.of("null", "boolean", "object", "array", "number", "string",
			"integer");

	private static final List<String> UPPER_BOUNDS = List.of("maxLength", "maxItems", "maxProperties", "maximum",
			"exclusiveMaximum");

	private static final List<String> LOWER_BOUNDS = List.of("minLength", "minItems", "minProperties", "minimum",
			"exclusiveMinimum");

	private static final List<String> EXACT = List.of("format", "pattern", "multipleOf");

	/** Keywords this checker does not analyse: any change to them is reported. */
	private static final List<String> UNCHECKED = List.of("allOf", "anyOf", "oneOf", "not", "if", "then", "else",
			"dependentRequired", "dependentSchemas", "patternProperties", "propertyNames", "unevaluatedProperties",
			"unevaluatedItems", "prefixItems", "contains", "minContains", "maxContains", "contentMediaType",
			"contentEncoding", "contentSchema", "$dynamicRef", "$recursiveRef");

	/** Marks an enum to which values may be added without a new major version. */
	public static final String EXTENSIBLE_ENUM = ContractSchemas.EXTENSIBLE_ENUM_KEYWORD;

	private static final int MAX_DEPTH = 64;

	private final JsonNode releasedRoot;

	private final JsonNode currentRoot;

	private final List<Incompatibility> found = new ArrayList<>();

	private final Deque<String> refStack = new ArrayDeque<>();

	private SchemaCompatibility(JsonNode releasedRoot, JsonNode currentRoot) {
		this.releasedRoot = releasedRoot;
		this.currentRoot = currentRoot;
	}

	/**
	 * @param released the schema as released (consumers were written against it)
	 * @param current the schema as it is now
	 */
	public static CompatibilityReport check(JsonNode released, JsonNode current) {
		SchemaCompatibility check = new SchemaCompatibility(released, current);
		String releasedId = text(released.get("$id"));
		String currentId = text(current.get("$id"));
		check.checkId(releasedId, currentId);
		if (!Objects.equals(released.get("$schema"), current.get("$schema"))) {
			check.report(Rule.UNCHECKED_CHANGE, "$",
					"$schema changed from " + released.get("$schema") + " to " + current.get("$schema"));
		}
		check.compare("$", released, current, 0);
		return new CompatibilityReport(releasedId, currentId, check.found);
	}

	private void checkId(String releasedId, String currentId) {
		if (!Objects.equals(CompatibilityReport.base(releasedId), CompatibilityReport.base(currentId))) {
			report(Rule.ID_CHANGED, "$", "$id changed from " + releasedId + " to " + currentId);
		}
		else if (CompatibilityReport.major(currentId) < CompatibilityReport.major(releasedId)) {
			report(Rule.ID_CHANGED, "$", "the major version went down from " + releasedId + " to " + currentId);
		}
	}

	private void compare(String path, JsonNode releasedNode, JsonNode currentNode, int depth) {
		if (depth > MAX_DEPTH) {
			return;
		}
		String refKey = refKey(releasedNode, currentNode);
		if (refKey != null) {
			if (this.refStack.contains(refKey)) {
				return;
			}
			this.refStack.push(refKey);
		}
		try {
			ObjectNode released = effective(releasedNode, this.releasedRoot, path, 0);
			ObjectNode current = effective(currentNode, this.currentRoot, path, 0);
			compareTypes(path, released, current);
			compareEnums(path, released, current);
			compareBounds(path, released, current);
			compareUnchecked(path, released, current);
			compareObjects(path, released, current, depth);
			compareArrays(path, released, current, depth);
		}
		finally {
			if (refKey != null) {
				this.refStack.pop();
			}
		}
	}

	private void compareTypes(String path, ObjectNode released, ObjectNode current) {
		Set<String> releasedTypes = types(released);
		Set<String> currentTypes = types(current);
		for (String type : releasedTypes) {
			if (!accepts(currentTypes, type)) {
				if ("null".equals(type)) {
					report(Rule.MADE_NON_NULLABLE, path, "may no longer be null");
				}
				else {
					report(Rule.TYPE_NARROWED, path, "type " + releasedTypes + " became " + currentTypes);
				}
			}
		}
		for (String type : currentTypes) {
			if (!accepts(releasedTypes, type)) {
				if ("null".equals(type)) {
					report(Rule.MADE_NULLABLE, path, "may now be null");
				}
				else {
					report(Rule.TYPE_WIDENED, path, "type " + releasedTypes + " became " + currentTypes);
				}
			}
		}
	}

	private void compareEnums(String path, ObjectNode released, ObjectNode current) {
		Set<JsonNode> releasedValues = enumValues(released);
		Set<JsonNode> currentValues = enumValues(current);
		if (releasedValues == null && currentValues == null) {
			return;
		}
		if (releasedValues == null) {
			report(Rule.CONSTRAINT_TIGHTENED, path, "an enum " + currentValues + " now restricts the values");
			return;
		}
		boolean extensible = released.path(EXTENSIBLE_ENUM).asBoolean(false);
		if (currentValues == null) {
			if (!extensible) {
				report(Rule.ENUM_VALUE_ADDED, path, "the closed enum " + releasedValues + " was dropped");
			}
			return;
		}
		for (JsonNode value : releasedValues) {
			if (!currentValues.contains(value)) {
				report(Rule.ENUM_VALUE_REMOVED, path, "value " + value + " was removed");
			}
		}
		if (!extensible) {
			for (JsonNode value : currentValues) {
				if (!releasedValues.contains(value)) {
					report(Rule.ENUM_VALUE_ADDED, path, "value " + value + " was added to a closed enum");
				}
			}
		}
	}

	private void compareBounds(String path, ObjectNode released, ObjectNode current) {
		for (String keyword : UPPER_BOUNDS) {
			BigDecimal before = number(released.get(keyword));
			BigDecimal after = number(current.get(keyword));
			if (after != null && (before == null || after.compareTo(before) < 0)) {
				report(Rule.CONSTRAINT_TIGHTENED, path, keyword + " " + before + " became " + after);
			}
		}
		for (String keyword : LOWER_BOUNDS) {
			BigDecimal before = number(released.get(keyword));
			BigDecimal after = number(current.get(keyword));
			if (after != null && (before == null || after.compareTo(before) > 0)) {
				report(Rule.CONSTRAINT_TIGHTENED, path, keyword + " " + before + " became " + after);
			}
		}
		for (String keyword : EXACT) {
			JsonNode before = released.get(keyword);
			JsonNode after = current.get(keyword);
			if (after != null && !after.equals(before)) {
				report(Rule.CONSTRAINT_TIGHTENED, path,
						keyword + " " + ((before != null) ? before : "(none)") + " became " + after);
			}
		}
		if (current.path("uniqueItems").asBoolean(false) && !released.path("uniqueItems").asBoolean(false)) {
			report(Rule.CONSTRAINT_TIGHTENED, path, "uniqueItems became true");
		}
	}

	private void compareUnchecked(String path, ObjectNode released, ObjectNode current) {
		for (String keyword : UNCHECKED) {
			if (!Objects.equals(released.get(keyword), current.get(keyword))) {
				report(Rule.UNCHECKED_CHANGE, path, keyword + " changed; the checker cannot tell whether that breaks");
			}
		}
		JsonNode releasedRef = released.get("$ref");
		JsonNode currentRef = current.get("$ref");
		if (!Objects.equals(releasedRef, currentRef)) {
			report(Rule.UNCHECKED_CHANGE, path, "external $ref " + releasedRef + " became " + currentRef);
		}
	}

	private void compareObjects(String path, ObjectNode released, ObjectNode current, int depth) {
		JsonNode releasedProperties = released.path("properties");
		JsonNode currentProperties = current.path("properties");
		Set<String> releasedRequired = strings(released.get("required"));
		Set<String> currentRequired = strings(current.get("required"));
		Set<String> removed = new LinkedHashSet<>();
		for (String name : releasedProperties.propertyNames()) {
			if (!currentProperties.has(name)) {
				removed.add(name);
				report(Rule.PROPERTY_REMOVED, child(path, name), "the property was removed");
			}
			else {
				compare(child(path, name), releasedProperties.get(name), currentProperties.get(name), depth + 1);
			}
		}
		JsonNode releasedAdditional = released.get("additionalProperties");
		for (String name : currentProperties.propertyNames()) {
			if (releasedProperties.has(name)) {
				continue;
			}
			if (releasedAdditional != null && releasedAdditional.isBoolean() && !releasedAdditional.booleanValue()) {
				report(Rule.ADDITIONAL_PROPERTIES_LOOSENED, child(path, name),
						"a property was added to an object the released schema closed (additionalProperties: false)");
			}
			else if (releasedAdditional != null && releasedAdditional.isObject()) {
				compare(child(path, name), releasedAdditional, currentProperties.get(name), depth + 1);
			}
		}
		for (String name : currentRequired) {
			if (!releasedRequired.contains(name)) {
				report(Rule.PROPERTY_MADE_REQUIRED, child(path, name), releasedProperties.has(name)
						? "an optional property became required" : "a new property is required; older records lack it");
			}
		}
		for (String name : releasedRequired) {
			if (!currentRequired.contains(name) && !removed.contains(name)) {
				report(Rule.REQUIRED_REMOVED, child(path, name), "a property that was always present may be missing");
			}
		}
		compareAdditionalProperties(path, releasedAdditional, current.get("additionalProperties"), depth);
	}

	private void compareAdditionalProperties(String path, JsonNode released, JsonNode current, int depth) {
		boolean releasedOpen = allowsAnything(released);
		boolean currentOpen = allowsAnything(current);
		boolean releasedClosed = released != null && released.isBoolean() && !released.booleanValue();
		boolean currentClosed = current != null && current.isBoolean() && !current.booleanValue();
		if (releasedOpen && !currentOpen) {
			report(Rule.ADDITIONAL_PROPERTIES_TIGHTENED, path, "additionalProperties "
					+ ((released != null) ? released : "(absent: true)") + " became " + current);
		}
		else if (!releasedOpen && !releasedClosed && currentClosed) {
			report(Rule.ADDITIONAL_PROPERTIES_TIGHTENED, path, "additionalProperties became false");
		}
		else if (releasedClosed && !currentClosed) {
			report(Rule.ADDITIONAL_PROPERTIES_LOOSENED, path,
					"additionalProperties false became " + ((current != null) ? current : "(absent: true)"));
		}
		else if (!releasedOpen && !releasedClosed && !currentOpen && !currentClosed) {
			compare(path + "{*}", released, current, depth + 1);
		}
		else if (!releasedOpen && !releasedClosed && currentOpen) {
			report(Rule.ADDITIONAL_PROPERTIES_LOOSENED, path,
					"additionalProperties " + released + " became " + ((current != null) ? current : "(absent: true)"));
		}
	}

	private void compareArrays(String path, ObjectNode released, ObjectNode current, int depth) {
		JsonNode releasedItems = released.get("items");
		JsonNode currentItems = current.get("items");
		if (releasedItems == null && currentItems == null) {
			return;
		}
		if (releasedItems == null) {
			if (!allowsAnything(currentItems)) {
				report(Rule.CONSTRAINT_TIGHTENED, path + "[]", "items now restricted to " + currentItems);
			}
			return;
		}
		if (currentItems == null) {
			if (!allowsAnything(releasedItems)) {
				report(Rule.TYPE_WIDENED, path + "[]", "items may now be anything");
			}
			return;
		}
		compare(path + "[]", releasedItems, currentItems, depth + 1);
	}

	/**
	 * The schema with its local {@code $ref} resolved (siblings of the {@code $ref} win)
	 * and a {@code oneOf}/{@code anyOf} of null and one schema folded into a nullable
	 * type.
	 */
	private ObjectNode effective(JsonNode node, JsonNode root, String path, int hops) {
		if (node == null || (node.isBoolean() && node.booleanValue())) {
			return JsonNodeFactory.instance.objectNode();
		}
		if (node.isBoolean()) {
			ObjectNode nothing = JsonNodeFactory.instance.objectNode();
			nothing.set("not", JsonNodeFactory.instance.objectNode());
			return nothing;
		}
		ObjectNode result = (ObjectNode) node.deepCopy();
		JsonNode ref = result.get("$ref");
		if (ref != null && ref.isString() && ref.stringValue().startsWith("#") && hops < MAX_DEPTH) {
			JsonNode target = root.at(ref.stringValue().substring(1));
			if (!target.isMissingNode()) {
				ObjectNode resolved = effective(target, root, path, hops + 1);
				result.remove("$ref");
				resolved.setAll(result);
				result = resolved;
			}
		}
		for (String combinator : List.of("oneOf", "anyOf")) {
			JsonNode branches = result.get(combinator);
			if (branches instanceof ArrayNode array && array.size() == 2) {
				int nullBranch = isNullSchema(array.get(0)) ? 0 : (isNullSchema(array.get(1)) ? 1 : -1);
				if (nullBranch >= 0) {
					ObjectNode other = effective(array.get(1 - nullBranch), root, path, hops + 1);
					result.remove(combinator);
					other.setAll(result);
					addNull(other);
					result = other;
				}
			}
		}
		return result;
	}

	private static boolean isNullSchema(JsonNode node) {
		if (node == null || !node.isObject()) {
			return false;
		}
		JsonNode type = node.get("type");
		return type != null && type.isString() && "null".equals(type.stringValue())
				&& node.propertyNames().stream().allMatch((name) -> name.equals("type") || isAnnotation(name));
	}

	private static void addNull(ObjectNode node) {
		JsonNode type = node.get("type");
		if (type == null) {
			return;
		}
		Set<String> types = new LinkedHashSet<>(types(node));
		types.add("null");
		ArrayNode array = JsonNodeFactory.instance.arrayNode();
		types.forEach(array::add);
		node.set("type", array);
	}

	private static boolean isAnnotation(String keyword) {
		return List.of("title", "description", "examples", "$comment", "default", "deprecated", "readOnly", "writeOnly")
			.contains(keyword) || keyword.startsWith("x-");
	}

	private static Set<String> types(JsonNode schema) {
		JsonNode type = schema.get("type");
		if (type == null) {
			return ALL_TYPES;
		}
		Set<String> types = new LinkedHashSet<>();
		if (type.isString()) {
			types.add(type.stringValue());
		}
		else {
			type.values().forEach((value) -> types.add(value.asString()));
		}
		return types;
	}

	private static boolean accepts(Set<String> types, String type) {
		return types.contains(type) || ("integer".equals(type) && types.contains("number"));
	}

	private static Set<JsonNode> enumValues(JsonNode schema) {
		if (schema.has("const")) {
			return Set.of(schema.get("const"));
		}
		JsonNode values = schema.get("enum");
		return (values != null) ? new LinkedHashSet<>(values.values()) : null;
	}

	private static Set<String> strings(JsonNode array) {
		Set<String> result = new LinkedHashSet<>();
		if (array != null) {
			array.values().forEach((value) -> result.add(value.asString()));
		}
		return result;
	}

	private static BigDecimal number(JsonNode node) {
		return (node != null && node.isNumber()) ? node.decimalValue() : null;
	}

	private static boolean allowsAnything(JsonNode schema) {
		return schema == null || (schema.isBoolean() && schema.booleanValue())
				|| (schema.isObject() && schema.propertyNames().stream().allMatch(SchemaCompatibility::isAnnotation));
	}

	private static String refKey(JsonNode released, JsonNode current) {
		JsonNode releasedRef = (released != null) ? released.get("$ref") : null;
		JsonNode currentRef = (current != null) ? current.get("$ref") : null;
		return (releasedRef == null && currentRef == null) ? null : releasedRef + "|" + currentRef;
	}

	private static String child(String path, String name) {
		return path + "." + name;
	}

	private static String text(JsonNode node) {
		return (node != null && node.isString()) ? node.stringValue() : null;
	}

	private void report(Rule rule, String path, String detail) {
		this.found.add(new Incompatibility(rule, path, detail));
	}

}
