package dk.newsroom.gateway.feed.stream;

import java.time.Duration;
import java.time.Instant;

import dk.newsroom.gateway.feed.FeedQuery;
import dk.newsroom.gateway.feed.FeedVisibility;
import dk.newsroom.gateway.feed.MutableClock;
import org.junit.jupiter.api.Test;
import reactor.test.StepVerifier;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Stopping ends the open streams and those opened meanwhile; starting again (a paused and
 * resumed application) accepts streams that stay open.
 */
class StreamsShutdownTest {

	private static final FeedQuery ALL = FeedQuery.firstPage(1);

	private final FeedEventLog log = new FeedEventLog(
			new FeedVisibility(new MutableClock(Instant.parse("2026-12-05T08:00:00Z"))), (due, task) -> {
			}, 5);

	private final StreamsShutdown shutdown = new StreamsShutdown(this.log);

	@Test
	void stopEndsTheStreamsUntilStartedAgain() {
		this.shutdown.start();
		StreamClient open = client();

		this.shutdown.stop();

		StepVerifier.create(open.live()).expectComplete().verify(Duration.ofSeconds(5));
		StreamClient duringTheStop = client();
		StepVerifier.create(duringTheStop.live()).expectComplete().verify(Duration.ofSeconds(5));
		assertThat(this.shutdown.isRunning()).isFalse();

		this.shutdown.start();

		StreamClient afterTheStart = client();
		StepVerifier.create(afterTheStart.live())
			.expectSubscription()
			.expectNoEvent(Duration.ofMillis(200))
			.thenCancel()
			.verify(Duration.ofSeconds(5));
		assertThat(this.log.clientCount()).isEqualTo(1);
		assertThat(this.shutdown.isRunning()).isTrue();
	}

	private StreamClient client() {
		StreamClient client = new StreamClient(ALL, 8);
		this.log.subscribe(client, null);
		return client;
	}

}
