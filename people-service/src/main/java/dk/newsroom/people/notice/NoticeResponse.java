package dk.newsroom.people.notice;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import dk.newsroom.people.announcement.NoticeKind;
import dk.newsroom.people.quality.QualityWarning;
import dk.newsroom.platform.content.ContentItem;
import dk.newsroom.platform.content.PublicationStatus;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.media.Schema.RequiredMode;

/**
 * A notice as the API returns it, and as its change events carry it (docs/design.md §4):
 * the submitted fields, the rendered announcement with its label, and the quality
 * warnings.
 */
@Schema(description = """
		A notice as the API returns it and its topic carries it: the submitted fields, the rendered announcement \
		with its label, and the quality warnings; every member is always present""")
public record NoticeResponse(
		@Schema(requiredMode = RequiredMode.REQUIRED,
				description = "Given by the server: 24 hexadecimal digits, ordered by creation time",
				example = "6b0878e63b1c0158a23a7186") String id,
		@Schema(requiredMode = RequiredMode.REQUIRED, description = """
				Made from the person's name and the company at creation (`æ` as `ae`, `ø` as `oe`, `å` as `aa`), \
				unique (`-2`, `-3` ... when taken), never changed afterwards""",
				example = "mette-kjaer-soerensen-nordlys-data") String slug,
		@Schema(requiredMode = RequiredMode.REQUIRED,
				description = "`DRAFT`, then `PUBLISHED`, which `WITHDRAWN` and publishing again alternate") PublicationStatus status,
		@Schema(requiredMode = RequiredMode.REQUIRED) NoticeKind kind,
		@Schema(requiredMode = RequiredMode.REQUIRED, description = "The kind's Danish label for the site",
				example = "Nyt job") String label,
		@Schema(requiredMode = RequiredMode.REQUIRED) Person person,
		@Schema(requiredMode = RequiredMode.REQUIRED, example = "Nordlys Data") String company,
		@Schema(requiredMode = RequiredMode.REQUIRED,
				description = "The new title; for `RETIREMENT` the title the person leaves",
				example = "seniorrådgiver") String title,
		@Schema(requiredMode = RequiredMode.REQUIRED, description = "A calendar date, no time zone",
				example = "2026-12-01") LocalDate effectiveDate,
		@Schema(requiredMode = RequiredMode.REQUIRED, description = "Empty when none",
				example = "[\"cloudsikkerhed\", \"compliance\"]") List<String> focusAreas,
		@Schema(requiredMode = RequiredMode.REQUIRED, nullable = true,
				description = "Null when none") PreviousPosition previousPosition,
		@Schema(requiredMode = RequiredMode.REQUIRED, nullable = true,
				example = "cand.scient. i datalogi fra Aarhus Universitet") String education,
		@Schema(requiredMode = RequiredMode.REQUIRED, nullable = true,
				example = "netværk, drift og rådgivning") String earlierExperience,
		@Schema(requiredMode = RequiredMode.REQUIRED, example = "[\"cloud\"]") List<String> tags,
		@Schema(requiredMode = RequiredMode.REQUIRED, description = """
				The Danish announcement the service wrote in the house style, plain text: consumers show it as is \
				(escaped like any text)""",
				example = "Nordlys Data har pr. 1. december 2026 ansat Mette Kjær Sørensen, 38 år, som seniorrådgiver. "
						+ "Hun skal især beskæftige sig med cloudsikkerhed og compliance.") String announcement,
		@Schema(requiredMode = RequiredMode.REQUIRED,
				description = "Data-quality findings for the editor; empty when nothing looks wrong") List<QualityWarning> warnings,
		@Schema(requiredMode = RequiredMode.REQUIRED, nullable = true, description = """
				When the notice is or was to be public; null for a draft never published, in the future for a \
				scheduled one""", example = "2026-11-26T09:00:00Z") Instant publishedAt,
		@Schema(requiredMode = RequiredMode.REQUIRED, example = "2026-11-26T08:40:00Z") Instant createdAt,
		@Schema(requiredMode = RequiredMode.REQUIRED, example = "2026-11-26T09:00:00Z") Instant updatedAt,
		@Schema(requiredMode = RequiredMode.REQUIRED, minimum = "1", description = """
				One more with every change; also the `ETag` (`"2"`) and the change event's \
				`ce_entityversion`""", example = "2") long version) {

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
