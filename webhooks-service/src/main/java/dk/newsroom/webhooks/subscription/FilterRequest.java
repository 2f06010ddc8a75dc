package dk.newsroom.webhooks.subscription;

import java.util.List;

import dk.newsroom.platform.content.PlainText;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** The filter as a client sends it; absent or empty lists do not filter. */
@Schema(description = "Which changes to receive; an absent or empty list does not filter")
record FilterRequest(
		@Schema(description = "Content types: article, event, person") @Size(max = 3) List<@NotNull @Pattern(
				regexp = "article|event|person", message = "must be article, event or person") String> types,
		@Schema(description = "Article sections (exact)") @Size(
				max = 50) List<@NotBlank @PlainText @Size(max = 100) String> sections,
		@Schema(description = "Event tracks (exact)") @Size(
				max = 50) List<@NotBlank @PlainText @Size(max = 100) String> tracks,
		@Schema(description = "Tags; a change matches with any of them") @Size(
				max = 50) List<@NotBlank @PlainText @Size(max = 100) String> tags,
		@Schema(description = "Change kinds: added, changed, removed") @Size(max = 3) List<@NotNull @Pattern(
				regexp = "added|changed|removed", message = "must be added, changed or removed") String> changes) {

	ChangeFilter toFilter() {
		return new ChangeFilter(distinct(this.types), distinct(this.sections), distinct(this.tracks),
				distinct(this.tags), distinct(this.changes));
	}

	private static List<String> distinct(List<String> values) {
		return (values != null) ? values.stream().distinct().toList() : List.of();
	}

}
