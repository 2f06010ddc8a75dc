package dk.newsroom.gateway.reader.site;

import tools.jackson.databind.json.JsonMapper;

/**
 * A page's schema.org description as JSON-LD, written into a
 * {@code <script type="application/ld+json">} data block (not executed, so the site's
 * Content-Security-Policy does not apply to it).
 */
public final class JsonLd {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private JsonLd() {
	}

	/**
	 * The JSON of {@code value}, safe inside a script element: every {@code <} is written
	 * as {@code \u003c}, so no text in it can close the element or open a comment.
	 */
	public static String script(Object value) {
		return JSON.writeValueAsString(value).replace("<", "\\u003c");
	}

}
