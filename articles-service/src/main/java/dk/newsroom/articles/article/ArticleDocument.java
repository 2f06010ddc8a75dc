package dk.newsroom.articles.article;

import java.time.Instant;
import java.util.List;

import dk.newsroom.platform.content.ContentItem;
import dk.newsroom.platform.content.PublicationStatus;

import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.index.CompoundIndexes;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;
import org.springframework.data.mongodb.core.mapping.FieldType;
import org.springframework.data.mongodb.core.mapping.MongoId;

/**
 * How an article is stored. The pending change and the outbox's other fields live in the
 * same document but are the outbox's business (see {@code OutboxFields}); {@code deleted}
 * marks a deletion whose tombstone is not yet on the topic.
 */
@Document(ArticleDocument.COLLECTION)
@CompoundIndexes({ @CompoundIndex(name = "status_id", def = "{'status': 1, '_id': -1}"),
		@CompoundIndex(name = "tags_id", def = "{'tags': 1, '_id': -1}"),
		@CompoundIndex(name = "section_id", def = "{'section': 1, '_id': -1}") })
record ArticleDocument(@MongoId(FieldType.STRING) String id, @Indexed(unique = true) String slug,
		PublicationStatus status, String headline, String lead, String body, Image topImage, String section,
		List<String> authors, String source, String language, List<String> tags, Instant publishedAt, Instant createdAt,
		Instant updatedAt, long version, boolean deleted) {

	static final String COLLECTION = "articles";

	static ArticleDocument from(ContentItem<ArticleContent> article) {
		ArticleContent content = article.content();
		return new ArticleDocument(article.id(), article.slug(), article.status(), content.headline(), content.lead(),
				content.body(), content.topImage(), content.section(), content.authors(), content.source(),
				content.language(), content.tags(), article.publishedAt(), article.createdAt(), article.updatedAt(),
				article.version(), false);
	}

	ContentItem<ArticleContent> toArticle() {
		return new ContentItem<>(this.id, this.slug, this.status,
				new ArticleContent(this.headline, this.lead, this.body, this.topImage, this.section,
						(this.authors != null) ? this.authors : List.of(), this.source, this.language,
						(this.tags != null) ? this.tags : List.of()),
				this.publishedAt, this.createdAt, this.updatedAt, this.version);
	}

}
