package dk.newsroom.articles.article;

import dk.newsroom.platform.content.InvalidInputException;
import dk.newsroom.platform.resource.ContentResource;

/**
 * Articles for the shared content resource: their names, document and answer, and the
 * rule that a body has something left after sanitising.
 */
final class ArticleResource {

	static final ContentResource<ArticleContent, ArticleDocument, ArticleResponse> ARTICLES = ContentResource
		.of("article", "articles", ArticleDocument.class, ArticleDocument::from, ArticleDocument::toArticle,
				ArticleResponse::from, ArticleContent::headline)
		.checking(ArticleResource::requireBody);

	private ArticleResource() {
	}

	private static void requireBody(ArticleContent content) {
		if (content.body() == null || content.body().isBlank()) {
			throw new InvalidInputException("body", "has no content left after removing disallowed HTML");
		}
	}

}
