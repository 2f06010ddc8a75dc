package dk.newsroom.gateway.feed;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * What a list shows of an event.
 *
 * @param startsAt when it starts (UTC)
 * @param endsAt when it ends (UTC)
 * @param venue the venue's name
 * @param city the city, e.g. "København Ø"
 * @param track the track, e.g. "Sikkerhed"
 * @param status {@code SCHEDULED}, {@code SOLD_OUT} or {@code CANCELLED}; a cancelled
 * event stays in the feed, shown as cancelled
 */
public record FeedEventDetails(Instant startsAt, @Nullable Instant endsAt, @Nullable String venue,
		@Nullable String city, @Nullable String track, @Nullable String status) {

}
