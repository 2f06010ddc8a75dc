package dk.newsroom.gateway.search;

import dk.newsroom.gateway.search.index.SearchIndex;
import reactor.core.publisher.Mono;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.ReactiveHealthIndicator;

/**
 * How far the search index is: UP with its reader's phase ({@code CATCHING_UP} while it
 * builds, when {@code /api/search} answers 503, then {@code CAUGHT_UP}), where it is kept
 * and whether it was rebuilt at this start. Not part of readiness: the feed serves while
 * the search builds. Reads volatile state: nothing blocks.
 */
final class SearchIndexHealthIndicator implements ReactiveHealthIndicator {

	private final SearchIndex index;

	private final SearchReading reading;

	SearchIndexHealthIndicator(SearchIndex index, SearchReading reading) {
		this.index = index;
		this.reading = reading;
	}

	@Override
	public Mono<Health> health() {
		return Mono.fromSupplier(() -> Health.up()
			.withDetails(this.reading.status().details())
			.withDetail("searchable", this.index.isCaughtUp())
			.withDetail("storage", this.index.storage())
			.withDetail("rebuilt", this.index.wasRebuilt())
			.build());
	}

}
