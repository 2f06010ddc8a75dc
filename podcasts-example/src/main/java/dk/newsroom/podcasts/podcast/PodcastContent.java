package dk.newsroom.podcasts.podcast;

import java.time.Duration;
import java.util.List;

/**
 * A podcast episode as editors write it; everything else is lifecycle.
 *
 * @param description what the episode is about, plain text
 * @param audioUrl absolute http(s) URL of the audio file
 */
public record PodcastContent(String title, String description, String audioUrl, Duration duration, List<String> tags) {

}
