package dk.newsroom.events.event;

import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.media.Schema.RequiredMode;

/**
 * Where an event takes place.
 *
 * @param name e.g. "Tivoli Congress Center"
 * @param address street address with postcode; may be null
 * @param city e.g. "København Ø" or "Hellerup"
 */
@Schema(description = "Where an event takes place")
public record Venue(@Schema(requiredMode = RequiredMode.REQUIRED, example = "Nordhavn Konferencecenter") String name,
		@Schema(requiredMode = RequiredMode.REQUIRED, nullable = true,
				example = "Århusgade 88, 2100 København Ø") String address,
		@Schema(requiredMode = RequiredMode.REQUIRED, example = "København Ø") String city) {

}
