package dk.newsroom.calendar;

import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * What {@link CalendarWriter} writes of one event: the app's own event, whatever its
 * shape, mapped to this.
 *
 * @param id the event's id; its UID is {@code <id>@<uid domain>}
 * @param version +1 per change; the SEQUENCE, so calendar apps take every edit as a
 * revision
 * @param title the SUMMARY
 * @param teaser plain text, the description's first paragraph
 * @param descriptionHtml sanitised rich text, written as plain text; may be null
 * @param startsAt UTC; written in whole seconds
 * @param endsAt UTC, after {@code startsAt}; written in whole seconds, rounded up
 * @param venue may be null for an event that is online only
 * @param registrationUrl absolute http(s) URL; may be null
 * @param organiser who arranges it; may be null
 * @param imageUrl absolute http(s) URL of the event's picture; may be null
 * @param track the first category
 * @param tags the categories after the track
 * @param cancelled the event will not take place; it stays in a feed with
 * {@code STATUS:CANCELLED}, so subscribers learn of it
 * @param soldOut no seats are left (said only when the event is not cancelled)
 * @param createdAt the CREATED time
 * @param updatedAt the last change: DTSTAMP and LAST-MODIFIED, so the same version always
 * renders the same
 */
public record CalendarEvent(String id, long version, String title, String teaser, @Nullable String descriptionHtml,
		Instant startsAt, Instant endsAt, @Nullable Venue venue, @Nullable String registrationUrl,
		@Nullable String organiser, @Nullable String imageUrl, String track, List<String> tags, boolean cancelled,
		boolean soldOut, Instant createdAt, Instant updatedAt) {

	public CalendarEvent {
		tags = List.copyOf(tags);
	}

	/**
	 * Where an event takes place: the LOCATION, its parts joined by commas.
	 *
	 * @param name e.g. "Tivoli Congress Center"
	 * @param address street address with postcode; may be null
	 * @param city e.g. "København Ø"; may be null
	 */
	public record Venue(String name, @Nullable String address, @Nullable String city) {

	}

}
