package dk.newsroom.gateway.search;

import dk.newsroom.gateway.search.index.SearchIndex;
import reactor.core.publisher.Mono;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.ReactiveHealthIndicator;

/**
 * UP once every change that existed at start is searchable, DOWN before. Part of the
 * readiness group, like the feed's projection. Reads volatile state: nothing blocks.
 */
final class SearchIndexHealthIndicator implements ReactiveHealthIndicator {

	private final SearchIndex index;

	SearchIndexHealthIndicator(SearchIndex index) {
		this.index = index;
	}

	@Override
	public Mono<Health> health() {
		return Mono.fromSupplier(() -> (this.index.isCaughtUp() ? Health.up() : Health.down())
			.withDetail("storage", (this.index.path() != null) ? "disk" : "memory")
			.withDetail("rebuilt", this.index.wasRebuilt())
			.build());
	}

}
