package dk.newsroom.webhooks.subscription;

import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * Which changes a subscription receives. An empty list does not filter. A change matches
 * when it matches every list that is not empty: its type is one of {@code types}, its
 * kind one of {@code changes}, an article's section one of {@code sections} (other types
 * pass), an event's track one of {@code tracks} (other types pass), and it has at least
 * one of {@code tags}. A removal (a tombstone) carries no section, track or tags, so it
 * is filtered by type and kind only.
 */
@Schema(description = "Which changes a subscription receives; an empty list does not filter")
public record ChangeFilter(@Schema(description = "article, event, person") List<String> types,
		@Schema(description = "Article sections") List<String> sections,
		@Schema(description = "Event tracks") List<String> tracks,
		@Schema(description = "Any of these tags") List<String> tags,
		@Schema(description = "added, changed, removed") List<String> changes) {

	public static final List<String> TYPES = List.of("article", "event", "person");

	public static final List<String> CHANGES = List.of("added", "changed", "removed");

	public ChangeFilter {
		types = (types != null) ? List.copyOf(types) : List.of();
		sections = (sections != null) ? List.copyOf(sections) : List.of();
		tracks = (tracks != null) ? List.copyOf(tracks) : List.of();
		tags = (tags != null) ? List.copyOf(tags) : List.of();
		changes = (changes != null) ? List.copyOf(changes) : List.of();
	}

	/** A filter that lets everything through. */
	public static ChangeFilter everything() {
		return new ChangeFilter(List.of(), List.of(), List.of(), List.of(), List.of());
	}

	public boolean matches(ChangeFacts facts) {
		if (!this.types.isEmpty() && !this.types.contains(facts.type())) {
			return false;
		}
		if (!this.changes.isEmpty() && !this.changes.contains(facts.change())) {
			return false;
		}
		if (facts.removal()) {
			return true;
		}
		if (!this.sections.isEmpty() && "article".equals(facts.type()) && !this.sections.contains(facts.section())) {
			return false;
		}
		if (!this.tracks.isEmpty() && "event".equals(facts.type()) && !this.tracks.contains(facts.track())) {
			return false;
		}
		return this.tags.isEmpty() || facts.tags().stream().anyMatch(this.tags::contains);
	}

}
