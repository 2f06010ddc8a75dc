package dk.newsroom.events.event;

import java.time.OffsetDateTime;

import tools.jackson.databind.annotation.JsonDeserialize;

/**
 * @param publishAt when the event becomes public; absent means now, a future time
 * schedules it
 */
public record PublishRequest(@JsonDeserialize(using = OffsetDateTimeText.class) OffsetDateTime publishAt) {

}
