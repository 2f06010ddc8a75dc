package dk.newsroom.gateway.feed;

import java.util.Set;

import org.jspecify.annotations.Nullable;

/**
 * What a reader asks the feed for.
 *
 * @param types the content types to include; empty means all
 * @param tag only items with this tag (case-insensitive), or {@code null}
 * @param section only items in this section (case-insensitive), or {@code null}
 * @param track only events of this track (case-insensitive), or {@code null}
 * @param city only events in this city (case-insensitive), or {@code null}
 * @param limit the page size
 * @param after the key of the last item of the previous page, or {@code null} for the
 * first page
 */
public record FeedQuery(Set<ContentType> types, @Nullable String tag, @Nullable String section, @Nullable String track,
		@Nullable String city, int limit, @Nullable FeedKey after) {

	public FeedQuery {
		types = Set.copyOf(types);
		if (limit < 1) {
			throw new IllegalArgumentException("limit must be positive");
		}
	}

	/** A query without event filters. */
	public FeedQuery(Set<ContentType> types, @Nullable String tag, @Nullable String section, int limit,
			@Nullable FeedKey after) {
		this(types, tag, section, null, null, limit, after);
	}

	public static FeedQuery firstPage(int limit) {
		return new FeedQuery(Set.of(), null, null, limit, null);
	}

	public FeedQuery after(@Nullable FeedKey key) {
		return new FeedQuery(this.types, this.tag, this.section, this.track, this.city, this.limit, key);
	}

	/** Whether the query filters by what only events have (track, city). */
	public boolean eventsOnly() {
		return this.track != null || this.city != null;
	}

	/**
	 * Whether an item passes the filters (type, tag, section, track, city); the position
	 * is not checked.
	 */
	public boolean matches(FeedItem item) {
		return (this.types.isEmpty() || this.types.contains(item.type())) && matchesTag(item)
				&& (this.section == null || this.section.equalsIgnoreCase(item.section())) && matchesEvent(item);
	}

	private boolean matchesTag(FeedItem item) {
		if (this.tag == null) {
			return true;
		}
		for (String candidate : item.tags()) {
			if (this.tag.equalsIgnoreCase(candidate)) {
				return true;
			}
		}
		return false;
	}

	private boolean matchesEvent(FeedItem item) {
		if (!eventsOnly()) {
			return true;
		}
		FeedEventDetails event = item.event();
		return event != null && (this.track == null || this.track.equalsIgnoreCase(event.track()))
				&& (this.city == null || this.city.equalsIgnoreCase(event.city()));
	}

}
