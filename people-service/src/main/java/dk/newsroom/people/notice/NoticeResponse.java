package dk.newsroom.people.notice;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import dk.newsroom.people.announcement.NoticeKind;
import dk.newsroom.people.quality.QualityWarning;
import dk.newsroom.platform.content.ContentItem;
import dk.newsroom.platform.content.PublicationStatus;

/**
 * A notice as the API returns it, and as its change events carry it (docs/design.md §4):
 * the submitted fields, the rendered announcement with its label, and the quality
 * warnings.
 */
public record NoticeResponse(String id, String slug, PublicationStatus status, NoticeKind kind, String label,
		Person person, String company, String title, LocalDate effectiveDate, List<String> focusAreas,
		PreviousPosition previousPosition, String education, String earlierExperience, List<String> tags,
		String announcement, List<QualityWarning> warnings, Instant publishedAt, Instant createdAt, Instant updatedAt,
		long version) {

	static NoticeResponse from(ContentItem<Notice> notice) {
		NoticeContent content = notice.content().content();
		Rendering rendering = notice.content().rendering();
		return new NoticeResponse(notice.id(), notice.slug(), notice.status(), content.kind(), rendering.label(),
				content.person(), content.company(), content.title(), content.effectiveDate(), content.focusAreas(),
				content.previousPosition(), content.education(), content.earlierExperience(), content.tags(),
				rendering.announcement(), rendering.warnings(), notice.publishedAt(), notice.createdAt(),
				notice.updatedAt(), notice.version());
	}

}
