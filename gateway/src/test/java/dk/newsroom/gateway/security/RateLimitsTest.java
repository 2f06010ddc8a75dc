package dk.newsroom.gateway.security;

import java.time.Duration;
import java.util.List;

import io.github.bucket4j.Bucket;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Flux;
import reactor.core.scheduler.Schedulers;
import reactor.test.StepVerifier;

class RateLimitsTest {

	/**
	 * One client's requests arrive on several event loops at once (an office behind one
	 * address, a reader's page loading its parts in parallel): taking from its bucket
	 * must not park an event loop. A locking bucket did when two requests met (BlockHound
	 * failed the request, answered 500).
	 */
	@Test
	void aBucketTakenFromOnManyNonBlockingThreadsAtOnceNeverBlocks() {
		int takes = 40_000;
		RateLimits limits = new RateLimits(
				new RateLimitProperties(true, takes, takes, Duration.ofHours(1), 10, List.of()));
		Bucket bucket = limits.address("203.0.113.7");

		Flux<Boolean> taken = Flux.range(0, takes)
			.parallel(4)
			.runOn(Schedulers.parallel(), 1)
			.map((i) -> bucket.tryConsume(1))
			.sequential();

		StepVerifier.create(taken.filter(Boolean::booleanValue).count())
			.expectNext((long) takes)
			.expectComplete()
			.verify(Duration.ofSeconds(60));
	}

}
