package dk.newsroom.gateway.feed.stream;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

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
import reactor.core.Disposable;
import reactor.core.publisher.Flux;
import reactor.test.StepVerifier;
import tools.jackson.databind.json.JsonMapper;

import static dk.newsroom.gateway.feed.FeedItems.article;
import static org.assertj.core.api.Assertions.assertThat;

class FeedStreamsTest {

	private static final Instant NOW = Instant.parse("2026-11-26T12:00:00Z");

	private static final Duration WAIT = Duration.ofSeconds(10);

	private static final FeedQuery ALL = FeedQuery.firstPage(1);

	private final MutableClock clock = new MutableClock(NOW);

	private final FeedEventLog log = new FeedEventLog(new FeedVisibility(this.clock), (due, task) -> {
	}, 100);

	private final FeedProjection projection = new FeedProjection(this.clock, FeedItems.SERIALIZER);

	private long offset;

	private final FeedStreams streams = new FeedStreams(this.log, new FeedStreamEvents(JsonMapper.builder().build()),
			new FeedStreamProperties(100, 4, Duration.ofMinutes(5), Duration.ofSeconds(5), Duration.ofMinutes(30),
					20000, 200, Duration.ofSeconds(10)));

	FeedStreamsTest() {
		this.projection.addListener(this.log);
	}

	@Test
	void aFreshClientGetsReadyThenTheChangesAsTheirOwnEventTypes() {
		StepVerifier.create(this.streams.open(ALL, null, "/api/feed"))
			.expectNextMatches((event) -> is(event, "ready", id(0), "{\"lastEventId\":\"" + id(0) + "\"}"))
			.then(() -> {
				publish("a", 1);
				publish("a", 2);
				apply(FeedChange.unlisted(new ResourceRef(ContentType.ARTICLE, "a"), 3));
			})
			.expectNextMatches((event) -> is(event, "added", id(1), "{\"id\":\"a\",\"version\":1}"))
			.expectNextMatches((event) -> is(event, "changed", id(2), "{\"id\":\"a\",\"version\":2}"))
			.expectNextMatches((event) -> is(event, "removed", id(3), "{\"type\":\"article\",\"id\":\"a\"}"))
			.thenCancel()
			.verify(WAIT);
	}

	@Test
	void aResumingClientGetsWhatItMissedAndATooOldOneAReset() {
		publish("a", 1);
		publish("b", 1);
		publish("c", 1);

		StepVerifier.create(this.streams.open(ALL, id(1), "/api/feed"))
			.expectNextMatches((event) -> is(event, "added", id(2), "{\"id\":\"b\",\"version\":1}"))
			.expectNextMatches((event) -> is(event, "added", id(3), "{\"id\":\"c\",\"version\":1}"))
			.then(() -> publish("d", 1))
			.expectNextMatches((event) -> is(event, "added", id(4), "{\"id\":\"d\",\"version\":1}"))
			.thenCancel()
			.verify(WAIT);
		StepVerifier.create(this.streams.open(ALL, "other-1", "/api/feed?tag=eu"))
			.expectNextMatches((event) -> "reset".equals(event.event()) && id(4).equals(event.id())
					&& event.data() != null && event.data().contains("\"reload\":\"/api/feed?tag=eu\""))
			.thenCancel()
			.verify(WAIT);
	}

	@Test
	void sendsHeartbeatsWhileIdle() {
		FeedStreams frequent = new FeedStreams(this.log, new FeedStreamEvents(JsonMapper.builder().build()),
				new FeedStreamProperties(100, 4, Duration.ofMillis(20), Duration.ofSeconds(5), Duration.ofMinutes(30),
						20000, 200, Duration.ofSeconds(10)));

		StepVerifier.create(frequent.open(ALL, null, "/api/feed"))
			.expectNextMatches((event) -> "ready".equals(event.event()))
			.expectNextMatches((event) -> "heartbeat".equals(event.comment()))
			.expectNextMatches((event) -> "heartbeat".equals(event.comment()))
			.thenCancel()
			.verify(WAIT);
	}

