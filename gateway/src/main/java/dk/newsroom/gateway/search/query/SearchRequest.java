package dk.newsroom.gateway.search.query;

import java.time.Instant;
import java.util.Set;

import dk.newsroom.gateway.feed.ContentType;
import org.jspecify.annotations.Nullable;

/**
 * One search, as asked: the text, the filters, the order and the page.
 *
 * @param q the query text as given (stripped)
 * @param text the words and phrases of {@code q}
 * @param types the content types to search; empty for all
 * @param section an article section (ignoring case)
 * @param tag a tag (ignoring case)
 * @param track an event track (ignoring case)
 * @param city an event's city (ignoring case)
 * @param from the earliest date (an event's start, otherwise the publication), inclusive
 * @param to the latest date, inclusive
 * @param sort the order
 * @param limit the page size
 * @param cursor where the previous page ended, or {@code null} for the first page
 */
public record SearchRequest(String q, SearchText text, Set<ContentType> types, @Nullable String section,
		@Nullable String tag, @Nullable String track, @Nullable String city, @Nullable Instant from,
		@Nullable Instant to, SearchSort sort, int limit, @Nullable SearchCursor cursor) {

	public SearchRequest {
		types = Set.copyOf(types);
	}

	/** A first page of the best matches for this text, any type, ten results. */
	public static SearchRequest of(String q) {
		return new SearchRequest(q, SearchText.parse(q), Set.of(), null, null, null, null, null, null,
				SearchSort.RELEVANCE, SearchRequests.DEFAULT_LIMIT, null);
	}

	/** The same search from another position. */
	public SearchRequest after(@Nullable SearchCursor position) {
		return new SearchRequest(this.q, this.text, this.types, this.section, this.tag, this.track, this.city,
				this.from, this.to, this.sort, this.limit, position);
	}

	/**
	 * What a cursor is bound to: everything but the page position, so a cursor is only
	 * accepted by the search it came from.
	 */
	String fingerprint() {
		StringBuilder key = new StringBuilder(this.q).append('\u0000').append(this.sort);
		this.types.stream().sorted().forEach((type) -> key.append('\u0000').append(type));
		for (Object value : new Object[] { this.section, this.tag, this.track, this.city, this.from, this.to }) {
			key.append('\u0000').append(value);
		}
		return Integer.toHexString(key.toString().hashCode());
	}

}
