package dk.newsroom.gateway.feed;

import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.media.Schema.RequiredMode;
import org.jspecify.annotations.Nullable;

/** The picture shown with a feed item. */
@Schema(description = "The picture shown with a feed item")
public record FeedImage(
		@Schema(requiredMode = RequiredMode.REQUIRED, description = "Absolute http(s) URL",
				example = "https://billeder.newsroom.dk/eu.jpg") String url,
		@Schema(requiredMode = RequiredMode.REQUIRED, nullable = true,
				example = "Topmødet i Kyiv") @Nullable String caption,
		@Schema(requiredMode = RequiredMode.REQUIRED, nullable = true,
				example = "Foto: Anne Holm") @Nullable String credit) {

}
