package dk.newsroom.gateway.feed.stream;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import dk.newsroom.gateway.feed.ContentType;
import dk.newsroom.gateway.feed.FeedChange;
import dk.newsroom.gateway.feed.FeedItems;
import dk.newsroom.gateway.feed.FeedKey;
import dk.newsroom.gateway.feed.FeedProjection;
import dk.newsroom.gateway.feed.FeedQuery;
import dk.newsroom.gateway.feed.FeedVisibility;
import dk.newsroom.gateway.feed.MutableClock;
import dk.newsroom.gateway.feed.ResourceRef;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import reactor.test.StepVerifier;

import static dk.newsroom.gateway.feed.FeedItems.article;
import static dk.newsroom.gateway.feed.FeedItems.item;
import static org.assertj.core.api.Assertions.assertThat;

class FeedEventLogTest {

	private static final Instant NOW = Instant.parse("2026-11-26T12:00:00Z");

	private static final FeedQuery ALL = FeedQuery.firstPage(1);

	private final MutableClock clock = new MutableClock(NOW);

	private final List<@Nullable Instant> wakeUps = new ArrayList<>();

	private final FeedEventLog log = new FeedEventLog(new FeedVisibility(this.clock),
			(due, task) -> this.wakeUps.add(due), 5);

	private final FeedProjection projection = new FeedProjection(this.clock, FeedItems.SERIALIZER);

	private long offset;

	FeedEventLogTest() {
		this.projection.addListener(this.log);
	}

	@Test
	void publishingAddsAnItemANewerVersionChangesItAndATombstoneRemovesIt() {
		StreamClient client = subscribe(ALL, null);

		apply(FeedChange.listed(article("a", NOW.minusSeconds(60), 1)));
		apply(FeedChange.listed(article("a", NOW.minusSeconds(60), 2)));
		apply(FeedChange.listed(article("a", NOW.minusSeconds(60), 1)));
		apply(FeedChange.unlisted(new ResourceRef(ContentType.ARTICLE, "a"), 3));
		apply(FeedChange.unlisted(new ResourceRef(ContentType.ARTICLE, "b"), 1));

		StepVerifier.create(client.live().take(3))
			.expectNextMatches((event) -> is(event, FeedEvent.Kind.ADDED, 1, 1))
			.expectNextMatches((event) -> is(event, FeedEvent.Kind.CHANGED, 2, 2))
			.expectNextMatches((event) -> event.kind() == FeedEvent.Kind.REMOVED && event.event().sequence() == 3)
			.verifyComplete();
		assertThat(this.log.lastSequence()).isEqualTo(3);
		assertThat(seen().next(ContentType.ARTICLE, 0)).as("the records behind the events, and after").isEqualTo(5);
	}

	@Test
	void aScheduledItemIsAddedWhenItsTimeComesAndNotBefore() {
		StreamClient client = subscribe(ALL, null);
		Instant due = NOW.plusSeconds(30);

		apply(FeedChange.listed(article("later", due, 1)));
		this.log.releaseDue();

		assertThat(this.wakeUps).last().isEqualTo(due);
		assertThat(this.log.lastSequence()).isZero();
		assertThat(seen().released()).isEqualTo(FeedKey.firstPublishedAt(NOW));

		this.clock.advance(Duration.ofSeconds(30));
		this.log.releaseDue();

		assertThat(this.log.lastSequence()).isOne();
		assertThat(seen().released()).isEqualTo(FeedKey.firstPublishedAt(due));
		assertThat(this.wakeUps).last().isNull();
		StepVerifier.create(client.live().take(1))
			.expectNextMatches((event) -> is(event, FeedEvent.Kind.ADDED, 1, 1))
			.verifyComplete();
	}

	@Test
	void aVisibleItemRescheduledForLaterIsRemovedAndAddedAgainWhenDue() {
		StreamClient client = subscribe(ALL, null);
		apply(FeedChange.listed(article("a", NOW.minusSeconds(60), 1)));
		apply(FeedChange.listed(article("a", NOW.plusSeconds(60), 2)));
		this.clock.advance(Duration.ofSeconds(61));
		// The next change releases what became due first, so the order follows time.
		apply(FeedChange.listed(article("b", NOW.minusSeconds(60), 1)));

		StepVerifier.create(client.live().take(4))
			.expectNextMatches((event) -> is(event, FeedEvent.Kind.ADDED, 1, 1))
			.expectNextMatches((event) -> event.kind() == FeedEvent.Kind.REMOVED)
			.expectNextMatches((event) -> is(event, FeedEvent.Kind.ADDED, 3, 2))
			.expectNextMatches((event) -> event.event().ref().id().equals("b"))
			.verifyComplete();
	}

