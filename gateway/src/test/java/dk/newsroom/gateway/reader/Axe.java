package dk.newsroom.gateway.reader;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * axe-core's accessibility checks, run in the page a {@link Chromium} shows. axe-core is
 * the npm package pinned in {@code gateway/src/test/a11y/package-lock.json}, installed by
 * {@code npm ci --prefix gateway/src/test/a11y} ({@code .ci/run} does). Where it is not
 * installed the test is skipped with a message, or fails when the environment variable
 * {@code CI} is set.
 * <p>
 * {@link #run(Chromium)} uses axe's default rule set (WCAG 2.0, 2.1 and 2.2 A and AA and
 * axe's best practices) and returns the violations; {@link #seriousOrCritical} and
 * {@link #describe} make an assertion of them readable.
 */
final class Axe {

	/**
	 * axe-core's browser build, relative to the gateway module (Surefire's directory).
	 */
	static final Path SCRIPT = Path.of("src", "test", "a11y", "node_modules", "axe-core", "axe.min.js");

	static final Set<String> SERIOUS_OR_CRITICAL = Set.of("serious", "critical");

	private static final JsonMapper JSON = JsonMapper.builder()
		.disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
		.build();

	// Runs axe in the page and hands back the violations as JSON text: what Selenium
	// would make of axe's objects (nested maps and lists of mixed types) is clumsier.
	private static final String RUN = """
			var done = arguments[arguments.length - 1];
			axe.run(document, { resultTypes: ['violations'] }).then(function (results) {
				done(JSON.stringify(results.violations.map(function (v) {
					return { id: v.id, impact: v.impact, help: v.help, helpUrl: v.helpUrl, tags: v.tags,
						nodes: v.nodes.map(function (n) {
							return { target: n.target.map(String), html: n.html, failureSummary: n.failureSummary };
						}) };
				})));
			}, function (error) {
				done(JSON.stringify({ error: String(error && error.stack || error) }));
			});
			""";

	private static String source;

	private Axe() {
	}

	/**
	 * Injects axe-core into the page Chromium shows (once per page) and runs its default
	 * rules on the whole document.
	 */
	static List<Violation> run(Chromium chromium) {
		if (!Boolean.TRUE.equals(chromium.js("return typeof window.axe === 'object';"))) {
			chromium.js(source());
		}
		String json = (String) chromium.asyncJs(RUN);
		if (json.startsWith("{")) {
			throw new IllegalStateException("axe.run failed: " + json);
		}
		return JSON.readValue(json, new TypeReference<List<Violation>>() {
		});
	}

	/**
	 * The violations that keep a reader from the content, or nearly: none are allowed.
	 */
	static List<Violation> seriousOrCritical(List<Violation> violations) {
		return violations.stream().filter((v) -> SERIOUS_OR_CRITICAL.contains(v.impact())).toList();
	}

	/** The violations as lines for an assertion's message: rule, impact, help, where. */
	static String describe(List<Violation> violations) {
		return violations.stream().map(Violation::toString).collect(Collectors.joining("\n", "\n", "\n"));
	}

	/** axe-core's browser build, read once; skips (fails on CI) where not installed. */
	static synchronized String source() {
		if (source == null) {
			Path script = SCRIPT;
			if (!Files.isReadable(script) && Files.isReadable(Path.of("gateway").resolve(SCRIPT))) {
				// Run from the repository's root (an IDE), not the module's.
				script = Path.of("gateway").resolve(SCRIPT);
			}
			Chromium.require(Files.isReadable(script),
					"the accessibility checks need axe-core, which is not installed at " + script.toAbsolutePath()
							+ " (npm ci --prefix gateway/src/test/a11y; .ci/run does)");
			try {
				source = Files.readString(script, StandardCharsets.UTF_8);
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}
		return source;
	}

	/** One rule the page breaks, and the elements breaking it. */
	record Violation(String id, String impact, String help, String helpUrl, List<String> tags, List<Node> nodes) {

		/** How many of the elements {@link #toString()} names. */
		static final int SHOWN = 5;

		@Override
		public String toString() {
			StringBuilder text = new StringBuilder();
			text.append("- ")
				.append(this.id)
				.append(" (")
				.append(this.impact)
				.append("): ")
				.append(this.help)
				.append(" <")
				.append(this.helpUrl)
				.append(">, ")
				.append(this.nodes.size())
				.append(this.nodes.size() == 1 ? " element" : " elements");
			this.nodes.stream().limit(SHOWN).forEach((node) -> text.append("\n    ").append(node));
			if (this.nodes.size() > SHOWN) {
				text.append("\n    ... and ").append(this.nodes.size() - SHOWN).append(" more");
			}
			return text.toString();
		}

	}

	/** An element breaking a rule: its CSS selector path and what axe says to fix. */
	record Node(List<String> target, String html, String failureSummary) {

		@Override
		public String toString() {
			String summary = (this.failureSummary != null) ? this.failureSummary.replaceAll("\\s*\n\\s*", " ") : "";
			return String.join(" ", this.target) + ": " + summary;
		}

	}

}
