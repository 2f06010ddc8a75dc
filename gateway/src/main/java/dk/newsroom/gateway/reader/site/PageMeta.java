package dk.newsroom.gateway.reader.site;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * What a page's {@code <head>} says about it to browsers, sharing previews and search
 * engines ({@code templates/site/head.mustache}): title, description, canonical URL, Open
 * Graph and Twitter card tags, and its schema.org JSON-LD.
 *
 * @param title the document title
 * @param description one or two sentences, plain text
 * @param canonical the page's absolute canonical URL; {@code null} for an error page
 * @param ogType {@code article} or {@code website}
 * @param image an absolute image URL, if any
 * @param imageAlt the image's text alternative
 * @param publishedIso when an article was published (ISO 8601), if it is one
 * @param modifiedIso when it was last edited (ISO 8601), if it is an article
 * @param section the article's section, if any
 * @param tags the article's tags
 * @param jsonLd the page's JSON-LD, already safe inside a script element
 * ({@link JsonLd#script})
 * @param index whether search engines may index the page
 * @param baseUrl the site's scheme, host and port
 */
public record PageMeta(String title, String description, @Nullable String canonical, String ogType,
		@Nullable String image, @Nullable String imageAlt, @Nullable String publishedIso, @Nullable String modifiedIso,
		@Nullable String section, List<String> tags, @Nullable String jsonLd, boolean index, String baseUrl) {

	public static final String SITE_NAME = "Newsroom";

	/** A page with no image, no article details and no JSON-LD. */
	public static PageMeta plain(String title, String description, @Nullable String canonical, String baseUrl) {
		return new PageMeta(title, description, canonical, "website", null, null, null, null, null, List.of(), null,
				canonical != null, baseUrl);
	}

	/** {@code summary_large_image} with a picture, else {@code summary}. */
	public String twitterCard() {
		return (this.image != null) ? "summary_large_image" : "summary";
	}

	public String siteName() {
		return SITE_NAME;
	}

}