	@Test
	void aClientSeesTheChangesThroughItsFilters() {
		FeedQuery eu = new FeedQuery(Set.of(ContentType.ARTICLE), "EU", null, 1, null);
		StreamClient client = subscribe(eu, null);

		apply(FeedChange.listed(article("other", NOW.minusSeconds(60), 1)));
		apply(FeedChange.listed(tagged("a", 1, "eu")));
		apply(FeedChange.listed(tagged("a", 2, "nato")));
		apply(FeedChange.listed(tagged("a", 3, "eu")));
		apply(FeedChange.listed(item(ContentType.EVENT, "ev", NOW.minusSeconds(5), 1, List.of("eu"), null)));

		StepVerifier.create(client.live().take(3))
			.expectNextMatches((event) -> is(event, FeedEvent.Kind.ADDED, 2, 1))
			.expectNextMatches((event) -> event.kind() == FeedEvent.Kind.REMOVED && event.event().sequence() == 3)
			.expectNextMatches((event) -> is(event, FeedEvent.Kind.ADDED, 4, 3))
			.verifyComplete();
	}

	@Test
	void aResumingClientGetsExactlyTheEventsItMissedThenLiveOnes() {
		List<String> ids = record(ALL);
		publish("a", "b", "c");

		FeedEventLog.Start start = this.log.subscribe(new StreamClient(ALL, 8), ids.get(0));

		assertThat(start.kind()).isEqualTo(FeedEventLog.Start.Kind.REPLAY);
		assertThat(start.replay()).extracting((event) -> event.event().ref().id()).containsExactly("b", "c");
		assertThat(this.log.subscribe(new StreamClient(ALL, 8), ids.get(2)).replay()).isEmpty();
		assertThat(this.log.subscribe(new StreamClient(ALL, 8), FeedPosition.START.token()).replay()).hasSize(3);
	}

	@Test
	void anIdOlderThanTheHistoryOrNotAPositionIsAReset() {
		List<String> ids = record(ALL);
		publish("a", "b", "c", "d", "e", "f", "g");

		assertThat(this.log.subscribe(new StreamClient(ALL, 8), ids.get(0)).kind())
			.isEqualTo(FeedEventLog.Start.Kind.RESET);
		assertThat(this.log.subscribe(new StreamClient(ALL, 8), ids.get(1)).replay()).hasSize(5);
		for (String unknown : List.of("k3j2x9aq-3", "1.", "1....", "1..x..", "1..-1..", "1.zz_1_9_...", "7", "")) {
			assertThat(this.log.subscribe(new StreamClient(ALL, 8), unknown).kind()).as(unknown)
				.isEqualTo(FeedEventLog.Start.Kind.RESET);
		}
	}

	@Test
	void moreMissedEventsThanTheClientsBufferIsAReset() {
		List<String> ids = record(ALL);
		publish("a", "b", "c", "d");

		assertThat(this.log.subscribe(new StreamClient(ALL, 2), ids.get(1)).replay()).hasSize(2);
		assertThat(this.log.subscribe(new StreamClient(ALL, 2), ids.get(0)).kind())
			.isEqualTo(FeedEventLog.Start.Kind.RESET);
	}

	@Test
	void aClientThatFallsBehindItsBufferIsDroppedAndTheOthersKeepGoing() {
		StreamClient slow = subscribe(ALL, null);
		StreamClient other = new StreamClient(ALL, 64);
		this.log.subscribe(other, null);
		List<StreamEvent> received = new ArrayList<>();
		other.live().subscribe(received::add);

		publish("a", "b", "c", "d", "e", "f", "g", "h", "i", "j");

		assertThat(slow.wasDropped()).isTrue();
		StepVerifier.create(slow.dropped()).expectNext(StreamClient.TOO_SLOW).verifyComplete();
		assertThat(received).hasSize(10);
		assertThat(this.log.clientCount()).isOne();
	}

	@Test
	void closingEndsEveryClient() {
		StreamClient client = subscribe(ALL, null);

		this.log.close();

		StepVerifier.create(client.live()).verifyComplete();
		assertThat(this.log.clientCount()).isZero();
	}

	/** The ids of the events from now on, as a client would see them. */
	private List<String> record(FeedQuery query) {
		List<String> ids = new ArrayList<>();
		StreamClient client = new StreamClient(query, 64);
		this.log.subscribe(client, null);
		client.live().subscribe((event) -> ids.add(event.event().position().token()));
		return ids;
	}

	private FeedPosition seen() {
		return Objects.requireNonNull(FeedPosition.parse(this.log.lastId()));
	}

	/** Applies a change as read from the next record of partition 0 of its topic. */
	private void apply(FeedChange change) {
		this.projection.apply(change.at(0, this.offset++));
	}

	private StreamClient subscribe(FeedQuery query, @Nullable String lastEventId) {
		StreamClient client = new StreamClient(query, 8);
		this.log.subscribe(client, lastEventId);
		return client;
	}

	private void publish(String... ids) {
		for (String id : ids) {
			apply(FeedChange.listed(article(id, NOW.minusSeconds(60), 1)));
		}
	}

	private static dk.newsroom.gateway.feed.FeedItem tagged(String id, long version, String tag) {
		return item(ContentType.ARTICLE, id, NOW.minusSeconds(10), version, List.of(tag), "Sikkerhed");
	}

	private static boolean is(StreamEvent event, FeedEvent.Kind kind, long sequence, long version) {
		var after = event.event().after();
		return event.kind() == kind && event.event().sequence() == sequence && after != null
				&& after.item().version() == version;
	}

}
