package dk.newsroom.people.notice;

import java.time.LocalDate;
import java.util.List;

import dk.newsroom.people.announcement.AnnouncementFacts;
import dk.newsroom.people.announcement.NoticeKind;
import dk.newsroom.people.quality.QualityFacts;
import dk.newsroom.platform.content.Slugs;

/**
 * The part of a notice that its submitter writes; the announcement text is rendered from
 * it, everything else is lifecycle.
 *
 * @param title the new title; for a retirement the title the person leaves
 * @param effectiveDate the day the change takes effect (a calendar date, no time zone)
 * @param previousPosition may be null
 * @param education may be null
 * @param earlierExperience may be null
 */
public record NoticeContent(NoticeKind kind, Person person, String company, String title, LocalDate effectiveDate,
		List<String> focusAreas, PreviousPosition previousPosition, String education, String earlierExperience,
		List<String> tags) {

	/**
	 * The company as the list filter compares it: "Kystkraft A/S" and "kystkraft-a-s" are
	 * the same company.
	 */
	static String companyKey(String company) {
		return Slugs.of(company);
	}

	String companyKey() {
		return companyKey(this.company);
	}

	AnnouncementFacts announcementFacts() {
		return new AnnouncementFacts(this.kind, this.person.name(), this.person.age(), this.person.pronoun(),
				this.company, this.title, this.effectiveDate, this.focusAreas,
				(this.previousPosition != null) ? this.previousPosition.title() : null,
				(this.previousPosition != null) ? this.previousPosition.company() : null, this.education,
				this.earlierExperience);
	}

	QualityFacts qualityFacts() {
		Photo photo = this.person.photo();
		return new QualityFacts(this.kind, this.person.name(), this.person.age(), this.company, this.effectiveDate,
				photo != null, (photo != null) ? photo.caption() : null, !this.focusAreas.isEmpty(),
				this.previousPosition != null,
				(this.previousPosition != null) ? this.previousPosition.company() : null);
	}

}
