package dk.newsroom.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import tools.jackson.core.util.DefaultIndenter;
import tools.jackson.core.util.DefaultPrettyPrinter;
import tools.jackson.core.util.Separators;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The OpenAPI document a module serves, kept in step with its committed copy under
 * {@code docs/openapi/<name>.json} (the file a client generator and the CI lint read).
 * <p>
 * {@link #check} writes the served document, with its keys sorted and pretty-printed so
 * the file is the same on every run, to {@code <module>/target/openapi/<name>.json} and
 * compares it with the committed copy. With {@code -D}{@value #UPDATE_PROPERTY}
 * {@code =true} it rewrites the committed copy instead.
 */
public final class OpenApiSnapshot {

	/** The system property that refreshes the committed copies. */
	public static final String UPDATE_PROPERTY = "openapi.update";

	private static final JsonMapper json = JsonMapper.builder().build();

	private static final DefaultIndenter indenter = new DefaultIndenter("  ", "\n");

	private static final DefaultPrettyPrinter printer = new DefaultPrettyPrinter(Separators.createDefaultInstance()
		.withObjectNameValueSpacing(Separators.Spacing.AFTER)
		.withObjectEmptySeparator("")
		.withArrayEmptySeparator("")).withObjectIndenter(indenter).withArrayIndenter(indenter);

	private OpenApiSnapshot() {
	}

	/**
	 * Writes the served document to {@code target/openapi/<name>.json} and asserts that
	 * the committed {@code docs/openapi/<name>.json} is the same (or rewrites it with
	 * {@code -Dopenapi.update=true}).
	 * @param name the document's name: {@code articles}, {@code events}, {@code people},
	 * {@code gateway}
	 * @param served the document as the module served it
	 * @param module the module's Maven artifact directory name, for the refresh command
	 * @param test the test class that checks it, for the refresh command
	 */
	public static void check(String name, byte[] served, String module, Class<?> test) {
		String document = normalise(served);
		Path target = Path.of("target", "openapi", name + ".json");
		Path committed = repositoryRoot().resolve(Path.of("docs", "openapi", name + ".json"));
		write(target, document);
		if (Boolean.getBoolean(UPDATE_PROPERTY)) {
			write(committed, document);
			return;
		}
		String current = Files.exists(committed) ? read(committed) : "";
		assertThat(current).as("""
				The %s OpenAPI document this build serves (%s) differs from the committed docs/openapi/%s.json.
				If the change is intended, refresh the committed copy and commit it:
				  ./mvnw -pl %s -am test -Dtest=%s -Dsurefire.failIfNoSpecifiedTests=false -D%s=true
				""", name, target.toAbsolutePath(), name, module, test.getSimpleName(), UPDATE_PROPERTY)
			.isEqualTo(document);
	}

	/**
	 * The document with its keys sorted, two-space indented, ending with a line break.
	 */
	static String normalise(byte[] document) {
		Object tree = sorted(json.readValue(document, Object.class));
		return json.writer().with(printer).writeValueAsString(tree) + "\n";
	}

	private static Object sorted(Object value) {
		if (value instanceof Map<?, ?> map) {
			Map<String, Object> sorted = new TreeMap<>();
			map.forEach((key, member) -> sorted.put(String.valueOf(key), sorted(member)));
			return sorted;
		}
		if (value instanceof List<?> list) {
			List<Object> items = new ArrayList<>(list.size());
			list.forEach((item) -> items.add(sorted(item)));
			return items;
		}
		return value;
	}

	/** The directory with {@code mvnw}: the module's parent when Maven runs the test. */
	private static Path repositoryRoot() {
		for (Path directory = Path.of("").toAbsolutePath(); directory != null; directory = directory.getParent()) {
			if (Files.exists(directory.resolve("mvnw")) && Files.isDirectory(directory.resolve("docs"))) {
				return directory;
			}
		}
		throw new IllegalStateException("No repository root (a directory with mvnw and docs/) above "
				+ Path.of("").toAbsolutePath() + "; run the test from its module's directory");
	}

	private static String read(Path file) {
		try {
			return Files.readString(file, StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static void write(Path file, String content) {
		try {
			Files.createDirectories(file.toAbsolutePath().getParent());
			Files.writeString(file, content, StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
