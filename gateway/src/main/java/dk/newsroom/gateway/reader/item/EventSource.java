package dk.newsroom.gateway.reader.item;

import java.time.Instant;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import org.jspecify.annotations.Nullable;

/**
 * An event as its topic and its service carry it ({@code event.v1}), read for its page;
 * unknown fields are ignored (tolerant reader).
 *
 * @param eventStatus {@code SCHEDULED}, {@code SOLD_OUT} or {@code CANCELLED}
 * @param description sanitised HTML, shown as is
 */
@JsonIgnoreProperties(ignoreUnknown = true)
record EventSource(String id, String slug, @Nullable String status, @Nullable String eventStatus, String title,
		@Nullable String teaser, @Nullable String description, @Nullable String track, @Nullable Venue venue,
		Instant startsAt, @Nullable Instant endsAt, @Nullable String registrationUrl, @Nullable String organiser,
		@Nullable Picture image, @Nullable List<String> tags, @Nullable Instant publishedAt,
		@Nullable Instant createdAt, @Nullable Instant updatedAt, long version) {

	@JsonIgnoreProperties(ignoreUnknown = true)
	record Venue(@Nullable String name, @Nullable String address, @Nullable String city) {

	}

}
