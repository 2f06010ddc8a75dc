package dk.newsroom.events.event;

import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.media.Schema.RequiredMode;

/**
 * The picture that presents an event in lists and on its page.
 *
 * @param url absolute http(s) URL of the picture
 * @param caption what the picture shows, in Danish
 * @param credit who took it, e.g. "Foto: Anne Holm"
 */
@Schema(description = "A picture with its caption and credit")
public record Image(
		@Schema(requiredMode = RequiredMode.REQUIRED, description = "Absolute http(s) URL",
				example = "https://billeder.newsroom.dk/events/beredskab.jpg") String url,
		@Schema(requiredMode = RequiredMode.REQUIRED, nullable = true,
				example = "Deltagere øver beredskab") String caption,
		@Schema(requiredMode = RequiredMode.REQUIRED, nullable = true, example = "Foto: Søren Ågård") String credit) {

}
