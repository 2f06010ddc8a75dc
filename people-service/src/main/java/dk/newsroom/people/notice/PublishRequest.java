package dk.newsroom.people.notice;

import java.time.Instant;

/**
 * @param publishAt when the notice becomes public; absent means now, a future time
 * schedules it
 */
public record PublishRequest(Instant publishAt) {

}
