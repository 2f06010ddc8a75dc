package dk.newsroom.gateway.reader;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import com.samskivert.mustache.Mustache;
import com.samskivert.mustache.Template;

import org.springframework.core.io.Resource;
import org.springframework.core.io.ResourceLoader;
import org.springframework.stereotype.Component;

/**
 * The reader page's template, read and compiled once at start. Boot's reactive
 * {@code MustacheView} reads and compiles its template on every render, which is file I/O
 * on the event loop for every page view; executing a compiled template is not.
 */
@Component
class ReaderPage {

	static final String TEMPLATE = "classpath:templates/reader.mustache";

	private final Template template;

	ReaderPage(Mustache.Compiler compiler, ResourceLoader resources) {
		Resource resource = resources.getResource(TEMPLATE);
		try (Reader reader = new InputStreamReader(resource.getInputStream(), StandardCharsets.UTF_8)) {
			this.template = compiler.compile(reader);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not read the reader page's template " + TEMPLATE, ex);
		}
	}

	/** The page's HTML for {@code model}; in memory, no I/O. */
	String render(Map<String, Object> model) {
		StringWriter html = new StringWriter(16 * 1024);
		this.template.execute(model, html);
		return html.toString();
	}

}
