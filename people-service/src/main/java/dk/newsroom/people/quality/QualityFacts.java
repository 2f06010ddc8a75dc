package dk.newsroom.people.quality;

import java.time.LocalDate;

import dk.newsroom.people.announcement.NoticeKind;

/**
 * What the checks look at.
 *
 * @param age optional
 * @param hasPhoto whether the notice has a photo
 * @param photoCaption the photo's caption, or null
 * @param hasFocusAreas whether any focus areas are given
 * @param hasPreviousPosition whether a previous position is given
 * @param previousCompany optional
 */
public record QualityFacts(NoticeKind kind, String name, Integer age, String company, LocalDate effectiveDate,
		boolean hasPhoto, String photoCaption, boolean hasFocusAreas, boolean hasPreviousPosition,
		String previousCompany) {

}
