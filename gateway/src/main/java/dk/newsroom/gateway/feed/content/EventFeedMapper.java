package dk.newsroom.gateway.feed.content;

import dk.newsroom.gateway.feed.ContentType;
import dk.newsroom.gateway.feed.FeedEventDetails;
import dk.newsroom.gateway.feed.FeedImage;
import dk.newsroom.gateway.feed.FeedItem;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.stereotype.Component;

/**
 * Events: title → title, teaser → summary, image → image, track → section, and when,
 * where and whether it goes ahead in {@code event}. A cancelled event stays listed, shown
 * as cancelled.
 */
@Component
public class EventFeedMapper implements FeedMapper {

	private final JsonMapper jsonMapper;

	public EventFeedMapper(JsonMapper jsonMapper) {
		this.jsonMapper = jsonMapper;
	}

	@Override
	public ContentType type() {
		return ContentType.EVENT;
	}

	@Override
	public MappedResource map(String id, byte[] json) {
		EventMessage event = this.jsonMapper.readValue(json, EventMessage.class);
		long version = (event.version() != null) ? event.version() : 0;
		boolean listed = Listing.isListed(event.status(), event.publishedAt(), event.slug()) && event.title() != null
				&& event.startsAt() != null;
		return new MappedResource(version, listed ? toItem(id, version, event) : null);
	}

	private static FeedItem toItem(String id, long version, EventMessage event) {
		EventMessage.Venue venue = event.venue();
		FeedEventDetails details = new FeedEventDetails(event.startsAt(), event.endsAt(),
				(venue != null) ? venue.name() : null, (venue != null) ? venue.city() : null, event.track(),
				event.eventStatus());
		return new FeedItem(ContentType.EVENT, id, event.slug(), event.title(), event.teaser(), image(event.image()),
				Listing.tags(event.tags()), event.track(), event.publishedAt(),
				Listing.updatedAt(event.updatedAt(), event.publishedAt()), version, Listing.link("/api/events", id),
				FeedItem.pageUrl(ContentType.EVENT, event.slug()), details, null);
	}

	private static @Nullable FeedImage image(EventMessage.@Nullable Image image) {
		return (image != null) ? Listing.image(image.url(), image.caption(), image.credit()) : null;
	}

}
