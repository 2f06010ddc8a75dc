package dk.newsroom.gateway.feed.content;

import java.time.Instant;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.annotation.JsonDeserialize;

/**
 * The gateway's own reading of a podcast episode on its topic: only the fields the feed
 * needs; unknown fields are ignored (tolerant reader).
 */
@JsonIgnoreProperties(ignoreUnknown = true)
record PodcastMessage(@Nullable String slug, @Nullable String status, @Nullable String title,
		@Nullable String description, @Nullable List<String> tags,
		@JsonDeserialize(using = IsoInstants.class) @Nullable Instant publishedAt,
		@JsonDeserialize(using = IsoInstants.class) @Nullable Instant updatedAt, @Nullable Long version) {

}
