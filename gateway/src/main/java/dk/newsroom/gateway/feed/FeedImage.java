package dk.newsroom.gateway.feed;

import org.jspecify.annotations.Nullable;

/** The picture shown with a feed item. */
public record FeedImage(String url, @Nullable String caption, @Nullable String credit) {

}
