package dk.newsroom.contractchecks;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import dk.newsroom.contracts.ContractType;
import dk.newsroom.contracts.EventContract;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.dialect.Dialect;
import com.networknt.schema.dialect.Dialects;
import com.networknt.schema.keyword.AnnotationKeyword;
import tools.jackson.databind.JsonNode;

/**
 * Validates record values against the contract's JSON Schemas (draft 2020-12, format
 * assertions on, so {@code date-time}, {@code date} and {@code uri} are checked). The
 * schemas come from the class path: their {@code $id}s (https://newsroom.dk/contracts/…)
 * and the 2020-12 meta-schema are mapped to class-path resources, so nothing is fetched
 * over the network. Thread-safe.
 */
public final class ContractSchemas {

	/** The 2020-12 meta-schema, bundled with the validator. */
	public static final String META_SCHEMA_ID = "https://json-schema.org/draft/2020-12/schema";

	/**
	 * Marks an enum to which values may be added within a major version; an annotation,
	 * no assertion.
	 */
	public static final String EXTENSIBLE_ENUM_KEYWORD = "x-extensible-enum";

	private static final Dialect DIALECT = Dialect.builder(Dialects.getDraft202012())
		.keyword(new AnnotationKeyword(EXTENSIBLE_ENUM_KEYWORD))
		.build();

	private static final SchemaRegistry REGISTRY = SchemaRegistry.withDefaultDialect(DIALECT,
			(builder) -> builder
				.schemaRegistryConfig(SchemaRegistryConfig.builder().formatAssertionsEnabled(true).build())
				.schemaIdResolvers((resolvers) -> resolvers.mapPrefix(EventContract.SCHEMA_BASE_URI,
						"classpath:" + EventContract.RESOURCE_DIRECTORY)));

	private static final Map<ContractType, Schema> SCHEMAS = new EnumMap<>(ContractType.class);

	private ContractSchemas() {
	}

	/**
	 * Validates a record value.
	 * @param type {@code article}, {@code event} or {@code person}
	 * @param json the record value (UTF-8 JSON text); not null: a tombstone has no value
	 * to validate
	 * @return one message per violation, each naming the instance location (e.g.
	 * {@code /status: does not have a value in the enumeration [...]}); empty when valid
	 */
	public static List<String> validate(String type, String json) {
		return validate(ContractType.of(type), json);
	}

	/** As {@link #validate(String, String)}. */
	public static List<String> validate(ContractType type, String json) {
		if (json == null) {
			throw new IllegalArgumentException("A tombstone (null value) has no value to validate");
		}
		return messages(schema(type).validate(json, InputFormat.JSON));
	}

	/** As {@link #validate(String, String)}, for a parsed value. */
	public static List<String> validate(ContractType type, JsonNode value) {
		return messages(schema(type).validate(value));
	}

	/**
	 * Validates a schema document against the JSON Schema 2020-12 meta-schema.
	 * @return the violations; empty when the schema is a valid 2020-12 schema
	 */
	public static List<String> validateAgainstMetaSchema(JsonNode schema) {
		return messages(metaSchema().validate(schema));
	}

	/** The compiled schema of a content type, loaded by its {@code $id}. */
	public static synchronized Schema schema(ContractType type) {
		return SCHEMAS.computeIfAbsent(type, (key) -> {
			Schema schema = REGISTRY.getSchema(SchemaLocation.of(key.schemaId()));
			schema.initializeValidators();
			return schema;
		});
	}

	private static Schema metaSchema() {
		return REGISTRY.getSchema(SchemaLocation.of(META_SCHEMA_ID));
	}

	private static List<String> messages(List<Error> errors) {
		return errors.stream().map(Error::toString).toList();
	}

}
