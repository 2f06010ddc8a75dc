package dk.newsroom.gateway.reader.search;

import java.time.Instant;
import java.util.List;

import dk.newsroom.gateway.feed.ContentType;
import dk.newsroom.gateway.feed.FeedEventDetails;
import dk.newsroom.gateway.feed.FeedItem;
import dk.newsroom.gateway.feed.FeedPersonDetails;
import dk.newsroom.gateway.reader.site.DanishTime;
import org.jspecify.annotations.Nullable;

/**
 * What the search template shows: plain strings, {@code null} where there is nothing to
 * show, escaped by the template engine, except the snippet (see {@link Result#snippet}).
 */
final class SearchViews {

	private SearchViews() {
	}

	/**
	 * One result as the page shows it.
	 * @param snippet the search's snippet: already HTML (the content's text escaped, the
	 * matching words in {@code <mark>}), or {@code null} when empty
	 */
	static Result result(FeedItem item, String snippet) {
		FeedEventDetails event = item.event();
		FeedPersonDetails person = item.person();
		String context;
		String when;
		String whenIso;
		String place = null;
		boolean cancelled = false;
		boolean soldOut = false;
		if (event != null) {
			context = blankToNull(event.track());
			Instant startsAt = event.startsAt();
			Instant endsAt = event.endsAt();
			when = (endsAt != null && endsAt.isAfter(startsAt)) ? DanishTime.range(startsAt, endsAt)
					: DanishTime.dateTime(startsAt);
			whenIso = DanishTime.iso(startsAt);
			place = join(blankToNull(event.venue()), blankToNull(event.city()));
			cancelled = "CANCELLED".equals(event.status());
			soldOut = "SOLD_OUT".equals(event.status());
		}
		else {
			context = (person != null && blankToNull(person.label()) != null) ? person.label()
					: blankToNull(item.section());
			when = DanishTime.dateTime(item.publishedAt());
			whenIso = DanishTime.iso(item.publishedAt());
		}
		return new Result(item.type().wireName(), item.id(), typeLabel(item.type()), context, item.title(),
				(item.url() != null) ? item.url() : item.link(), when, whenIso, place, cancelled, soldOut,
				snippet.isBlank() ? null : snippet);
	}

	/** A result's kind, in the singular: "Artikel". */
	static String typeLabel(ContentType type) {
		return switch (type) {
			case ARTICLE -> "Artikel";
			case EVENT -> "Arrangement";
			case PERSON -> "Navnenyt";
			default -> "Podcast";
		};
	}

	/** A kind as a filter, in the plural: "Artikler". */
	static String typeFilterLabel(ContentType type) {
		return switch (type) {
			case ARTICLE -> "Artikler";
			case EVENT -> "Arrangementer";
			case PERSON -> "Navnenyt";
			default -> "Podcasts";
		};
	}

	private static @Nullable String join(@Nullable String first, @Nullable String second) {
		if (first == null) {
			return second;
		}
		return (second == null) ? first : first + ", " + second;
	}

	private static @Nullable String blankToNull(@Nullable String text) {
		return (text != null && !text.isBlank()) ? text : null;
	}

	/**
	 * One result.
	 *
	 * @param type the content type's wire name
	 * @param id the item's id
	 * @param typeLabel "Artikel", "Arrangement", "Navnenyt"
	 * @param context the article's section, the event's track or the notice's label
	 * @param title the item's title
	 * @param url the item's page
	 * @param when the publication, or an event's time, in Danish
	 * @param whenIso the same instant, ISO 8601
	 * @param place an event's venue and city
	 * @param cancelled whether the event is cancelled
	 * @param soldOut whether the event is sold out
	 * @param snippet HTML: the search's snippet, the content's text already escaped and
	 * the matching words in {@code <mark>}; the template writes it unescaped
	 */
	record Result(String type, String id, String typeLabel, @Nullable String context, String title, String url,
			String when, String whenIso, @Nullable String place, boolean cancelled, boolean soldOut,
			@Nullable String snippet) {

	}

	/** A link with its text. */
	record Link(String text, String url) {

	}

	/**
	 * One facet: a dimension and its values among all matches.
	 *
	 * @param id the element id of its heading
	 */
	record Facet(String id, String heading, List<FacetValue> values) {

	}

	/**
	 * One value of a facet.
	 *
	 * @param url this value as the filter (or, when {@code current}, the search without
	 * it)
	 * @param current whether the search is filtered by it
	 */
	record FacetValue(String name, long count, String url, boolean current) {

	}

	/**
	 * A filter the search has, and the same search without it.
	 *
	 * @param label what is filtered: "Sektion"
	 * @param value the value: "Sikkerhed"
	 */
	record ActiveFilter(String label, String value, String url) {

	}

	/** What the header's search box shows on the search page: the words searched for. */
	record SearchBox(String q) {

	}

}
