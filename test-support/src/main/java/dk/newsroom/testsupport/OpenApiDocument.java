package dk.newsroom.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A service's committed OpenAPI document ({@code docs/openapi/<name>.json}) as a test of
 * its generated client reads it: which status codes each operation documents, so an
 * answer the document does not list fails the test that received it.
 */
public final class OpenApiDocument {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final String name;

	private final JsonNode document;

	private OpenApiDocument(String name, JsonNode document) {
		this.name = name;
		this.document = document;
	}

	/**
	 * Reads {@code docs/openapi/<name>.json} from the repository (the tests run in their
	 * module's directory, one below the root).
	 */
	public static OpenApiDocument committed(String name) {
		Path path = Path.of("..", "docs", "openapi", name + ".json");
		try {
			return new OpenApiDocument(name, JSON.readTree(Files.readAllBytes(path)));
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not read " + path.toAbsolutePath(), ex);
		}
	}

	/** The status codes the operation with this id documents. */
	public List<Integer> statuses(String operationId) {
		for (Map.Entry<String, JsonNode> path : this.document.path("paths").properties()) {
			for (Map.Entry<String, JsonNode> operation : path.getValue().properties()) {
				if (operationId.equals(operation.getValue().path("operationId").asString(null))) {
					List<Integer> statuses = new ArrayList<>();
					operation.getValue().path("responses").propertyNames().forEach((code) -> {
						if (code.matches("\\d{3}")) {
							statuses.add(Integer.parseInt(code));
						}
					});
					return statuses;
				}
			}
		}
		throw new AssertionError("The " + this.name + " document has no operation " + operationId);
	}

	/** Fails unless the operation documents this status code. */
	public void assertDocumented(String operationId, int status) {
		assertThat(statuses(operationId))
			.as("the status codes the %s document gives %s; the service answered %d", this.name, operationId, status)
			.contains(status);
	}

}
