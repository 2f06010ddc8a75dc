package dk.newsroom.events.event;

import java.time.Instant;

import dk.newsroom.platform.content.PublicationStatus;

/**
 * A list request, checked: the timeline, optional filters and a keyset page.
 *
 * @param trackKey the track as a slug ({@code digital-transformation}), so the filter
 * ignores case and accents; null for any
 * @param cityKey the city as a slug ({@code koebenhavn-oe}); null for any
 * @param from inclusive lower bound on {@code startsAt}; null for none
 * @param to exclusive upper bound on {@code startsAt}; null for none
 * @param after where the previous page ended; null for the first page
 * @param publicOnly only what anonymous readers may see (published, time has come)
 */
record EventQuery(Timeline timeline, PublicationStatus status, String trackKey, String cityKey, String tag,
		Instant from, Instant to, int limit, EventCursor after, boolean publicOnly) {

}
