package dk.newsroom.podcasts.podcast;

import java.time.Instant;
import java.util.List;

import dk.newsroom.platform.content.ContentItem;
import dk.newsroom.platform.content.PublicationStatus;

/** An episode as the API returns it, and as its change events carry it. */
public record PodcastResponse(String id, String slug, PublicationStatus status, String title, String description,
		String audioUrl, long durationSeconds, List<String> tags, Instant publishedAt, Instant createdAt,
		Instant updatedAt, long version) {

	static PodcastResponse from(ContentItem<PodcastContent> item) {
		PodcastContent content = item.content();
		return new PodcastResponse(item.id(), item.slug(), item.status(), content.title(), content.description(),
				content.audioUrl(), content.duration().toSeconds(), content.tags(), item.publishedAt(),
				item.createdAt(), item.updatedAt(), item.version());
	}

}
