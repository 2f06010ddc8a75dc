package dk.newsroom.podcasts.podcast;

import java.time.Duration;
import java.util.List;

import dk.newsroom.platform.content.HttpUrl;
import dk.newsroom.platform.content.PlainText;
import dk.newsroom.platform.resource.ContentRequest;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * What an editor sends to create or fully update an episode.
 *
 * @param description what the episode is about, plain text
 * @param durationSeconds the episode's length, at most a day
 */
public record PodcastRequest(@NotBlank @Size(max = 200) @PlainText String title,
		@NotBlank @Size(max = 4000) @PlainText(multiline = true) String description,
		@NotNull @HttpUrl @Size(max = 2000) String audioUrl, @NotNull @Min(1) @Max(86_400) Integer durationSeconds,
		@Size(max = 20) List<@NotBlank @Size(max = 50) @PlainText String> tags)
		implements
			ContentRequest<PodcastContent> {

	@Override
	public PodcastContent toContent() {
		return new PodcastContent(this.title.strip(), this.description.strip(), this.audioUrl,
				Duration.ofSeconds(this.durationSeconds),
				(this.tags != null) ? this.tags.stream().map(String::strip).distinct().toList() : List.of());
	}

}
