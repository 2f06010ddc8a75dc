package dk.newsroom.gateway.feed.content;

import java.time.Instant;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.annotation.JsonDeserialize;

/**
 * The gateway's own reading of an article on {@code newsroom.articles.v1}: only the
 * fields the feed needs. Unknown fields are ignored so the articles-service can add
 * fields without breaking the gateway (tolerant reader).
 */
@JsonIgnoreProperties(ignoreUnknown = true)
record ArticleMessage(@Nullable String slug, @Nullable String status, @Nullable String headline, @Nullable String lead,
		@Nullable TopImage topImage, @Nullable List<String> tags, @Nullable String section,
		@JsonDeserialize(using = IsoInstants.class) @Nullable Instant publishedAt,
		@JsonDeserialize(using = IsoInstants.class) @Nullable Instant updatedAt, @Nullable Long version) {

	@JsonIgnoreProperties(ignoreUnknown = true)
	record TopImage(@Nullable String url, @Nullable String caption, @Nullable String credit) {

	}

}
