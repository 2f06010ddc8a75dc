package dk.newsroom.contracts;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * What the event contract fixes (docs/design.md §4, docs/events.md), as constants that
 * tests compare with what is actually produced, and the documents that describe it.
 */
public final class EventContract {

	/** Where the documents are on the class path. */
	public static final String RESOURCE_DIRECTORY = "META-INF/resources/contracts/";

	/** Where a WebFlux app with this jar on its class path serves them. */
	public static final String SERVED_PATH = "/contracts/";

	/** The base of the schemas' {@code $id}s; mapped to the class path, never fetched. */
	public static final String SCHEMA_BASE_URI = "https://newsroom.dk/contracts/";

	/** The AsyncAPI 3.0 document of the topics. */
	public static final String ASYNCAPI_FILE = "asyncapi.yaml";

	/** The class-path resource of the AsyncAPI document. */
	public static final String ASYNCAPI_RESOURCE = RESOURCE_DIRECTORY + ASYNCAPI_FILE;

	/** The topics, one per content type. */
	public static final List<String> TOPICS = Arrays.stream(ContractType.values()).map(ContractType::topic).toList();

	/** The CloudEvents spec version of every record. */
	public static final String SPEC_VERSION = "1.0";

	/** The {@code content-type} header of every record, tombstones included. */
	public static final String CONTENT_TYPE = "application/json";

	/** The extension that carries the resource's version ({@code ce_entityversion}). */
	public static final String ENTITY_VERSION_EXTENSION = "entityversion";

	/**
	 * Every header of every record, tombstones included, in order (CloudEvents 1.0, Kafka
	 * binary content mode). No more, no fewer, apart from {@link #TRACING_HEADER_NAMES}.
	 */
	public static final Set<String> HEADER_NAMES = unmodifiable("ce_specversion", "ce_id", "ce_source", "ce_type",
			"ce_time", "ce_subject", "ce_entityversion", "content-type");

	/**
	 * W3C trace context headers that may travel with a record; not part of the contract,
	 * consumers ignore them.
	 */
	public static final Set<String> TRACING_HEADER_NAMES = unmodifiable("traceparent", "tracestate");

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private EventContract() {
	}

	/** The schema of a record value of the type, as read from the class path. */
	public static JsonNode loadSchema(ContractType type) {
		return JSON.readTree(resourceText(type.schemaResource()));
	}

	/**
	 * @param type {@code article}, {@code event} or {@code person}
	 */
	public static JsonNode loadSchema(String type) {
		return loadSchema(ContractType.of(type));
	}

	/** The text of the schema file, as served. */
	public static String schemaText(ContractType type) {
		return resourceText(type.schemaResource());
	}

	/** The text of the AsyncAPI document, as served. */
	public static String asyncApiText() {
		return resourceText(ASYNCAPI_RESOURCE);
	}

	/**
	 * A contract document from the class path, as UTF-8 text.
	 * @throws IllegalStateException when it is missing
	 */
	public static String resourceText(String resource) {
		ClassLoader loader = EventContract.class.getClassLoader();
		try (InputStream in = loader.getResourceAsStream(resource)) {
			if (in == null) {
				throw new IllegalStateException("No contract resource " + resource + " on the class path");
			}
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static Set<String> unmodifiable(String... names) {
		return java.util.Collections.unmodifiableSet(new LinkedHashSet<>(Arrays.asList(names)));
	}

}
