package dk.newsroom.people.notice;

import java.util.List;

import dk.newsroom.people.quality.QualityWarning;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.media.Schema.RequiredMode;

/**
 * What a notice would say, and what an editor should look at, before anything is stored.
 */
@Schema(description = "What a notice would say, and what an editor should look at, before anything is stored")
public record PreviewResponse(@Schema(requiredMode = RequiredMode.REQUIRED, description = "The Danish announcement",
		example = "Nordlys Data har pr. 1. december 2026 ansat Mette Kjær Sørensen, 38 år, som seniorrådgiver.") String announcement,
		@Schema(requiredMode = RequiredMode.REQUIRED, description = "The kind's Danish label",
				example = "Nyt job") String label,
		@Schema(requiredMode = RequiredMode.REQUIRED,
				description = "Data-quality findings; empty when nothing looks wrong") List<QualityWarning> warnings) {

	static PreviewResponse from(Rendering rendering) {
		return new PreviewResponse(rendering.announcement(), rendering.label(), rendering.warnings());
	}

}
