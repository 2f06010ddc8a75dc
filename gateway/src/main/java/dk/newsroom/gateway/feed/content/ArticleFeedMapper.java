package dk.newsroom.gateway.feed.content;

import dk.newsroom.gateway.feed.ContentType;
import dk.newsroom.gateway.feed.FeedImage;
import dk.newsroom.gateway.feed.FeedItem;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.stereotype.Component;

/**
 * Articles: headline → title, lead → summary, top image → image, section → section.
 */
@Component
public class ArticleFeedMapper implements FeedMapper {

	private final JsonMapper jsonMapper;

	public ArticleFeedMapper(JsonMapper jsonMapper) {
		this.jsonMapper = jsonMapper;
	}

	@Override
	public ContentType type() {
		return ContentType.ARTICLE;
	}

	@Override
	public MappedResource map(String id, byte[] json) {
		ArticleMessage article = this.jsonMapper.readValue(json, ArticleMessage.class);
		long version = (article.version() != null) ? article.version() : 0;
		return new MappedResource(version, isListed(article) ? toItem(id, version, article) : null);
	}

	private static boolean isListed(ArticleMessage article) {
		return Listing.isListed(article.status(), article.publishedAt(), article.slug()) && article.headline() != null;
	}

	private static FeedItem toItem(String id, long version, ArticleMessage article) {
		return new FeedItem(ContentType.ARTICLE, id, article.slug(), article.headline(), article.lead(),
				image(article.topImage()), Listing.tags(article.tags()), article.section(), article.publishedAt(),
				Listing.updatedAt(article.updatedAt(), article.publishedAt()), version,
				Listing.link("/api/articles", id));
	}

	private static @Nullable FeedImage image(ArticleMessage.@Nullable TopImage image) {
		return (image != null) ? Listing.image(image.url(), image.caption(), image.credit()) : null;
	}

}
