package dk.newsroom.gateway.feed;

import java.time.Instant;

import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.media.Schema.RequiredMode;
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
@Schema(description = "What a list shows of an event")
public record FeedEventDetails(
		@Schema(requiredMode = RequiredMode.REQUIRED, description = "UTC",
				example = "2027-02-04T08:00:00Z") Instant startsAt,
		@Schema(requiredMode = RequiredMode.REQUIRED, nullable = true, description = "UTC",
				example = "2027-02-04T15:00:00Z") @Nullable Instant endsAt,
		@Schema(requiredMode = RequiredMode.REQUIRED, nullable = true, description = "The venue's name",
				example = "Godsbanen") @Nullable String venue,
		@Schema(requiredMode = RequiredMode.REQUIRED, nullable = true, example = "Aarhus C") @Nullable String city,
		@Schema(requiredMode = RequiredMode.REQUIRED, nullable = true, example = "Sikkerhed") @Nullable String track,
		@Schema(requiredMode = RequiredMode.REQUIRED, nullable = true,
				description = "A cancelled event stays in the feed, shown as cancelled", allowableValues = {
						"SCHEDULED", "SOLD_OUT", "CANCELLED" },
				example = "SCHEDULED") @Nullable String status){

}
