package dk.newsroom.gateway.feed.ingest;

import reactor.core.publisher.Mono;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.ReactiveHealthIndicator;

/**
 * UP once the feed has read every partition up to the end offsets seen at start, DOWN
 * before. Part of the readiness group, so a fresh gateway gets no traffic while its feed
 * is still incomplete. Reads a volatile snapshot: nothing blocks.
 */
final class FeedProjectionHealthIndicator implements ReactiveHealthIndicator {

	private final FeedCatchUp catchUp;

	FeedProjectionHealthIndicator(FeedCatchUp catchUp) {
		this.catchUp = catchUp;
	}

	@Override
	public Mono<Health> health() {
		return Mono.fromSupplier(this::current);
	}

	private Health current() {
		FeedCatchUp.Status status = this.catchUp.status();
		Health.Builder builder = (status.phase() == FeedCatchUp.Phase.CAUGHT_UP) ? Health.up() : Health.down();
		return builder.withDetails(status.details()).build();
	}

}
