package dk.newsroom.contractchecks;

import java.util.List;

import dk.newsroom.contracts.ContractType;
import dk.newsroom.contracts.EventContract;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class ContractSchemasTest {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	@ParameterizedTest
	@EnumSource(ContractType.class)
	void eachSchemaIsAValid2020_12Schema(ContractType type) {
		JsonNode schema = EventContract.loadSchema(type);
		assertThat(schema.get("$schema").asString()).isEqualTo("https://json-schema.org/draft/2020-12/schema");
		assertThat(schema.get("$id").asString())
			.isEqualTo("https://newsroom.dk/contracts/" + type.type() + ".v1.schema.json");
		assertThat(schema.get("title").asString()).isNotBlank();
		assertThat(schema.get("description").asString()).contains("Additional properties are allowed");
		assertThat(ContractSchemas.validateAgainstMetaSchema(schema)).isEmpty();
	}

	@Test
	void theMetaSchemaCheckFindsABrokenSchema() {
		ObjectNode broken = (ObjectNode) EventContract.loadSchema(ContractType.ARTICLE);
		((ObjectNode) broken.get("properties")).set("headline",
				JSON.readTree("{\"type\": \"text\", \"maxLength\": -1}"));
		broken.put("required", "id");
		assertThat(ContractSchemas.validateAgainstMetaSchema(broken)).isNotEmpty();
	}

	@ParameterizedTest
	@EnumSource(ContractType.class)
	void everyPropertyIsRequiredBecauseTheResourceAlwaysHasEveryKey(ContractType type) {
		JsonNode schema = EventContract.loadSchema(type);
		assertThat(schema.get("required").values().stream().map(JsonNode::asString))
			.containsExactlyInAnyOrderElementsOf(schema.get("properties").propertyNames());
		for (JsonNode definition : schema.get("$defs").values()) {
			if (definition.has("properties")) {
				assertThat(definition.get("required").values().stream().map(JsonNode::asString))
					.containsExactlyInAnyOrderElementsOf(definition.get("properties").propertyNames());
				assertThat(definition.get("additionalProperties").asBoolean()).isTrue();
			}
		}
		assertThat(schema.get("additionalProperties").asBoolean()).isTrue();
	}

	@ParameterizedTest
	@EnumSource(ContractType.class)
	void theDanishExampleInTheSchemaValidates(ContractType type) {
		JsonNode example = EventContract.loadSchema(type).get("examples").get(0);
		assertThat(ContractSchemas.validate(type, example)).isEmpty();
		assertThat(ContractSchemas.validate(type.type(), JSON.writeValueAsString(example))).isEmpty();
	}

	@Test
	void aDraftArticleWithEveryOptionalFieldEmptyValidates() {
		String draft = """
				{"id":"6b0871d13cdeb9852da6d6af","slug":"kommunerne-samler-deres-it-drift","status":"DRAFT",
				 "headline":"Kommunerne samler deres it-drift i fælles datacenter",
				 "lead":"Fem østjyske kommuner vil spare 12 millioner kroner om året.",
				 "body":"<p>Aftalen blev underskrevet i går.</p>","topImage":null,"section":"Offentlig digitalisering",
				 "authors":[],"source":null,"language":"da","tags":[],"publishedAt":null,
				 "createdAt":"2026-11-26T08:40:00.123Z","updatedAt":"2026-11-26T08:40:00.123Z","version":1}
				""";
		assertThat(ContractSchemas.validate("article", draft)).isEmpty();
	}

	@Test
	void anOnlineEventWithoutVenueImageOrDescriptionValidates() {
		ObjectNode event = example(ContractType.EVENT);
		event.putNull("venue");
		event.putNull("image");
		event.putNull("description");
		event.putNull("registrationUrl");
		event.putNull("organiser");
		event.put("eventStatus", "CANCELLED");
		event.put("status", "WITHDRAWN");
		assertThat(ContractSchemas.validate(ContractType.EVENT, event)).isEmpty();
	}

	@Test
	void aRetirementWithoutAgePhotoOrPreviousPositionValidates() {
		ObjectNode notice = example(ContractType.PERSON);
		notice.put("kind", "RETIREMENT");
		notice.put("label", "Pension");
		((ObjectNode) notice.get("person")).putNull("age");
		((ObjectNode) notice.get("person")).putNull("photo");
		notice.putNull("previousPosition");
		notice.putNull("education");
		notice.putNull("earlierExperience");
		notice.set("focusAreas", JSON.createArrayNode());
		notice.set("warnings", JSON.createArrayNode());
		notice.put("announcement",
				"Birgit Mose, 67 år, går pr. 31. december 2026 på pension fra stillingen som it-direktør hos Region Vest.");
		assertThat(ContractSchemas.validate(ContractType.PERSON, notice)).isEmpty();
	}

	@ParameterizedTest
	@EnumSource(ContractType.class)
	void anUnknownPropertyIsAllowedSoAddingAFieldIsNotBreaking(ContractType type) {
		ObjectNode value = example(type);
		value.put("readingTimeMinutes", 4);
		assertThat(ContractSchemas.validate(type, value)).isEmpty();
	}

	@ParameterizedTest
	@EnumSource(ContractType.class)
	void aMissingIdIsRefused(ContractType type) {
		ObjectNode value = example(type);
		value.remove("id");
		assertThat(ContractSchemas.validate(type, value)).singleElement().asString().contains("id");
	}

	@ParameterizedTest
	@EnumSource(ContractType.class)
	void aMissingNullableKeyIsRefused(ContractType type) {
		ObjectNode value = example(type);
		value.remove("publishedAt");
		assertThat(ContractSchemas.validate(type, value)).singleElement().asString().contains("publishedAt");
	}

	@ParameterizedTest
	@EnumSource(ContractType.class)
	void anUnknownStatusIsRefused(ContractType type) {
		ObjectNode value = example(type);
		value.put("status", "ARCHIVED");
		assertThat(ContractSchemas.validate(type, value)).singleElement().asString().startsWith("/status");
	}

	@ParameterizedTest
	@EnumSource(ContractType.class)
	void aBadDateTimeIsRefused(ContractType type) {
		ObjectNode value = example(type);
		value.put("createdAt", "26-11-2026 09:00");
		value.put("updatedAt", "2026-11-26");
		assertThat(ContractSchemas.validate(type, value)).hasSize(2)
			.allSatisfy((message) -> assertThat(message).contains("date-time"));
	}

	@ParameterizedTest
	@EnumSource(ContractType.class)
	void aWrongTypeIsRefused(ContractType type) {
		ObjectNode value = example(type);
		value.put("version", "2");
		value.put("tags", "cloud");
		assertThat(ContractSchemas.validate(type, value)).hasSize(2);
	}

	@Test
	void typicalNestedMistakesAreRefused() {
		ObjectNode article = example(ContractType.ARTICLE);
		((ObjectNode) article.get("topImage")).put("url", "billeder/datacenter.jpg");
		article.put("id", "ABC");
		// a null-or-object (oneOf) reports the branch that failed and the null it is not
		assertThat(ContractSchemas.validate(ContractType.ARTICLE, article))
			.anySatisfy((message) -> assertThat(message).startsWith("/topImage/url"))
			.anySatisfy((message) -> assertThat(message).startsWith("/id"));

		ObjectNode event = example(ContractType.EVENT);
		event.put("eventStatus", "POSTPONED");
		((ObjectNode) event.get("venue")).remove("city");
		assertThat(ContractSchemas.validate(ContractType.EVENT, event))
			.anySatisfy((message) -> assertThat(message).startsWith("/eventStatus"))
			.anySatisfy((message) -> assertThat(message).startsWith("/venue").contains("city"));

		ObjectNode notice = example(ContractType.PERSON);
		notice.put("kind", "FIRED");
		notice.put("effectiveDate", "1. december 2026");
		((ObjectNode) notice.get("person")).put("age", 38.5);
		assertThat(ContractSchemas.validate(ContractType.PERSON, notice)).hasSize(3);
	}

	@Test
	void aTombstoneOrAnUnknownTypeIsNotSomethingToValidate() {
		assertThatIllegalArgumentException().isThrownBy(() -> ContractSchemas.validate("article", null));
		assertThatIllegalArgumentException().isThrownBy(() -> ContractSchemas.validate("notice", "{}"));
	}

	@Test
	void invalidJsonIsReportedNotValid() {
		List<String> messages;
		try {
			messages = ContractSchemas.validate("article", "{\"id\":");
		}
		catch (RuntimeException ex) {
			messages = List.of(ex.getMessage());
		}
		assertThat(messages).isNotEmpty();
	}

	private static ObjectNode example(ContractType type) {
		return (ObjectNode) EventContract.loadSchema(type).get("examples").get(0).deepCopy();
	}

}
