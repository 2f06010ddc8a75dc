package dk.newsroom.gateway.reader.lists;

import java.time.Instant;

import dk.newsroom.gateway.feed.FeedEventDetails;
import dk.newsroom.gateway.feed.FeedItem;
import dk.newsroom.gateway.feed.FeedPersonDetails;
import dk.newsroom.gateway.reader.site.DanishTime;
import dk.newsroom.gateway.reader.site.SitePaths;
import org.jspecify.annotations.Nullable;

/**
 * What the list templates show of each item: plain strings, {@code null} where there is
 * nothing to show (so a section of the template is left out), escaped by the template
 * engine. Times are in Copenhagen, in Danish.
 */
final class ListViews {

	private ListViews() {
	}

	/**
	 * An article in a list.
	 * @param linkSection whether its section links to the section's page (not on that
	 * page itself)
	 */
	static Entry article(FeedItem item, boolean linkSection) {
		String section = blankToNull(item.section());
		Link kicker = (section != null) ? new Link(section, linkSection ? SitePaths.section(section) : null) : null;
		return new Entry(new Article(item.id(), kicker, item.title(), page(item), blankToNull(item.summary()),
				DanishTime.dateTime(item.publishedAt()), DanishTime.iso(item.publishedAt())), null, null);
	}

	static Entry event(FeedItem item) {
		FeedEventDetails event = item.event();
		Instant startsAt = (event != null) ? event.startsAt() : item.publishedAt();
		Instant endsAt = (event != null) ? event.endsAt() : null;
		String status = (event != null) ? event.status() : null;
		return new Entry(null, new Event(item.id(), item.title(), page(item), blankToNull(item.summary()),
				(endsAt != null && endsAt.isAfter(startsAt)) ? DanishTime.range(startsAt, endsAt)
						: DanishTime.dateTime(startsAt),
				DanishTime.iso(startsAt), (event != null) ? blankToNull(event.venue()) : null,
				(event != null) ? blankToNull(event.city()) : null, (event != null) ? blankToNull(event.track()) : null,
				"CANCELLED".equals(status), "SOLD_OUT".equals(status)), null);
	}

	static Entry notice(FeedItem item) {
		FeedPersonDetails person = item.person();
		return new Entry(null, null,
				new Notice(item.id(), (person != null) ? blankToNull(person.label()) : blankToNull(item.section()),
						(person != null) ? person.name() : item.title(), page(item),
						(person != null) ? blankToNull(person.title()) : null,
						(person != null) ? blankToNull(person.company()) : null,
						DanishTime.dateTime(item.publishedAt()), DanishTime.iso(item.publishedAt())));
	}

	/** An item as its kind is listed. */
	static Entry of(FeedItem item, boolean linkSection) {
		return switch (item.type()) {
			case EVENT -> event(item);
			case PERSON -> notice(item);
			default -> article(item, linkSection);
		};
	}

	/** The item's page on the site, or its API resource for a type without pages. */
	private static String page(FeedItem item) {
		String url = item.url();
		return (url != null) ? url : item.link();
	}

	static @Nullable String blankToNull(@Nullable String text) {
		return (text != null && !text.isBlank()) ? text : null;
	}

	/** One item of a list: exactly one of its parts is set. */
	record Entry(@Nullable Article article, @Nullable Event event, @Nullable Notice notice) {

	}

	/** A text, linking somewhere or not. */
	record Link(String name, @Nullable String url) {

	}

	record Article(String id, @Nullable Link section, String title, String url, @Nullable String lead, String published,
			String publishedIso) {

	}

	record Event(String id, String title, String url, @Nullable String teaser, String when, String startsIso,
			@Nullable String venue, @Nullable String city, @Nullable String track, boolean cancelled, boolean soldOut) {

	}

	record Notice(String id, @Nullable String label, String name, String url, @Nullable String newTitle,
			@Nullable String company, String published, String publishedIso) {

	}

	/** A filter of the events page. */
	record Facet(String name, String url, boolean current) {

	}

}
