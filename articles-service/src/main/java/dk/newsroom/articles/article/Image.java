package dk.newsroom.articles.article;

import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.media.Schema.RequiredMode;

/**
 * A picture with its caption and credit, e.g. the article's top image.
 *
 * @param url absolute http(s) URL of the picture
 * @param caption what the picture shows, in Danish
 * @param credit who took it, e.g. "Foto: Anne Holm"
 */
@Schema(description = "A picture with its caption and credit")
public record Image(
		@Schema(requiredMode = RequiredMode.REQUIRED, description = "Absolute http(s) URL",
				example = "https://billeder.newsroom.dk/2026/datacenter.jpg") String url,
		@Schema(requiredMode = RequiredMode.REQUIRED, nullable = true, example = "Det nye datacenter") String caption,
		@Schema(requiredMode = RequiredMode.REQUIRED, nullable = true, example = "Foto: Søren Ågård") String credit) {

}
