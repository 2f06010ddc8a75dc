package dk.newsroom.gateway.reader;

import java.time.Instant;

import dk.newsroom.gateway.feed.FeedEventDetails;
import dk.newsroom.gateway.feed.FeedItem;
import dk.newsroom.gateway.feed.FeedPersonDetails;
import dk.newsroom.gateway.reader.site.DanishTime;
import org.jspecify.annotations.Nullable;

/**
 * What the template shows of each item: plain strings, never {@code null} (an absent
 * value is empty), escaped by the template engine. Dates are shown in Copenhagen time,
 * e.g. "26. november 2026 kl. 09.00".
 */
final class ReaderViews {

	private ReaderViews() {
	}

	static String dateTime(Instant instant) {
		return DanishTime.dateTime(instant);
	}

	static String date(Instant instant) {
		return DanishTime.day(instant);
	}

	/** The start of the next day in Copenhagen, when {@link #date} changes. */
	static Instant nextDay(Instant instant) {
		return DanishTime.nextDay(instant);
	}

	/** The item's page on the site, or its API resource for a type without pages. */
	static String page(FeedItem item) {
		String url = item.url();
		return (url != null) ? url : item.link();
	}

	static Article article(FeedItem item) {
		return new Article(item.id(), item.title(), text(item.summary()), text(item.section()), page(item),
				dateTime(item.publishedAt()), item.publishedAt().toString());
	}

	static Event event(FeedItem item) {
		FeedEventDetails event = item.event();
		String status = (event != null) ? text(event.status()) : "";
		Instant startsAt = (event != null) ? event.startsAt() : item.publishedAt();
		return new Event(item.id(), item.title(), text(item.summary()), page(item), dateTime(startsAt),
				startsAt.toString(), (event != null) ? text(event.venue()) : "",
				(event != null) ? text(event.city()) : "", (event != null) ? text(event.track()) : "",
				"CANCELLED".equals(status), "SOLD_OUT".equals(status));
	}

	static Person person(FeedItem item) {
		FeedPersonDetails person = item.person();
		return new Person(item.id(), (person != null) ? person.name() : item.title(),
				(person != null) ? text(person.title()) : "", (person != null) ? text(person.company()) : "",
				(person != null) ? text(person.label()) : text(item.section()), text(item.summary()), page(item),
				dateTime(item.publishedAt()), item.publishedAt().toString());
	}

	private static String text(@Nullable String value) {
		return (value != null) ? value : "";
	}

	/** An article in "Seneste nyt". */
	record Article(String id, String title, String summary, String section, String link, String published,
			String publishedIso) {

	}

	/** An event in "Kommende arrangementer". */
	record Event(String id, String title, String summary, String link, String startsAt, String startsAtIso,
			String venue, String city, String track, boolean cancelled, boolean soldOut) {

	}

	/** A person-news item in "Navnenyt". */
	record Person(String id, String name, String newTitle, String company, String label, String summary, String link,
			String published, String publishedIso) {

	}

}
