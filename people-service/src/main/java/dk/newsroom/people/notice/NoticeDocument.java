package dk.newsroom.people.notice;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import dk.newsroom.people.announcement.NoticeKind;
import dk.newsroom.people.quality.QualityWarning;
import dk.newsroom.platform.content.ContentItem;
import dk.newsroom.platform.content.PublicationStatus;

import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.index.CompoundIndexes;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;
import org.springframework.data.mongodb.core.mapping.FieldType;
import org.springframework.data.mongodb.core.mapping.MongoId;

/**
 * How a notice is stored. The pending change and the outbox's other fields live in the
 * same document but are the outbox's business (see {@code OutboxFields}); {@code deleted}
 * marks a deletion whose tombstone is not yet on the topic.
 *
 * @param companyKey what the company filter compares
 * @param effectiveDate ISO-8601 ({@code 2025-11-01}), so no time zone can shift the day
 */
@Document(NoticeDocument.COLLECTION)
@CompoundIndexes({ @CompoundIndex(name = "status_id", def = "{'status': 1, '_id': -1}"),
		@CompoundIndex(name = "tags_id", def = "{'tags': 1, '_id': -1}"),
		@CompoundIndex(name = "kind_id", def = "{'kind': 1, '_id': -1}"),
		@CompoundIndex(name = "companyKey_id", def = "{'companyKey': 1, '_id': -1}") })
record NoticeDocument(@MongoId(FieldType.STRING) String id, @Indexed(unique = true) String slug,
		PublicationStatus status, NoticeKind kind, Person person, String company, String companyKey, String title,
		String effectiveDate, List<String> focusAreas, PreviousPosition previousPosition, String education,
		String earlierExperience, List<String> tags, String announcement, String label, List<QualityWarning> warnings,
		Instant publishedAt, Instant createdAt, Instant updatedAt, long version, boolean deleted) {

	static final String COLLECTION = "people";

	static NoticeDocument from(ContentItem<Notice> notice) {
		NoticeContent content = notice.content().content();
		Rendering rendering = notice.content().rendering();
		return new NoticeDocument(notice.id(), notice.slug(), notice.status(), content.kind(), content.person(),
				content.company(), content.companyKey(), content.title(), content.effectiveDate().toString(),
				content.focusAreas(), content.previousPosition(), content.education(), content.earlierExperience(),
				content.tags(), rendering.announcement(), rendering.label(), rendering.warnings(), notice.publishedAt(),
				notice.createdAt(), notice.updatedAt(), notice.version(), false);
	}

	ContentItem<Notice> toNotice() {
		NoticeContent content = new NoticeContent(this.kind, this.person, this.company, this.title,
				LocalDate.parse(this.effectiveDate), orEmpty(this.focusAreas), this.previousPosition, this.education,
				this.earlierExperience, orEmpty(this.tags));
		return new ContentItem<>(this.id, this.slug, this.status,
				new Notice(content, new Rendering(this.announcement, this.label, orEmpty(this.warnings))),
				this.publishedAt, this.createdAt, this.updatedAt, this.version);
	}

	private static <T> List<T> orEmpty(List<T> list) {
		return (list != null) ? list : List.of();
	}

}
