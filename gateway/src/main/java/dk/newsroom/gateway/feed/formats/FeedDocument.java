package dk.newsroom.gateway.feed.formats;

import java.time.Instant;
import java.util.List;

import dk.newsroom.gateway.feed.FeedEntry;
import dk.newsroom.gateway.feed.FeedItem;
import org.jspecify.annotations.Nullable;

/**
 * What every format writes: one page of the feed with its Danish title and absolute
 * links.
 *
 * @param id the feed's stable id: the URL of its first page with the same filters
 * @param title the feed title, naming the filters
 * @param description a sentence about the feed
 * @param homePageUrl the site the feed belongs to
 * @param selfUrl this feed page, as requested
 * @param nextUrl the next page, or {@code null} on the last one
 * @param baseUri the scheme, host and port items' links are resolved against
 * @param items the items, newest first
 */
record FeedDocument(String id, String title, String description, String homePageUrl, String selfUrl,
		@Nullable String nextUrl, String baseUri, List<FeedItem> items) {

	static final String LANGUAGE = "da";

	static final String AUTHOR = "Newsroom";

	FeedDocument {
		items = List.copyOf(items);
	}

	static List<FeedItem> items(List<FeedEntry> entries) {
		return entries.stream().map(FeedEntry::item).toList();
	}

	/** A stable id for an item, whatever URL it is served under. */
	static String id(FeedItem item) {
		return "urn:newsroom:" + item.type().wireName() + ":" + item.id();
	}

	/**
	 * The item's absolute URL: its page on the reader site, or its API resource for a
	 * type the site has no pages for.
	 */
	String url(FeedItem item) {
		String page = item.url();
		return this.baseUri + ((page != null) ? page : item.link());
	}

	/** The item's text: its summary, or its title when it has none. */
	static String text(FeedItem item) {
		String summary = item.summary();
		return (summary != null && !summary.isBlank()) ? summary : item.title();
	}

	/**
	 * When the feed last changed: its newest item's time. Fixed for an empty feed, so the
	 * body stays a function of its items (and the ETag stays valid).
	 */
	Instant updated() {
		return this.items.isEmpty() ? Instant.EPOCH : this.items.get(0).publishedAt();
	}

}
