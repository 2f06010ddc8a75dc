package dk.newsroom.gateway.feed.content;

import dk.newsroom.gateway.feed.ContentType;
import dk.newsroom.gateway.feed.FeedItem;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.stereotype.Component;

/**
 * Podcast episodes: title → title, description → summary, section "Podcast". Read only
 * when {@code newsroom.feed.topics.podcast} names a topic.
 */
@Component
public class PodcastFeedMapper implements FeedMapper {

	private final JsonMapper jsonMapper;

	public PodcastFeedMapper(JsonMapper jsonMapper) {
		this.jsonMapper = jsonMapper;
	}

	@Override
	public ContentType type() {
		return ContentType.PODCAST;
	}

	@Override
	public MappedResource map(String id, byte[] json) {
		PodcastMessage podcast = this.jsonMapper.readValue(json, PodcastMessage.class);
		long version = (podcast.version() != null) ? podcast.version() : 0;
		boolean listed = Listing.isListed(podcast.status(), podcast.publishedAt(), podcast.slug())
				&& podcast.title() != null;
		return new MappedResource(version,
				listed ? new FeedItem(ContentType.PODCAST, id, podcast.slug(), podcast.title(), podcast.description(),
						null, Listing.tags(podcast.tags()), "Podcast", podcast.publishedAt(),
						Listing.updatedAt(podcast.updatedAt(), podcast.publishedAt()), version,
						Listing.link("/api/podcasts", id)) : null);
	}

}
