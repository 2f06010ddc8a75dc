package dk.newsroom.contractchecks.compatibility;

import java.util.function.Consumer;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Each rule of the checker on synthetic pairs: the breaking change and a compatible
 * variant.
 */
class SchemaCompatibilityTest {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final String RELEASED = """
			{
			  "$schema": "https://json-schema.org/draft/2020-12/schema",
			  "$id": "https://newsroom.dk/contracts/thing.v1.schema.json",
			  "title": "Thing",
			  "type": "object",
			  "additionalProperties": true,
			  "required": ["id", "status", "title", "note", "count", "score", "image", "tags", "warnings"],
			  "properties": {
			    "id": { "type": "string" },
			    "status": { "$ref": "#/$defs/status" },
			    "title": { "type": "string", "maxLength": 200 },
			    "note": { "type": ["string", "null"] },
			    "count": { "type": "integer", "minimum": 0 },
			    "score": { "type": "number" },
			    "image": { "oneOf": [ { "type": "null" }, { "$ref": "#/$defs/image" } ] },
			    "tags": { "type": "array", "items": { "type": "string", "maxLength": 50 } },
			    "warnings": { "type": "array", "items": { "$ref": "#/$defs/warning" } },
			    "extra": { "type": "string", "format": "uri" }
			  },
			  "$defs": {
			    "status": { "type": "string", "enum": ["DRAFT", "PUBLISHED"] },
			    "image": {
			      "type": "object",
			      "additionalProperties": true,
			      "required": ["url", "caption"],
			      "properties": {
			        "url": { "type": "string", "format": "uri" },
			        "caption": { "type": ["string", "null"] }
			      }
			    },
			    "warning": {
			      "type": "object",
			      "required": ["code"],
			      "properties": { "code": { "type": "string", "enum": ["A", "B"], "x-extensible-enum": true } }
			    }
			  },
			  "examples": []
			}
			""";

	@Test
	void anUnchangedSchemaIsCompatible() {
		assertCompatible((schema) -> {
		});
	}

	@Test
	void annotationsMayChange() {
		assertCompatible((schema) -> {
			schema.put("title", "Ting");
			schema.put("description", "En ting med æøå");
			schema.set("examples", JSON.readTree("[{\"id\": \"x\"}]"));
			property(schema, "title").put("description", "Overskriften");
			def(schema, "image").put("$comment", "billede");
		});
	}

	// properties

	@Test
	void removingAPropertyBreaks() {
		assertBreaks(Rule.PROPERTY_REMOVED, "$.title", (schema) -> {
			properties(schema).remove("title");
			required(schema).removeIf((name) -> name.asString().equals("title"));
		});
	}

	@Test
	void renamingAPropertyBreaks() {
		CompatibilityReport report = check((schema) -> {
			properties(schema).set("headline", properties(schema).remove("title"));
			required(schema).removeIf((name) -> name.asString().equals("title"));
			required(schema).add("headline");
		});
		assertThat(report.breakingChanges()).extracting(Incompatibility::rule)
			.contains(Rule.PROPERTY_REMOVED, Rule.PROPERTY_MADE_REQUIRED);
		assertThat(report.passes()).isFalse();
	}

	@Test
	void removingANestedPropertyBreaks() {
		assertBreaks(Rule.PROPERTY_REMOVED, "$.image.caption", (schema) -> {
			((ObjectNode) def(schema, "image").get("properties")).remove("caption");
			((ArrayNode) def(schema, "image").get("required")).removeIf((name) -> name.asString().equals("caption"));
		});
	}

	@Test
	void addingAnOptionalPropertyIsCompatible() {
		assertCompatible((schema) -> {
			properties(schema).set("subtitle", JSON.readTree("{\"type\": [\"string\", \"null\"]}"));
			((ObjectNode) def(schema, "image").get("properties")).set("width",
					JSON.readTree("{\"type\": \"integer\"}"));
		});
	}

	// required

	@Test
	void makingAnOptionalPropertyRequiredBreaks() {
		assertBreaks(Rule.PROPERTY_MADE_REQUIRED, "$.extra", (schema) -> required(schema).add("extra"));
	}

