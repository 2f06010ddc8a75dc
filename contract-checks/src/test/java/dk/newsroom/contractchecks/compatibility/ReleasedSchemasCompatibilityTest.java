package dk.newsroom.contractchecks.compatibility;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import dk.newsroom.contracts.ContractType;
import dk.newsroom.contracts.EventContract;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The build-time guard: every released schema (contract-checks/released/, committed when
 * a version ships) must still be served, and the current schema must not break its
 * consumers. A breaking change needs a new major version: a new schema file
 * (type.v2.schema.json) for a new topic.
 */
class ReleasedSchemasCompatibilityTest {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	static Path releasedDirectory() {
		return Path.of(System.getProperty("basedir", "."), "released");
	}

	static Stream<Path> releasedSchemas() throws IOException {
		try (Stream<Path> files = Files.list(releasedDirectory())) {
			List<Path> schemas = files.filter((file) -> file.getFileName().toString().endsWith(".schema.json"))
				.sorted()
				.toList();
			assertThat(schemas).as("released schemas in " + releasedDirectory()).isNotEmpty();
			return schemas.stream();
		}
	}

	@ParameterizedTest
	@MethodSource("releasedSchemas")
	void theCurrentSchemaDoesNotBreakConsumersOfTheReleasedOne(Path releasedFile) throws IOException {
		JsonNode released = JSON.readTree(Files.readString(releasedFile));
		String resource = EventContract.RESOURCE_DIRECTORY + releasedFile.getFileName();
		JsonNode current = JSON.readTree(EventContract.resourceText(resource));
		CompatibilityReport report = SchemaCompatibility.check(released, current);
		assertThat(report.passes()).as(report.describe()).isTrue();
		if (!released.equals(current)) {
			System.out.println("Note: " + resource + " differs compatibly from its released copy; copy it to "
					+ releasedFile + " when this version ships.");
		}
	}

	@Test
	void everyCurrentSchemaHasAReleasedCopy() {
		for (ContractType type : ContractType.values()) {
			assertThat(releasedDirectory().resolve(type.schemaFile()))
				.as("copy %s to contract-checks/released/ to release it", type.schemaResource())
				.isRegularFile();
		}
	}

}
