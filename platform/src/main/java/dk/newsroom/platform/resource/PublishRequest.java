package dk.newsroom.platform.resource;

import java.time.Instant;

/**
 * The optional body of a publish.
 *
 * @param publishAt when the item becomes public; absent means now, a future time
 * schedules it
 */
public record PublishRequest(Instant publishAt) {

}