	@Test
	void addingARequiredPropertyBreaksBecauseOlderRecordsLackIt() {
		assertBreaks(Rule.PROPERTY_MADE_REQUIRED, "$.subtitle", (schema) -> {
			properties(schema).set("subtitle", JSON.readTree("{\"type\": [\"string\", \"null\"]}"));
			required(schema).add("subtitle");
		});
	}

	@Test
	void aPropertyThatWasAlwaysPresentMayNotBecomeOptional() {
		assertBreaks(Rule.REQUIRED_REMOVED, "$.title",
				(schema) -> required(schema).removeIf((name) -> name.asString().equals("title")));
	}

	// types and nulls

	@Test
	void narrowingATypeBreaks() {
		assertBreaks(Rule.TYPE_NARROWED, "$.score", (schema) -> property(schema, "score").put("type", "integer"));
	}

	@Test
	void wideningATypeBreaksConsumersThatParseTheOldOne() {
		assertBreaks(Rule.TYPE_WIDENED, "$.count", (schema) -> property(schema, "count").put("type", "number"));
	}

	@Test
	void theSameTypeWrittenAnotherWayIsCompatible() {
		assertCompatible((schema) -> {
			property(schema, "id").set("type", JSON.readTree("[\"string\"]"));
			properties(schema).set("note",
					JSON.readTree("{\"oneOf\": [{\"type\": \"string\"}, {\"type\": \"null\"}]}"));
			properties(schema).set("image",
					JSON.readTree("{\"anyOf\": [{\"$ref\": \"#/$defs/image\"}, {\"type\": \"null\"}]}"));
		});
	}

	@Test
	void aNullableValueMayNotBecomeNonNullable() {
		assertBreaks(Rule.MADE_NON_NULLABLE, "$.note", (schema) -> property(schema, "note").put("type", "string"));
		assertBreaks(Rule.MADE_NON_NULLABLE, "$.image",
				(schema) -> properties(schema).set("image", JSON.readTree("{\"$ref\": \"#/$defs/image\"}")));
		assertBreaks(Rule.MADE_NON_NULLABLE, "$.image.caption",
				(schema) -> ((ObjectNode) def(schema, "image").at("/properties/caption")).put("type", "string"));
	}

	@Test
	void aValueThatWasNeverNullMayNotBecomeNullable() {
		assertBreaks(Rule.MADE_NULLABLE, "$.title",
				(schema) -> property(schema, "title").set("type", JSON.readTree("[\"string\", \"null\"]")));
	}

	// enums

	@Test
	void removingAnEnumValueBreaks() {
		assertBreaks(Rule.ENUM_VALUE_REMOVED, "$.status",
				(schema) -> def(schema, "status").set("enum", JSON.readTree("[\"DRAFT\"]")));
	}

	@Test
	void addingAValueToAClosedEnumBreaks() {
		assertBreaks(Rule.ENUM_VALUE_ADDED, "$.status", (schema) -> def(schema, "status").set("enum",
				JSON.readTree("[\"DRAFT\", \"PUBLISHED\", \"WITHDRAWN\"]")));
	}

	@Test
	void addingAValueToAnExtensibleEnumIsCompatibleButRemovingOneIsNot() {
		assertCompatible((schema) -> ((ObjectNode) def(schema, "warning").at("/properties/code")).set("enum",
				JSON.readTree("[\"A\", \"B\", \"C\"]")));
		assertBreaks(Rule.ENUM_VALUE_REMOVED, "$.warnings[].code",
				(schema) -> ((ObjectNode) def(schema, "warning").at("/properties/code")).set("enum",
						JSON.readTree("[\"B\"]")));
	}

	@Test
	void introducingAnEnumTightens() {
		assertBreaks(Rule.CONSTRAINT_TIGHTENED, "$.id",
				(schema) -> property(schema, "id").set("enum", JSON.readTree("[\"a\", \"b\"]")));
	}

	// constraints

	@Test
	void aNewFormatOrPatternBreaks() {
		assertBreaks(Rule.CONSTRAINT_TIGHTENED, "$.id", (schema) -> property(schema, "id").put("format", "uuid"));
		assertBreaks(Rule.CONSTRAINT_TIGHTENED, "$.id",
				(schema) -> property(schema, "id").put("pattern", "^[0-9a-f]{24}$"));
		assertBreaks(Rule.CONSTRAINT_TIGHTENED, "$.extra",
				(schema) -> property(schema, "extra").put("format", "uri-reference"));
	}

