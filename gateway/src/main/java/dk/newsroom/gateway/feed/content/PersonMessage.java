package dk.newsroom.gateway.feed.content;

import java.time.Instant;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.annotation.JsonDeserialize;

/**
 * The gateway's own reading of a person-news notice on {@code newsroom.people.v1}: only
 * the fields the feed needs; unknown fields are ignored (tolerant reader).
 */
@JsonIgnoreProperties(ignoreUnknown = true)
record PersonMessage(@Nullable String slug, @Nullable String status, @Nullable String label, @Nullable Person person,
		@Nullable String company, @Nullable String title, @Nullable String announcement, @Nullable List<String> tags,
		@JsonDeserialize(using = IsoInstants.class) @Nullable Instant publishedAt,
		@JsonDeserialize(using = IsoInstants.class) @Nullable Instant updatedAt, @Nullable Long version) {

	@JsonIgnoreProperties(ignoreUnknown = true)
	record Person(@Nullable String name, @Nullable Photo photo) {

	}

	@JsonIgnoreProperties(ignoreUnknown = true)
	record Photo(@Nullable String url, @Nullable String caption, @Nullable String credit) {

	}

}
