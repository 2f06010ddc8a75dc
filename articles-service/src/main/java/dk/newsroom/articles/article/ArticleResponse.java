package dk.newsroom.articles.article;

import java.time.Instant;
import java.util.List;

import dk.newsroom.platform.content.ContentItem;
import dk.newsroom.platform.content.PublicationStatus;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.media.Schema.RequiredMode;

/**
 * An article as the API returns it, and as its change events carry it (docs/design.md
 * §4).
 */
@Schema(description = "An article as the API returns it and its topic carries it; every member is always present")
public record ArticleResponse(
		@Schema(requiredMode = RequiredMode.REQUIRED,
				description = "Given by the server: 24 hexadecimal digits, ordered by creation time",
				example = "6b0871d13cdeb9852da6d6ae") String id,
		@Schema(requiredMode = RequiredMode.REQUIRED, description = """
				Made from the headline at creation (`æ` as `ae`, `ø` as `oe`, `å` as `aa`, other accents dropped), \
				unique, never changed afterwards""",
				example = "oestjysk-it-firma-aabner-nyt-datacenter-i-aarhus") String slug,
		@Schema(requiredMode = RequiredMode.REQUIRED,
				description = "`DRAFT`, then `PUBLISHED`, which `WITHDRAWN` and publishing again alternate") PublicationStatus status,
		@Schema(requiredMode = RequiredMode.REQUIRED,
				example = "Østjysk it-firma åbner nyt datacenter i Århus") String headline,
		@Schema(requiredMode = RequiredMode.REQUIRED,
				example = "Virksomheden vil ansætte 40 medarbejdere inden sommer.") String lead,
		@Schema(requiredMode = RequiredMode.REQUIRED, description = "Sanitised HTML",
				example = "<p>Datacenteret står klar i <strong>marts</strong>.</p>") String body,
		@Schema(requiredMode = RequiredMode.REQUIRED, nullable = true,
				description = "The picture at the top; null when there is none") Image topImage,
		@Schema(requiredMode = RequiredMode.REQUIRED, example = "Infrastruktur") String section,
		@Schema(requiredMode = RequiredMode.REQUIRED, description = "The bylines; empty when none",
				example = "[\"Mette Kjær\"]") List<String> authors,
		@Schema(requiredMode = RequiredMode.REQUIRED, nullable = true, description = "Null when not given",
				example = "Ritzau") String source,
		@Schema(requiredMode = RequiredMode.REQUIRED, description = "ISO 639-1", example = "da") String language,
		@Schema(requiredMode = RequiredMode.REQUIRED, example = "[\"datacenter\", \"aarhus\"]") List<String> tags,
		@Schema(requiredMode = RequiredMode.REQUIRED, nullable = true, description = """
				When the article is or was to be public; null for a draft never published, in the future for a \
				scheduled one""", example = "2026-11-26T09:00:00Z") Instant publishedAt,
		@Schema(requiredMode = RequiredMode.REQUIRED, example = "2026-11-26T08:40:00Z") Instant createdAt,
		@Schema(requiredMode = RequiredMode.REQUIRED, example = "2026-11-26T09:00:00Z") Instant updatedAt,
		@Schema(requiredMode = RequiredMode.REQUIRED, minimum = "1", description = """
				One more with every change; also the `ETag` (`"2"`) and the change event's \
				`ce_entityversion`""", example = "2") long version) {

	static ArticleResponse from(ContentItem<ArticleContent> article) {
		ArticleContent content = article.content();
		return new ArticleResponse(article.id(), article.slug(), article.status(), content.headline(), content.lead(),
				content.body(), content.topImage(), content.section(), content.authors(), content.source(),
				content.language(), content.tags(), article.publishedAt(), article.createdAt(), article.updatedAt(),
				article.version());
	}

}
