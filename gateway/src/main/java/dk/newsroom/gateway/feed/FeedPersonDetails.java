package dk.newsroom.gateway.feed;

import org.jspecify.annotations.Nullable;

/**
 * What a list shows of a person-news item.
 *
 * @param name the person's name
 * @param company the company the notice is about
 * @param title the new title (for a retirement, the title the person leaves)
 * @param label the notice's label, e.g. "Nyt job"
 */
public record FeedPersonDetails(String name, @Nullable String company, @Nullable String title, @Nullable String label) {

}