	@Test
	void droppingAFormatIsCompatible() {
		assertCompatible((schema) -> property(schema, "extra").remove("format"));
	}

	@Test
	void aLowerOrNewUpperLimitBreaks() {
		assertBreaks(Rule.CONSTRAINT_TIGHTENED, "$.title", (schema) -> property(schema, "title").put("maxLength", 100));
		assertBreaks(Rule.CONSTRAINT_TIGHTENED, "$.score", (schema) -> property(schema, "score").put("maximum", 10));
		assertBreaks(Rule.CONSTRAINT_TIGHTENED, "$.tags", (schema) -> property(schema, "tags").put("maxItems", 20));
		assertBreaks(Rule.CONSTRAINT_TIGHTENED, "$.tags[]",
				(schema) -> ((ObjectNode) property(schema, "tags").get("items")).put("maxLength", 30));
	}

	@Test
	void aHigherOrNewLowerLimitBreaks() {
		assertBreaks(Rule.CONSTRAINT_TIGHTENED, "$.count", (schema) -> property(schema, "count").put("minimum", 1));
		assertBreaks(Rule.CONSTRAINT_TIGHTENED, "$.title", (schema) -> property(schema, "title").put("minLength", 1));
	}

	@Test
	void looseningALimitIsCompatible() {
		assertCompatible((schema) -> {
			property(schema, "title").put("maxLength", 300);
			property(schema, "count").put("minimum", -1);
			((ObjectNode) property(schema, "tags").get("items")).remove("maxLength");
		});
	}

	@Test
	void uniqueItemsTightens() {
		assertBreaks(Rule.CONSTRAINT_TIGHTENED, "$.tags",
				(schema) -> property(schema, "tags").put("uniqueItems", true));
	}

	// additionalProperties

	@Test
	void closingAnObjectBreaks() {
		assertBreaks(Rule.ADDITIONAL_PROPERTIES_TIGHTENED, "$", (schema) -> schema.put("additionalProperties", false));
		assertBreaks(Rule.ADDITIONAL_PROPERTIES_TIGHTENED, "$.image",
				(schema) -> def(schema, "image").put("additionalProperties", false));
		assertBreaks(Rule.ADDITIONAL_PROPERTIES_TIGHTENED, "$",
				(schema) -> schema.set("additionalProperties", JSON.readTree("{\"type\": \"string\"}")));
	}

	@Test
	void anOpenObjectWrittenAnotherWayIsCompatible() {
		assertCompatible((schema) -> {
			schema.remove("additionalProperties");
			def(schema, "image").set("additionalProperties", JSON.readTree("{}"));
		});
	}

	@Test
	void openingAClosedObjectOrAddingToItBreaksStrictConsumers() {
		JsonNode closed = mutate(JSON.readTree(RELEASED), (schema) -> schema.put("additionalProperties", false));
		CompatibilityReport opened = SchemaCompatibility.check(closed, JSON.readTree(RELEASED));
		assertThat(opened.breakingChanges()).extracting(Incompatibility::rule)
			.containsExactly(Rule.ADDITIONAL_PROPERTIES_LOOSENED);
		CompatibilityReport added = SchemaCompatibility.check(closed, mutate(closed,
				(schema) -> properties(schema).set("subtitle", JSON.readTree("{\"type\": \"string\"}"))));
		assertThat(added.breakingChanges()).extracting(Incompatibility::rule)
			.containsExactly(Rule.ADDITIONAL_PROPERTIES_LOOSENED);
	}

	// arrays, $defs and $ref

	@Test
	void changesInsideArrayItemsAndDefinitionsAreFound() {
		assertBreaks(Rule.TYPE_NARROWED, "$.tags[]",
				(schema) -> ((ObjectNode) property(schema, "tags").get("items")).put("type", "null"));
		assertBreaks(Rule.TYPE_WIDENED, "$.warnings[].code",
				(schema) -> ((ObjectNode) def(schema, "warning").at("/properties/code")).set("type",
						JSON.readTree("[\"string\", \"integer\"]")));
	}

	@Test
	void inliningADefinitionIsCompatible() {
		assertCompatible((schema) -> properties(schema).set("status", def(schema, "status").deepCopy()));
	}

