package dk.newsroom.gateway.feed;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;

/** Feed items for tests, with Danish demo content. */
public final class FeedItems {

	/** A stand-in for the JSON serialiser: enough to tell items apart. */
	public static final FeedItemSerializer SERIALIZER = (
			item) -> ("{\"id\":\"" + item.id() + "\",\"version\":" + item.version() + "}")
				.getBytes(StandardCharsets.UTF_8);

	private FeedItems() {
	}

	public static FeedItem article(String id, Instant publishedAt, long version) {
		return item(ContentType.ARTICLE, id, publishedAt, version, List.of("cybersikkerhed"), "Sikkerhed");
	}

	public static FeedItem item(ContentType type, String id, Instant publishedAt, long version, List<String> tags,
			@Nullable String section) {
		return new FeedItem(type, id, "slug-" + id, "Overskrift " + id, "Kort resumé af " + id, null, tags, section,
				publishedAt, publishedAt, version, "/api/" + type.wireName() + "/" + id);
	}

	public static List<String> ids(FeedPage page) {
		return page.entries().stream().map((entry) -> entry.item().id()).toList();
	}

}
