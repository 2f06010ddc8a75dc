package dk.newsroom.gateway.reader.item;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import dk.newsroom.gateway.reader.site.DanishTime;
import dk.newsroom.gateway.reader.site.SitePaths;
import org.jspecify.annotations.Nullable;

/**
 * What the item templates show: plain values, escaped by the template engine, except the
 * fields named {@code html} (the services' sanitised rich text).
 */
final class ItemViews {

	/** An edit later than this after publication shows "Opdateret". */
	static final Duration EDITED_AFTER = Duration.ofMinutes(1);

	private ItemViews() {
	}

	static @Nullable Image image(@Nullable Picture picture, String fallbackAlt) {
		if (picture == null || picture.url() == null || picture.url().isBlank()) {
			return null;
		}
		String caption = blankToNull(picture.caption());
		return new Image(picture.url(), (caption != null) ? caption : fallbackAlt, caption,
				blankToNull(picture.credit()));
	}

	static List<Link> tags(@Nullable List<String> tags) {
		List<Link> links = new ArrayList<>();
		if (tags != null) {
			for (String tag : tags) {
				if (tag != null && !tag.isBlank()) {
					links.add(new Link(tag, SitePaths.tag(tag)));
				}
			}
		}
		return links;
	}

	/** "Af Mette Holm og Jens Lund" */
	static @Nullable String byline(@Nullable List<String> authors) {
		if (authors == null || authors.isEmpty()) {
			return null;
		}
		if (authors.size() == 1) {
			return "Af " + authors.get(0);
		}
		return "Af " + String.join(", ", authors.subList(0, authors.size() - 1)) + " og "
				+ authors.get(authors.size() - 1);
	}

	static Time time(Instant instant) {
		return new Time(DanishTime.dateTime(instant), DanishTime.iso(instant));
	}

	/** When an item was edited after its publication, else {@code null}. */
	static @Nullable Time updated(@Nullable Instant publishedAt, @Nullable Instant updatedAt) {
		if (publishedAt == null || updatedAt == null || !updatedAt.isAfter(publishedAt.plus(EDITED_AFTER))) {
			return null;
		}
		return time(updatedAt);
	}

	/** Paragraphs of plain text, split at blank lines. */
	static List<String> paragraphs(@Nullable String text) {
		List<String> paragraphs = new ArrayList<>();
		if (text != null) {
			for (String paragraph : text.split("\\R\\s*\\R")) {
				if (!paragraph.isBlank()) {
					paragraphs.add(paragraph.strip());
				}
			}
		}
		return paragraphs;
	}

	static @Nullable String blankToNull(@Nullable String text) {
		return (text == null || text.isBlank()) ? null : text;
	}

	/** A picture: {@code alt} is its caption, or the headline or name it shows. */
	record Image(String url, String alt, @Nullable String caption, @Nullable String credit) {

	}

	/** A link with its text. */
	record Link(String name, String url) {

	}

	/** A moment in Danish and in ISO 8601 (for {@code <time datetime>}). */
	record Time(String text, String iso) {

	}

}
