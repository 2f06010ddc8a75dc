package dk.newsroom.deployment;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The properties an app declares in its {@code @ConfigurationProperties} records (read
 * from the source tree, like its application.yml), with their {@code @DefaultValue}s: a
 * variable such as {@code NEWSROOM_OUTBOX_PARTITIONS} binds although no application.yml
 * mentions {@code newsroom.outbox.partitions}, and the deployment checks need the
 * defaults a manifest relies on (the outbox's shutdown timeout, the stream's heartbeat).
 * A content service's configuration includes the platform's records, as its
 * application.yml includes the platform's defaults.
 */
final class DeclaredProperties {

	private static final Pattern PREFIX = Pattern
		.compile("@ConfigurationProperties\\(\\s*(?:prefix\\s*=\\s*)?\"([^\"]+)\"");

	private static final Pattern RECORD = Pattern.compile("\\brecord\\s+([A-Z][A-Za-z0-9]*)\\s*\\(");

	private static final Pattern SCALAR = Pattern.compile(
			"(?:int|long|short|boolean|double|float|Integer|Long|Short|Boolean|Double|Float|String|Duration|DataSize|URI|Path|Pattern|Charset)");

	private static final Map<String, Map<String, Property>> CACHE = new ConcurrentHashMap<>();

	/**
	 * A declared property: its default as written in {@code @DefaultValue} (null: none),
	 * and whether it holds more below it (a map, a list or a record of its own).
	 */
	record Property(String name, String defaultValue, boolean container) {
	}

	private DeclaredProperties() {
	}

	/** The source folders whose records configure an app. */
	static List<Path> sources(String app) {
		List<Path> roots = new ArrayList<>();
		roots.add(Deployment.REPO.resolve(app).resolve("src/main/java"));
		if (Deployment.SERVICES.contains(app)) {
			roots.add(Deployment.REPO.resolve("platform/src/main/java"));
		}
		return roots;
	}

	/** Every property the app's configuration records declare, by dotted name. */
	static Map<String, Property> of(String app) {
		return CACHE.computeIfAbsent(app, (name) -> {
			Map<String, Property> result = new LinkedHashMap<>();
			for (Path root : sources(name)) {
				try (Stream<Path> files = Files.walk(root)) {
					for (Path file : files.filter((path) -> path.toString().endsWith(".java")).toList()) {
						parse(Files.readString(file), result);
					}
				}
				catch (IOException ex) {
					throw new UncheckedIOException(ex);
				}
			}
			return result;
		});
	}

	/** A declared property's default ({@code @DefaultValue}), or null. */
	static String defaultValue(String app, String property) {
		Property declared = of(app).get(property);
		return (declared != null) ? declared.defaultValue() : null;
	}

	/**
	 * The declared property an environment variable binds (Boot's relaxed binding:
	 * {@link Deployment#environmentNames}), or null: exactly a property's name, or below
	 * a map, list or record property.
	 */
	static String binding(String variable, String app) {
		String below = null;
		for (Property property : of(app).values()) {
			for (String name : Deployment.environmentNames(property.name())) {
				if (variable.equals(name)) {
					return property.name();
				}
				if (property.container() && variable.startsWith(name + "_")
						&& (below == null || property.name().length() > below.length())) {
					below = property.name();
				}
			}
		}
		return below;
	}

	static void parse(String source, Map<String, Property> result) {
		Matcher prefix = PREFIX.matcher(source);
		while (prefix.find()) {
			Matcher record = RECORD.matcher(source);
			if (record.find(prefix.end())) {
				collect(source, prefix.group(1), record.end(), result, 0);
			}
		}
	}

	private static void collect(String source, String prefix, int open, Map<String, Property> result, int depth) {
		for (String component : components(source, open)) {
			String defaultValue = null;
			String rest = component.strip();
			while (rest.startsWith("@")) {
				Matcher name = Pattern.compile("@([A-Za-z0-9_.]+)\\s*").matcher(rest);
				name.lookingAt();
				int end = name.end();
				String arguments = null;
				if (end < rest.length() && rest.charAt(end) == '(') {
					int close = closing(rest, end);
					arguments = rest.substring(end + 1, close);
					end = close + 1;
				}
				if (name.group(1).endsWith("DefaultValue")) {
					defaultValue = (arguments != null) ? literal(arguments) : "";
				}
				rest = rest.substring(end).strip();
			}
			int space = rest.lastIndexOf(' ');
			if (space < 0) {
				continue;
			}
			String type = rest.substring(0, space).replace("final ", "").strip();
			String property = prefix + "." + kebab(rest.substring(space + 1).strip());
			boolean scalar = SCALAR.matcher(type).matches() || type.endsWith("[]") && !type.startsWith("List");
			result.put(property, new Property(property, defaultValue, !scalar));
			Matcher nested = Pattern.compile("\\brecord\\s+" + Pattern.quote(type) + "\\s*\\(").matcher(source);
			if (!scalar && depth < 3 && nested.find()) {
				collect(source, property, nested.end(), result, depth + 1);
			}
		}
	}

	/** The text of {@code @DefaultValue}'s argument: one string, or a list of them. */
	private static String literal(String arguments) {
		List<String> values = new ArrayList<>();
		Matcher string = Pattern.compile("\"((?:\\\\.|[^\"\\\\])*)\"").matcher(arguments);
		while (string.find()) {
			values.add(string.group(1));
		}
		return String.join(",", values);
	}

	/** The record's components: split at the commas at the top level of its list. */
	private static List<String> components(String source, int open) {
		List<String> parts = new ArrayList<>();
		int depth = 0;
		int start = open;
		for (int i = open; i < source.length(); i++) {
			char c = source.charAt(i);
			if (c == '"') {
				i = source.indexOf('"', i + 1);
				while (source.charAt(i - 1) == '\\') {
					i = source.indexOf('"', i + 1);
				}
			}
			else if (c == '(' || c == '{' || c == '<') {
				depth++;
			}
			else if ((c == ')' || c == '}' || c == '>') && depth > 0) {
				depth--;
			}
			else if (c == ')' && depth == 0) {
				parts.add(source.substring(start, i));
				return parts.stream().filter((part) -> !part.isBlank()).toList();
			}
			else if (c == ',' && depth == 0) {
				parts.add(source.substring(start, i));
				start = i + 1;
			}
		}
		throw new IllegalStateException("unterminated record components");
	}

	private static int closing(String text, int open) {
		int depth = 0;
		for (int i = open; i < text.length(); i++) {
			char c = text.charAt(i);
			if (c == '"') {
				i = text.indexOf('"', i + 1);
			}
			else if (c == '(') {
				depth++;
			}
			else if (c == ')' && --depth == 0) {
				return i;
			}
		}
		throw new IllegalStateException("unbalanced annotation arguments in " + text);
	}

	static String kebab(String camel) {
		return camel.replaceAll("([a-z0-9])([A-Z])", "$1-$2").toLowerCase(Locale.ROOT);
	}

}