	@Test
	void aStreamEndsCleanlyAtItsMaximumAgeAndResumesFromItsLastId() {
		FeedStreams aging = new FeedStreams(this.log, new FeedStreamEvents(JsonMapper.builder().build()),
				new FeedStreamProperties(100, 4, Duration.ofMinutes(5), Duration.ofSeconds(5), Duration.ofMillis(300),
						20000, 200, Duration.ofSeconds(10)));
		publish("a", 1);

		StepVerifier.create(aging.open(ALL, null, "/api/feed"))
			.expectNextMatches((event) -> "ready".equals(event.event()))
			.then(() -> publish("b", 1))
			.expectNextMatches((event) -> is(event, "added", id(2), "{\"id\":\"b\",\"version\":1}"))
			.expectComplete()
			.verify(WAIT);
		publish("c", 1);
		StepVerifier.create(this.streams.open(ALL, id(2), "/api/feed"))
			.expectNextMatches((event) -> is(event, "added", id(3), "{\"id\":\"c\",\"version\":1}"))
			.thenCancel()
			.verify(WAIT);
		aging.close();
	}

	@Test
	void anEventIsEncodedOnceForEveryStreamThatSendsIt() {
		List<SseFrame> first = new ArrayList<>();
		List<SseFrame> second = new ArrayList<>();
		Disposable one = this.streams.open(ALL, null, "/api/feed").subscribe(first::add);
		Disposable two = this.streams.open(ALL, null, "/api/feed").subscribe(second::add);

		publish("a", 1);

		assertThat(first).hasSize(2);
		assertThat(second).hasSize(2);
		assertThat(first.get(1).bytes()).as("the same bytes, not a copy").isSameAs(second.get(1).bytes());
		assertThat(new String(first.get(1).bytes(), StandardCharsets.UTF_8))
			.isEqualTo("id:" + id(1) + "\nevent:added\ndata:{\"id\":\"a\",\"version\":1}\n\n");
		one.dispose();
		two.dispose();
	}

	@Test
	void aClientThatStopsTakingEventsIsDroppedWithAReasonAndTheOthersKeepGoing() {
		Flux<SseFrame> slow = this.streams.open(ALL, null, "/api/feed");
		Flux<SseFrame> normal = this.streams.open(ALL, null, "/api/feed");

		StepVerifier.create(normal)
			.expectNextMatches((event) -> "ready".equals(event.event()))
			.then(() -> StepVerifier.create(slow, 1)
				.expectNextMatches((event) -> "ready".equals(event.event()))
				.then(() -> {
					for (int i = 0; i < 20; i++) {
						publish("item-" + i, 1);
					}
				})
				.thenRequest(Long.MAX_VALUE)
				.thenConsumeWhile((event) -> !"dropped".equals(event.event()))
				.expectNextMatches((event) -> is(event, "dropped", null, "{\"reason\":\"client too slow\"}"))
				.expectComplete()
				.verify(WAIT))
			.expectNextCount(20)
			.then(() -> publish("after", 1))
			.expectNextMatches((event) -> id(21).equals(event.id()))
			.thenCancel()
			.verify(WAIT);
	}

	private void publish(String id, long version) {
		apply(FeedChange.listed(article(id, NOW.minusSeconds(60), version)));
	}

	/** Applies a change as read from the next record of partition 0 of its topic. */
	private void apply(FeedChange change) {
		this.projection.apply(change.at(0, this.offset++));
	}

	/** The position after the first n records (the clock standing still). */
	private static String id(long records) {
		return (records == 0) ? FeedPosition.START.token()
				: FeedPosition.START.releasedTo(FeedKey.firstPublishedAt(NOW))
					.afterRecord(ContentType.ARTICLE, 0, records - 1)
					.token();
	}

	private static boolean is(SseFrame event, String name, @Nullable String id, String data) {
		return name.equals(event.event()) && Objects.equals(id, event.id()) && data.equals(event.data());
	}

}
