package dk.newsroom.people.quality;

import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.media.Schema.RequiredMode;

/**
 * Something an editor should look at before publishing; the write was accepted.
 *
 * @param code stable, for clients that act on it
 * @param field the JSON path of the field concerned, e.g. {@code person.photo.caption}
 * @param message what looks wrong, for the editor
 */
@Schema(description = "Something an editor should look at before publishing; the write was accepted")
public record QualityWarning(
		@Schema(requiredMode = RequiredMode.REQUIRED,
				description = "Stable, for clients that act on it") WarningCode code,
		@Schema(requiredMode = RequiredMode.REQUIRED, description = "The JSON path of the field concerned",
				example = "person.photo.caption") String field,
		@Schema(requiredMode = RequiredMode.REQUIRED, description = "What looks wrong, for the editor",
				example = "The photo caption writes 'Sørnsen' where the notice has 'Sørensen'") String message) {

}
