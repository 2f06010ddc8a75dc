package dk.newsroom.gateway.search.index;

import java.util.List;

/**
 * The fields of a search document and what each is for.
 * <p>
 * Text, analysed with the Danish analysis, searched with these weights: {@link #TITLE}
 * (headline, event title, notice headline) and {@link #NAMES} (people, companies, venues,
 * places, authors) above {@link #LEAD} (lead, teaser, the notice's new title) above
 * {@link #BODY} (the article's body, the event's description, the notice's announcement).
 * The lead and the body are also stored, with their terms' offsets indexed, for the
 * highlighted snippet.
 * <p>
 * Exact values, lower case, for filters and facets: {@link #TYPE}, {@link #SECTION}
 * (articles), {@link #TRACK} and {@link #CITY} (events), {@link #TAG}. Numbers:
 * {@link #PUBLISHED} (epoch milliseconds; visibility, recency, {@code sort=newest}),
 * {@link #DATE} (an event's start, otherwise the publication; {@code from}/{@code to}).
 * {@link #REF} identifies the resource ({@code type:id}); {@link #VERSION} is the version
 * indexed; {@link #ITEM} holds the feed item's JSON as the feed serves it.
 */
public final class SearchFields {

	public static final String REF = "ref";

	public static final String VERSION = "version";

	public static final String ITEM = "item";

	public static final String TITLE = "title";

	public static final String NAMES = "names";

	public static final String LEAD = "lead";

	public static final String BODY = "body";

	public static final String TYPE = "type";

	public static final String SECTION = "section";

	public static final String TRACK = "track";

	public static final String CITY = "city";

	public static final String TAG = "tag";

	public static final String PUBLISHED = "published";

	public static final String DATE = "date";

	/** The facet dimensions, in the order the API lists them. */
	public static final List<String> FACETS = List.of(TYPE, SECTION, TRACK, TAG);

	/** The searched text fields and their weights, strongest first. */
	public static final List<Weighted> SEARCHED = List.of(new Weighted(TITLE, 3.0f), new Weighted(NAMES, 3.0f),
			new Weighted(LEAD, 1.5f), new Weighted(BODY, 1.0f));

	private SearchFields() {
	}

	/**
	 * A searched field and its weight.
	 *
	 * @param field the field
	 * @param weight the factor on its score
	 */
	public record Weighted(String field, float weight) {

	}

}
