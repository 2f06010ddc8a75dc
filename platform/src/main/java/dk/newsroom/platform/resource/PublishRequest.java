package dk.newsroom.platform.resource;

import java.time.OffsetDateTime;

import dk.newsroom.platform.web.OffsetDateTimeText;
import io.swagger.v3.oas.annotations.media.Schema;
import tools.jackson.databind.annotation.JsonDeserialize;

/**
 * The optional body of a publish.
 *
 * @param publishAt when the item becomes public, ISO-8601 with an offset
 * ({@code 2026-03-12T09:00:00+01:00} or {@code …Z}); absent means now, a future time
 * schedules it
 */
@Schema(description = "The optional body of a publish")
public record PublishRequest(@Schema(description = """
		When the item becomes public: an ISO-8601 date-time with an offset (`+01:00` or `Z`); absent means now, a \
		future time schedules it. Numbers and local times are refused.""",
		example = "2026-12-01T08:00:00+01:00") @JsonDeserialize(
				using = OffsetDateTimeText.class) OffsetDateTime publishAt) {

}
