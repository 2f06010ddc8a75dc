package dk.newsroom.gateway.feed.content;

import java.time.Instant;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.annotation.JsonDeserialize;

/**
 * The gateway's own reading of an event on {@code newsroom.events.v1}: only the fields
 * the feed needs; unknown fields are ignored (tolerant reader).
 */
@JsonIgnoreProperties(ignoreUnknown = true)
record EventMessage(@Nullable String slug, @Nullable String status, @Nullable String eventStatus,
		@Nullable String title, @Nullable String teaser, @Nullable String track, @Nullable Venue venue,
		@JsonDeserialize(using = IsoInstants.class) @Nullable Instant startsAt,
		@JsonDeserialize(using = IsoInstants.class) @Nullable Instant endsAt, @Nullable Image image,
		@Nullable List<String> tags, @JsonDeserialize(using = IsoInstants.class) @Nullable Instant publishedAt,
		@JsonDeserialize(using = IsoInstants.class) @Nullable Instant updatedAt, @Nullable Long version) {

	@JsonIgnoreProperties(ignoreUnknown = true)
	record Venue(@Nullable String name, @Nullable String city) {

	}

	@JsonIgnoreProperties(ignoreUnknown = true)
	record Image(@Nullable String url, @Nullable String caption, @Nullable String credit) {

	}

}
