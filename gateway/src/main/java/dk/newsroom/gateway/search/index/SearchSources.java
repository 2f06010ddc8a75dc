package dk.newsroom.gateway.search.index;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import org.jspecify.annotations.Nullable;

/**
 * The text of each content type as its topic carries it: only what the index searches.
 * Unknown fields are ignored (tolerant reader).
 */
final class SearchSources {

	private SearchSources() {
	}

	/** An article ({@code article.v1}); {@code body} is sanitised HTML. */
	@JsonIgnoreProperties(ignoreUnknown = true)
	record Article(@Nullable String headline, @Nullable String lead, @Nullable String body,
			@Nullable List<String> authors, @Nullable String source) {

	}

	/** An event ({@code event.v1}); {@code description} is sanitised HTML. */
	@JsonIgnoreProperties(ignoreUnknown = true)
	record Event(@Nullable String title, @Nullable String teaser, @Nullable String description, @Nullable Venue venue,
			@Nullable String organiser) {

	}

	@JsonIgnoreProperties(ignoreUnknown = true)
	record Venue(@Nullable String name, @Nullable String address, @Nullable String city) {

	}

	/** A Navnenyt notice ({@code person.v1}); {@code announcement} is plain text. */
	@JsonIgnoreProperties(ignoreUnknown = true)
	record Notice(@Nullable String label, @Nullable Person person, @Nullable String company, @Nullable String title,
			@Nullable String announcement, @Nullable Position previousPosition) {

	}

	@JsonIgnoreProperties(ignoreUnknown = true)
	record Person(@Nullable String name) {

	}

	@JsonIgnoreProperties(ignoreUnknown = true)
	record Position(@Nullable String title, @Nullable String company) {

	}

}
