package dk.newsroom.podcasts.podcast;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import dk.newsroom.platform.content.ContentItem;
import dk.newsroom.platform.content.PublicationStatus;

import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;
import org.springframework.data.mongodb.core.mapping.FieldType;
import org.springframework.data.mongodb.core.mapping.MongoId;

/**
 * How an episode is stored; the outbox's fields share the document (see
 * {@code OutboxFields}).
 */
@Document(PodcastDocument.COLLECTION)
@CompoundIndex(name = "tags_id", def = "{'tags': 1, '_id': -1}")
record PodcastDocument(@MongoId(FieldType.STRING) String id, @Indexed(unique = true) String slug,
		PublicationStatus status, String title, String description, String audioUrl, long durationSeconds,
		List<String> tags, Instant publishedAt, Instant createdAt, Instant updatedAt, long version, boolean deleted) {

	static final String COLLECTION = "podcasts";

	static PodcastDocument from(ContentItem<PodcastContent> item) {
		PodcastContent content = item.content();
		return new PodcastDocument(item.id(), item.slug(), item.status(), content.title(), content.description(),
				content.audioUrl(), content.duration().toSeconds(), content.tags(), item.publishedAt(),
				item.createdAt(), item.updatedAt(), item.version(), false);
	}

	ContentItem<PodcastContent> toItem() {
		return new ContentItem<>(this.id, this.slug, this.status,
				new PodcastContent(this.title, this.description, this.audioUrl,
						Duration.ofSeconds(this.durationSeconds), (this.tags != null) ? this.tags : List.of()),
				this.publishedAt, this.createdAt, this.updatedAt, this.version);
	}

}
