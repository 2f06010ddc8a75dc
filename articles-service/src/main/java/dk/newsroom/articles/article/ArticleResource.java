package dk.newsroom.articles.article;

import dk.newsroom.platform.content.ContentItem;
import dk.newsroom.platform.content.InvalidInputException;
import dk.newsroom.platform.resource.ContentResource;

/** Articles for the shared content resource: stored as an {@link ArticleDocument}. */
class ArticleResource implements ContentResource<ArticleContent, ArticleDocument, ArticleResponse> {

	@Override
	public String name() {
		return "article";
	}

	@Override
	public String plural() {
		return "articles";
	}

	@Override
	public Class<ArticleDocument> documentType() {
		return ArticleDocument.class;
	}

	@Override
	public ArticleDocument toDocument(ContentItem<ArticleContent> article) {
		return ArticleDocument.from(article);
	}

	@Override
	public ContentItem<ArticleContent> toItem(ArticleDocument document) {
		return document.toArticle();
	}

	@Override
	public ArticleResponse toResponse(ContentItem<ArticleContent> article) {
		return ArticleResponse.from(article);
	}

	@Override
	public String slugSource(ArticleContent content) {
		return content.headline();
	}

	@Override
	public void check(ArticleContent content) {
		if (content.body() == null || content.body().isBlank()) {
			throw new InvalidInputException("body", "has no content left after removing disallowed HTML");
		}
	}

}
