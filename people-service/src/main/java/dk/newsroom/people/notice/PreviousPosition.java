package dk.newsroom.people.notice;

import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.media.Schema.RequiredMode;

/**
 * Where the person comes from; either part may be null, not both.
 */
@Schema(description = "Where the person comes from; either part may be null, not both")
public record PreviousPosition(
		@Schema(requiredMode = RequiredMode.REQUIRED, nullable = true, example = "sikkerhedsarkitekt") String title,
		@Schema(requiredMode = RequiredMode.REQUIRED, nullable = true, example = "Fjordnet A/S") String company) {

}
