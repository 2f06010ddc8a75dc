package dk.newsroom.articles.article;

import java.time.Instant;
import java.util.List;

import dk.newsroom.platform.content.ContentItem;
import dk.newsroom.platform.content.PublicationStatus;

/**
 * An article as the API returns it, and as its change events carry it (docs/design.md
 * §4).
 */
public record ArticleResponse(String id, String slug, PublicationStatus status, String headline, String lead,
		String body, Image topImage, String section, List<String> authors, String source, String language,
		List<String> tags, Instant publishedAt, Instant createdAt, Instant updatedAt, long version) {

	static ArticleResponse from(ContentItem<ArticleContent> article) {
		ArticleContent content = article.content();
		return new ArticleResponse(article.id(), article.slug(), article.status(), content.headline(), content.lead(),
				content.body(), content.topImage(), content.section(), content.authors(), content.source(),
				content.language(), content.tags(), article.publishedAt(), article.createdAt(), article.updatedAt(),
				article.version());
	}

}
