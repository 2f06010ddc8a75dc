package dk.newsroom.platform.resource;

import java.time.OffsetDateTime;

import dk.newsroom.platform.web.OffsetDateTimeText;
import tools.jackson.databind.annotation.JsonDeserialize;

/**
 * The optional body of a publish.
 *
 * @param publishAt when the item becomes public, ISO-8601 with an offset
 * ({@code 2026-03-12T09:00:00+01:00} or {@code …Z}); absent means now, a future time
 * schedules it
 */
public record PublishRequest(@JsonDeserialize(using = OffsetDateTimeText.class) OffsetDateTime publishAt) {

}
