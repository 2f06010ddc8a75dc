package dk.newsroom.podcasts.podcast;

import java.time.Duration;
import java.util.List;

/**
 * A podcast episode as editors write it; everything else is lifecycle.
 *
 * @param description sanitised HTML (show notes)
 * @param audioUrl absolute http(s) URL of the audio file
 */
public record PodcastContent(String title, String description, String audioUrl, Duration duration, List<String> tags) {

}
