package dk.newsroom.articles.article;

import java.time.Instant;

/**
 * @param publishAt when the article becomes public; absent means now, a future time
 * schedules it
 */
public record PublishRequest(Instant publishAt) {

}
