package dk.newsroom.gateway.feed;

import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.media.Schema.RequiredMode;
import org.jspecify.annotations.Nullable;

/**
 * What a list shows of a person-news item.
 *
 * @param name the person's name
 * @param company the company the notice is about
 * @param title the new title (for a retirement, the title the person leaves)
 * @param label the notice's label, e.g. "Nyt job"
 */
@Schema(description = "What a list shows of a notice")
public record FeedPersonDetails(
		@Schema(requiredMode = RequiredMode.REQUIRED, example = "Mette Kjær Sørensen") String name,
		@Schema(requiredMode = RequiredMode.REQUIRED, nullable = true,
				example = "Nordlys Data") @Nullable String company,
		@Schema(requiredMode = RequiredMode.REQUIRED, nullable = true,
				description = "The new title; for a retirement the title the person leaves",
				example = "seniorrådgiver") @Nullable String title,
		@Schema(requiredMode = RequiredMode.REQUIRED, nullable = true, example = "Nyt job") @Nullable String label) {

}
