package dk.newsroom.gateway.feed.stream;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import dk.newsroom.gateway.feed.FeedEntry;
import dk.newsroom.gateway.feed.FeedItem;
import dk.newsroom.gateway.feed.FeedItems;
import dk.newsroom.gateway.feed.FeedKey;
import dk.newsroom.gateway.feed.FeedQuery;
import org.junit.jupiter.api.Test;
import reactor.test.StepVerifier;

import static dk.newsroom.gateway.feed.FeedItems.article;
import static org.assertj.core.api.Assertions.assertThat;

class StreamClientsTest {

	private static final Instant NOW = Instant.parse("2026-11-26T12:00:00Z");

	private static final FeedQuery ALL = FeedQuery.firstPage(1);

	private static final Duration TIMEOUT = Duration.ofSeconds(10);

	private final StreamClients clients = new StreamClients();

	@Test
	void everyClientGetsTheEventsInOrderAndTheHandOverIsMeasured() {
		List<Long> measured = new ArrayList<>();
		this.clients.measureHandOver(measured::add);
		StreamClient one = new StreamClient(ALL, 10);
		StreamClient two = new StreamClient(ALL, 10);
		this.clients.add(one);
		this.clients.add(two);

		this.clients.handOver(List.of(event(1), event(2)));
		this.clients.handOver(List.of());

		assertThat(this.clients.count()).isEqualTo(2);
		assertThat(measured).as("once per hand-over of events").hasSize(1);
		for (StreamClient client : List.of(one, two)) {
			StepVerifier.create(client.live().take(2))
				.expectNextMatches((event) -> event.event().sequence() == 1)
				.expectNextMatches((event) -> event.event().sequence() == 2)
				.expectComplete()
				.verify(TIMEOUT);
		}
	}

	@Test
	void aClientThatFallsBehindItsBufferIsDroppedAndUnregistered() {
		StreamClient slow = new StreamClient(ALL, 1);
		StreamClient fast = new StreamClient(ALL, 10);
		this.clients.add(slow);
		this.clients.add(fast);

		this.clients.handOver(List.of(event(1), event(2)));

		assertThat(slow.wasDropped()).isTrue();
		assertThat(this.clients.count()).isOne();
		this.clients.remove(fast);
		assertThat(this.clients.count()).isZero();
	}

	@Test
	void closingEndsEveryStreamAndThoseThatComeLater() {
		StreamClient before = new StreamClient(ALL, 10);
		this.clients.add(before);

		this.clients.close();
		StreamClient after = new StreamClient(ALL, 10);
		this.clients.add(after);

		assertThat(this.clients.count()).isZero();
		StepVerifier.create(before.live()).expectComplete().verify(TIMEOUT);
		StepVerifier.create(after.live()).expectComplete().verify(TIMEOUT);
	}

	private static FeedEvent event(long sequence) {
		FeedItem item = article("a" + sequence, NOW, 1);
		return new FeedEvent(sequence, item.ref(), null, new FeedEntry(FeedKey.of(item), item, FeedItems.SERIALIZER), 0,
				sequence, null, FeedPosition.START);
	}

}
