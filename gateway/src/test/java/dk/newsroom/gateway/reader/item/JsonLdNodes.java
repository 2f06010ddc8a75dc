package dk.newsroom.gateway.reader.item;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;

import com.github.jsonldjava.core.DocumentLoader;
import com.github.jsonldjava.core.JsonLdOptions;
import com.github.jsonldjava.core.JsonLdProcessor;
import com.github.jsonldjava.utils.JsonUtils;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A page's JSON-LD as a JSON-LD processor reads it (jsonld-java's expansion): every term
 * becomes the full schema.org IRI, so a misspelt property or a malformed document fails.
 * The schema.org context is given as its vocabulary (no network here).
 */
final class JsonLdNodes {

	static final String SCHEMA = "https://schema.org/";

	private JsonLdNodes() {
	}

	/** The one node the document describes, expanded. */
	@SuppressWarnings("unchecked")
	static Map<String, Object> expand(String json) {
		try {
			JsonLdOptions options = new JsonLdOptions();
			DocumentLoader loader = new DocumentLoader();
			String context = "{\"@context\": {\"@vocab\": \"" + SCHEMA + "\"}}";
			loader.addInjectedDoc("https://schema.org", context);
			loader.addInjectedDoc("https://schema.org/", context);
			options.setDocumentLoader(loader);
			List<Object> expanded = JsonLdProcessor.expand(JsonUtils.fromString(json), options);
			assertThat(expanded).as("JSON-LD nodes").hasSize(1);
			return (Map<String, Object>) expanded.get(0);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (com.github.jsonldjava.core.JsonLdError ex) {
			throw new AssertionError("Not valid JSON-LD: " + ex.getMessage() + "\n" + json, ex);
		}
	}

	/** The node's types, as IRIs. */
	@SuppressWarnings("unchecked")
	static List<String> types(Map<String, Object> node) {
		return (List<String>) node.get("@type");
	}

	/** The values of a schema.org property (literals as their value, nodes as maps). */
	@SuppressWarnings("unchecked")
	static List<Object> values(Map<String, Object> node, String property) {
		List<Object> values = (List<Object>) node.get(SCHEMA + property);
		assertThat(values).as("schema.org property %s of %s", property, node.get("@type")).isNotNull().isNotEmpty();
		return values.stream().map((value) -> {
			Map<String, Object> map = (Map<String, Object>) value;
			return map.containsKey("@value") ? map.get("@value") : map;
		}).toList();
	}

	static Object value(Map<String, Object> node, String property) {
		return values(node, property).get(0);
	}

	@SuppressWarnings("unchecked")
	static Map<String, Object> node(Map<String, Object> node, String property) {
		return (Map<String, Object>) value(node, property);
	}

}
