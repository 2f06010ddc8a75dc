package dk.newsroom.localstack.demo;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import tools.jackson.core.JacksonException;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads the demo content from the classpath: {@code demo/index.txt} lists the files in
 * the order they are loaded, one {@code <collection>/<name>.json} a line.
 */
public final class DemoCatalog {

	static final String ROOT = "demo/";

	static final String INDEX = ROOT + "index.txt";

	private static final Set<String> FIELDS = Set.of("publishOffset", "content");

	static final JsonMapper JSON = JsonMapper.builder().enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build();

	private DemoCatalog() {
	}

	public static List<DemoItem> load() {
		ClassLoader loader = DemoCatalog.class.getClassLoader();
		List<DemoItem> items = new ArrayList<>();
		for (String path : index(read(loader, INDEX))) {
			items.add(parse(path, read(loader, ROOT + path)));
		}
		return List.copyOf(items);
	}

	/** The paths an index lists; blank lines and {@code #} comments are skipped. */
	static List<String> index(String text) {
		return text.lines().map(String::strip).filter((line) -> !line.isEmpty() && !line.startsWith("#")).toList();
	}

	/**
	 * @param path the file's path under {@code demo/}, e.g. {@code articles/01-foo.json}
	 * @param json its content
	 */
	static DemoItem parse(String path, String json) {
		int slash = path.indexOf('/');
		if (slash <= 0 || !path.endsWith(".json")) {
			throw invalid(path, "must be named <collection>/<name>.json");
		}
		JsonNode root;
		try {
			root = JSON.readTree(json);
		}
		catch (JacksonException ex) {
			throw invalid(path, "is not valid JSON: " + ex.getOriginalMessage());
		}
		if (root == null || !root.isObject() || !FIELDS.containsAll(root.propertyNames())) {
			throw invalid(path, "must be an object with exactly the fields " + FIELDS);
		}
		JsonNode content = root.path("content");
		if (!content.isObject()) {
			throw invalid(path, "needs a 'content' object: the body of the create request");
		}
		return new DemoItem(path.substring(0, slash), path.substring(slash + 1, path.length() - ".json".length()),
				content, offset(path, root.path("publishOffset")));
	}

	private static Duration offset(String path, JsonNode value) {
		if (!value.isString()) {
			throw invalid(path, "needs 'publishOffset', an ISO-8601 duration such as -PT5H or -P2DT3H");
		}
		try {
			return Duration.parse(value.stringValue());
		}
		catch (DateTimeParseException ex) {
			throw invalid(path, "has a 'publishOffset' that is not an ISO-8601 duration: " + value.stringValue());
		}
	}

	private static String read(ClassLoader loader, String resource) {
		try (InputStream in = loader.getResourceAsStream(resource)) {
			if (in == null) {
				throw new IllegalStateException("Demo content " + resource + " is missing from the classpath");
			}
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read demo content " + resource, ex);
		}
	}

	private static IllegalStateException invalid(String path, String problem) {
		return new IllegalStateException("Demo content " + ROOT + path + " " + problem);
	}

}
