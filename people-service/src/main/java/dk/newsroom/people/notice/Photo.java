package dk.newsroom.people.notice;

import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.media.Schema.RequiredMode;

/**
 * The person's portrait.
 *
 * @param url absolute http(s) URL of the picture
 * @param caption in Danish; the site's captions name the person
 * @param credit who took it, e.g. "Foto: Anne Holm"; may be null
 */
@Schema(description = "The person's portrait")
public record Photo(
		@Schema(requiredMode = RequiredMode.REQUIRED, description = "Absolute http(s) URL",
				example = "https://billeder.newsroom.dk/navnenyt/mette.jpg") String url,
		@Schema(requiredMode = RequiredMode.REQUIRED, nullable = true, example = "Mette Kjær Sørensen") String caption,
		@Schema(requiredMode = RequiredMode.REQUIRED, nullable = true, example = "Foto: Nordlys Data") String credit) {

}
