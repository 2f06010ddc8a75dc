package dk.newsroom.gateway.reader.item;

import java.time.Instant;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import org.jspecify.annotations.Nullable;

/**
 * An article as its topic and its service carry it ({@code article.v1}), read for its
 * page; unknown fields are ignored (tolerant reader).
 *
 * @param body sanitised HTML (the services' news allowlist), shown as is
 */
@JsonIgnoreProperties(ignoreUnknown = true)
record ArticleSource(String id, String slug, @Nullable String status, String headline, @Nullable String lead,
		@Nullable String body, @Nullable Picture topImage, @Nullable String section, @Nullable List<String> authors,
		@Nullable String source, @Nullable String language, @Nullable List<String> tags, @Nullable Instant publishedAt,
		@Nullable Instant createdAt, @Nullable Instant updatedAt, long version) {

}