	@Test
	void aRecursiveSchemaIsWalkedOnce() {
		JsonNode tree = JSON.readTree("""
				{"$id": "https://newsroom.dk/contracts/tree.v1.schema.json", "$ref": "#/$defs/node",
				 "$defs": {"node": {"type": "object", "properties": {
				   "name": {"type": "string"},
				   "children": {"type": "array", "items": {"$ref": "#/$defs/node"}}}}}}
				""");
		assertThat(SchemaCompatibility.check(tree, tree).compatible()).isTrue();
		JsonNode renamed = mutate(tree, (schema) -> ((ObjectNode) schema.at("/$defs/node/properties")).remove("name"));
		assertThat(SchemaCompatibility.check(tree, renamed).breakingChanges()).extracting(Incompatibility::path)
			.containsExactly("$.name");
	}

	@Test
	void aChangeTheCheckerCannotAnalyseIsTreatedAsBreaking() {
		assertBreaks(Rule.UNCHECKED_CHANGE, "$",
				(schema) -> schema.set("allOf", JSON.readTree("[{\"required\": [\"id\"]}]")));
	}

	// $id and the major version

	@Test
	void aBreakingChangeWithoutANewMajorVersionFails() {
		CompatibilityReport report = check((schema) -> properties(schema).remove("score"));
		assertThat(report.majorVersionBumped()).isFalse();
		assertThat(report.passes()).isFalse();
		assertThat(report.describe()).contains("PROPERTY_REMOVED at $.score", "without a new major version");
	}

	@Test
	void aBreakingChangeWithANewMajorVersionPasses() {
		CompatibilityReport report = check((schema) -> {
			schema.put("$id", "https://newsroom.dk/contracts/thing.v2.schema.json");
			properties(schema).remove("score");
		});
		assertThat(report.compatible()).isFalse();
		assertThat(report.majorVersionBumped()).isTrue();
		assertThat(report.passes()).isTrue();
	}

	@Test
	void anotherSchemaIdOrALowerMajorNeverPasses() {
		assertBreaks(Rule.ID_CHANGED, "$",
				(schema) -> schema.put("$id", "https://newsroom.dk/contracts/other.v2.schema.json"));
		JsonNode v2 = mutate(JSON.readTree(RELEASED),
				(schema) -> schema.put("$id", "https://newsroom.dk/contracts/thing.v2.schema.json"));
		CompatibilityReport backwards = SchemaCompatibility.check(v2, JSON.readTree(RELEASED));
		assertThat(backwards.breakingChanges()).extracting(Incompatibility::rule).containsExactly(Rule.ID_CHANGED);
		assertThat(backwards.passes()).isFalse();
	}

	private static void assertCompatible(Consumer<ObjectNode> change) {
		CompatibilityReport report = check(change);
		assertThat(report.breakingChanges()).as(report.describe()).isEmpty();
		assertThat(report.passes()).isTrue();
	}

	private static void assertBreaks(Rule rule, String path, Consumer<ObjectNode> change) {
		CompatibilityReport report = check(change);
		assertThat(report.breakingChanges()).as(report.describe()).anySatisfy((found) -> {
			assertThat(found.rule()).isEqualTo(rule);
			assertThat(found.path()).isEqualTo(path);
		});
		assertThat(report.passes()).isFalse();
	}

	private static CompatibilityReport check(Consumer<ObjectNode> change) {
		JsonNode released = JSON.readTree(RELEASED);
		return SchemaCompatibility.check(released, mutate(released, change));
	}

	private static JsonNode mutate(JsonNode schema, Consumer<ObjectNode> change) {
		ObjectNode copy = (ObjectNode) schema.deepCopy();
		change.accept(copy);
		return copy;
	}

	private static ObjectNode properties(ObjectNode schema) {
		return (ObjectNode) schema.get("properties");
	}

	private static ObjectNode property(ObjectNode schema, String name) {
		return (ObjectNode) properties(schema).get(name);
	}

	private static ArrayNode required(ObjectNode schema) {
		return (ArrayNode) schema.get("required");
	}

	private static ObjectNode def(ObjectNode schema, String name) {
		return (ObjectNode) schema.get("$defs").get(name);
	}

}
