package dk.newsroom.people.notice;

import java.util.List;

import dk.newsroom.people.quality.QualityWarning;

/**
 * What a notice would say, and what an editor should look at, before anything is stored.
 */
public record PreviewResponse(String announcement, String label, List<QualityWarning> warnings) {

	static PreviewResponse from(Rendering rendering) {
		return new PreviewResponse(rendering.announcement(), rendering.label(), rendering.warnings());
	}

}
