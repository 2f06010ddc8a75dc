package dk.newsroom.gateway.reader.site;

import java.nio.charset.StandardCharsets;
import java.util.Locale;

import org.jspecify.annotations.Nullable;

import org.springframework.web.util.UriUtils;

/**
 * The reader site's addresses besides an item's own page ({@code FeedItem.url()}):
 * section, tag, events, Navnenyt and search pages. A section or tag is addressed by its
 * name in lower case ({@code /sektioner/sikkerhed}, {@code /emner/cybersikkerhed}); the
 * feed matches names without regard to case, so every spelling finds the same page and
 * the lower-case one is canonical.
 */
public final class SitePaths {

	public static final String FRONT_PAGE = "/";

	public static final String SECTIONS = "/sektioner";

	public static final String TAGS = "/emner";

	public static final String EVENTS = "/arrangementer";

	public static final String NOTICES = "/navnenyt";

	/** The search page ({@code ?q=} and the search's filters). */
	public static final String SEARCH = "/soeg";

	/** The events page's filter by track. */
	public static final String TRACK = "spor";

	/** The events page's filter by city. */
	public static final String CITY = "by";

	private SitePaths() {
	}

	public static String section(String name) {
		return SECTIONS + "/" + segment(name);
	}

	public static String tag(String name) {
		return TAGS + "/" + segment(name);
	}

	/** The events page, filtered by track and city when given. */
	public static String events(@Nullable String track, @Nullable String city) {
		StringBuilder path = new StringBuilder(EVENTS);
		char separator = '?';
		if (track != null) {
			path.append(separator).append(TRACK).append('=').append(query(track));
			separator = '&';
		}
		if (city != null) {
			path.append(separator).append(CITY).append('=').append(query(city));
		}
		return path.toString();
	}

	/** An event's calendar file on the site: {@code /arrangementer/{slug}.ics}. */
	public static String eventCalendar(String slug) {
		return EVENTS + "/" + UriUtils.encodePathSegment(slug, StandardCharsets.UTF_8) + ".ics";
	}

	/** The calendar feed of one track, served by the events-service. */
	public static String trackCalendar(String track) {
		return "/api/events/calendar.ics?track=" + query(track);
	}

	private static String segment(String name) {
		return UriUtils.encodePathSegment(name.toLowerCase(Locale.ROOT), StandardCharsets.UTF_8);
	}

	private static String query(String value) {
		return UriUtils.encodeQueryParam(value, StandardCharsets.UTF_8);
	}

}
