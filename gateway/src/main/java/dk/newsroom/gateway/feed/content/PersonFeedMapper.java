package dk.newsroom.gateway.feed.content;

import dk.newsroom.gateway.feed.ContentType;
import dk.newsroom.gateway.feed.FeedImage;
import dk.newsroom.gateway.feed.FeedItem;
import dk.newsroom.gateway.feed.FeedPersonDetails;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.stereotype.Component;

/**
 * Person news: "name, company" → title, the rendered announcement → summary, the photo →
 * image, the label ("Nyt job") → section, and who moved where in {@code person}.
 */
@Component
public class PersonFeedMapper implements FeedMapper {

	private final JsonMapper jsonMapper;

	public PersonFeedMapper(JsonMapper jsonMapper) {
		this.jsonMapper = jsonMapper;
	}

	@Override
	public ContentType type() {
		return ContentType.PERSON;
	}

	@Override
	public MappedResource map(String id, byte[] json) {
		PersonMessage notice = this.jsonMapper.readValue(json, PersonMessage.class);
		long version = (notice.version() != null) ? notice.version() : 0;
		String name = (notice.person() != null) ? notice.person().name() : null;
		boolean listed = Listing.isListed(notice.status(), notice.publishedAt(), notice.slug()) && name != null;
		return new MappedResource(version, listed ? toItem(id, version, name, notice) : null);
	}

	private static FeedItem toItem(String id, long version, String name, PersonMessage notice) {
		String title = (notice.company() != null) ? name + ", " + notice.company() : name;
		return new FeedItem(ContentType.PERSON, id, notice.slug(), title, notice.announcement(), photo(notice),
				Listing.tags(notice.tags()), notice.label(), notice.publishedAt(),
				Listing.updatedAt(notice.updatedAt(), notice.publishedAt()), version, Listing.link("/api/people", id),
				FeedItem.pageUrl(ContentType.PERSON, notice.slug()), null,
				new FeedPersonDetails(name, notice.company(), notice.title(), notice.label()));
	}

	private static @Nullable FeedImage photo(PersonMessage notice) {
		PersonMessage.Photo photo = notice.person().photo();
		return (photo != null) ? Listing.image(photo.url(), photo.caption(), photo.credit()) : null;
	}

}
