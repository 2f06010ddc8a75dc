package dk.newsroom.articles.article;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

import dk.newsroom.platform.content.InvalidStateException;
import dk.newsroom.platform.content.PublicationStatus;
import dk.newsroom.platform.content.Publishable;

/**
 * An article and its lifecycle. Every change returns a new article one version higher.
 */
public record Article(ArticleId id, String slug, PublicationStatus status, ArticleContent content, Instant publishedAt,
		Instant createdAt, Instant updatedAt, long version) implements Publishable {

	@Override
	public String idValue() {
		return this.id.value();
	}

	public static Article draft(ArticleId id, String slug, ArticleContent content, Instant now) {
		return new Article(id, slug, PublicationStatus.DRAFT, content, null, now, now, 1);
	}

	public Article withContent(ArticleContent newContent, Instant now) {
		return new Article(this.id, this.slug, this.status, newContent, this.publishedAt, this.createdAt, now,
				this.version + 1);
	}

	/**
	 * Publishes now or at a later time (scheduled); a withdrawn article may come back.
	 */
	public Article publish(Instant at, Instant now) {
		return new Article(this.id, this.slug, PublicationStatus.PUBLISHED, this.content,
				at.truncatedTo(ChronoUnit.MILLIS), this.createdAt, now, this.version + 1);
	}

	public Article withdraw(Instant now) {
		if (this.status != PublicationStatus.PUBLISHED) {
			throw new InvalidStateException("Only a published article can be withdrawn; this one is " + this.status);
		}
		return new Article(this.id, this.slug, PublicationStatus.WITHDRAWN, this.content, this.publishedAt,
				this.createdAt, now, this.version + 1);
	}

	public Article withSlug(String newSlug) {
		return new Article(this.id, newSlug, this.status, this.content, this.publishedAt, this.createdAt,
				this.updatedAt, this.version);
	}

}
