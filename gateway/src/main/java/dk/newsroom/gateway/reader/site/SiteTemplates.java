package dk.newsroom.gateway.reader.site;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;

import com.samskivert.mustache.Mustache;
import com.samskivert.mustache.MustacheException;
import com.samskivert.mustache.Template;

import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * The reader site's Mustache templates ({@code classpath:templates/**}), read and
 * compiled once at start; partials ({@code {{> site/head}}}) come from the same texts in
 * memory. Rendering a page is CPU only, no file I/O, so it may run on an event loop.
 * Boot's reactive {@code MustacheView} reads and compiles its template on every render.
 * <p>
 * {@link #version()} is a digest of every template's text: a page's validator includes
 * it, so a new release with other templates never answers 304 for an old page.
 */
public final class SiteTemplates {

	static final String LOCATION = "classpath*:templates/**/*.mustache";

	private final Map<String, Template> templates = new HashMap<>();

	private final String version;

	/** Reads the templates from the class path. */
	public SiteTemplates() {
		this(readAll());
	}

	/**
	 * @param sources the templates' text by name (the path below {@code templates/}
	 * without {@code .mustache}, e.g. {@code site/head})
	 */
	public SiteTemplates(Map<String, String> sources) {
		Map<String, String> sorted = new TreeMap<>(sources);
		// A null value shows as nothing; a name the model lacks is an error.
		Mustache.Compiler compiler = Mustache.compiler().nullValue("").withLoader((name) -> {
			String text = sorted.get(name);
			if (text == null) {
				throw new MustacheException("No template named " + name);
			}
			return new StringReader(text);
		});
		MessageDigest digest = Digests.sha256();
		sorted.forEach((name, text) -> {
			this.templates.put(name, compiler.compile(text));
			digest.update(name.getBytes(StandardCharsets.UTF_8));
			digest.update(text.getBytes(StandardCharsets.UTF_8));
		});
		this.version = Base64.getUrlEncoder().withoutPadding().encodeToString(digest.digest()).substring(0, 12);
	}

	/** A digest of every template's name and text. */
	public String version() {
		return this.version;
	}

	/**
	 * Renders one template.
	 * @param name e.g. {@code article}
	 * @param model the values the template shows (escaped by the template engine unless
	 * the template says otherwise)
	 * @return the page as UTF-8
	 */
	public byte[] render(String name, Object model) {
		Template template = this.templates.get(name);
		if (template == null) {
			throw new IllegalArgumentException("No template named " + name);
		}
		StringWriter html = new StringWriter(16 * 1024);
		template.execute(model, html);
		return html.toString().getBytes(StandardCharsets.UTF_8);
	}

	private static Map<String, String> readAll() {
		Map<String, String> sources = new HashMap<>();
		try {
			for (Resource resource : new PathMatchingResourcePatternResolver().getResources(LOCATION)) {
				String url = resource.getURL().toString();
				String name = url.substring(url.lastIndexOf("/templates/") + "/templates/".length(),
						url.length() - ".mustache".length());
				try (InputStream in = resource.getInputStream()) {
					sources.put(name, new String(in.readAllBytes(), StandardCharsets.UTF_8));
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not read the reader site's templates " + LOCATION, ex);
		}
		return sources;
	}

}
