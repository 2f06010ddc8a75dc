package dk.newsroom.events.event;

import java.time.Instant;
import java.util.List;

import dk.newsroom.platform.content.ContentItem;
import dk.newsroom.platform.content.PublicationStatus;
import dk.newsroom.platform.content.Slugs;

import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.index.CompoundIndexes;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;
import org.springframework.data.mongodb.core.mapping.FieldType;
import org.springframework.data.mongodb.core.mapping.MongoId;

/**
 * How an event is stored. {@code trackKey} and {@code cityKey} are the slugs of the track
 * and the city, so filters ignore case and accents. The pending change and the outbox's
 * other fields live in the same document but are the outbox's business (see
 * {@code OutboxFields}); {@code deleted} marks a deletion whose tombstone is not yet on
 * the topic.
 */
@Document(EventDocument.COLLECTION)
@CompoundIndexes({ @CompoundIndex(name = "programme", def = "{'status': 1, 'startsAt': 1, '_id': 1}"),
		@CompoundIndex(name = "programme_ends", def = "{'status': 1, 'endsAt': 1}"),
		@CompoundIndex(name = "track_programme", def = "{'trackKey': 1, 'startsAt': 1, '_id': 1}"),
		@CompoundIndex(name = "city_programme", def = "{'cityKey': 1, 'startsAt': 1, '_id': 1}"),
		@CompoundIndex(name = "tags_programme", def = "{'tags': 1, 'startsAt': 1, '_id': 1}") })
record EventDocument(@MongoId(FieldType.STRING) String id, @Indexed(unique = true) String slug,
		PublicationStatus status, EventStatus eventStatus, String title, String teaser, String description,
		String track, String trackKey, Venue venue, String cityKey, Instant startsAt, Instant endsAt,
		String registrationUrl, String organiser, Image image, List<String> tags, Instant publishedAt,
		Instant createdAt, Instant updatedAt, long version, boolean deleted) {

	static final String COLLECTION = "events";

	static EventDocument from(ContentItem<EventContent> event) {
		EventContent content = event.content();
		Venue venue = content.venue();
		return new EventDocument(event.id(), event.slug(), event.status(), content.eventStatus(), content.title(),
				content.teaser(), content.description(), content.track(), Slugs.of(content.track()), venue,
				(venue != null) ? Slugs.of(venue.city()) : null, content.startsAt(), content.endsAt(),
				content.registrationUrl(), content.organiser(), content.image(), content.tags(), event.publishedAt(),
				event.createdAt(), event.updatedAt(), event.version(), false);
	}

	ContentItem<EventContent> toEvent() {
		return new ContentItem<>(this.id, this.slug, this.status,
				new EventContent(this.title, this.teaser, this.description, this.track, this.venue, this.startsAt,
						this.endsAt, this.registrationUrl, this.organiser, this.image,
						(this.tags != null) ? this.tags : List.of(),
						(this.eventStatus != null) ? this.eventStatus : EventStatus.SCHEDULED),
				this.publishedAt, this.createdAt, this.updatedAt, this.version);
	}

}
