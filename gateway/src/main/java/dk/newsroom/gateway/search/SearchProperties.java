package dk.newsroom.gateway.search;

import java.nio.file.Path;
import java.time.Duration;

import jakarta.validation.constraints.NotNull;
import org.jspecify.annotations.Nullable;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The search index ({@code newsroom.search.*}, docs/search.md).
 *
 * @param directory where the index is kept on disk across restarts (one directory per
 * gateway process); empty or unset for an index built from the topics on every start, in
 * a temporary directory or in memory
 * @param inMemory without a directory: keep the index on the heap rather than in a
 * temporary directory (small topics, tests)
 * @param refreshInterval how often new changes are made searchable
 * @param commitInterval how often an index on disk is committed (a restart re-applies
 * what came after the last commit from the topics)
 */
@ConfigurationProperties("newsroom.search")
@Validated
public record SearchProperties(@Nullable String directory, @DefaultValue("false") boolean inMemory,
		@DefaultValue("100ms") @NotNull Duration refreshInterval,
		@DefaultValue("60s") @NotNull Duration commitInterval) {

	/** The index's directory, or {@code null} to keep it in memory. */
	public @Nullable Path path() {
		return (this.directory != null && !this.directory.isBlank()) ? Path.of(this.directory.strip()) : null;
	}

}
