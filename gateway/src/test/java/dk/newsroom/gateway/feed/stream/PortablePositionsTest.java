package dk.newsroom.gateway.feed.stream;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import dk.newsroom.gateway.feed.ContentType;
import dk.newsroom.gateway.feed.FeedChange;
import dk.newsroom.gateway.feed.FeedEntry;
import dk.newsroom.gateway.feed.FeedItem;
import dk.newsroom.gateway.feed.FeedItems;
import dk.newsroom.gateway.feed.FeedKey;
import dk.newsroom.gateway.feed.FeedProjection;
import dk.newsroom.gateway.feed.FeedQuery;
import dk.newsroom.gateway.feed.FeedVisibility;
import dk.newsroom.gateway.feed.MutableClock;
import dk.newsroom.gateway.feed.ResourceRef;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

import static dk.newsroom.gateway.feed.FeedItems.article;
import static dk.newsroom.gateway.feed.FeedItems.item;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Positions taken on one gateway replica work on another that read the same partitions in
 * another interleaving, is behind, or has a clock that is behind: the client gets exactly
 * what it has not seen, never a reset, and nothing it saw again.
 */
class PortablePositionsTest {

	private static final Instant NOW = Instant.parse("2026-11-26T12:00:00Z");

	private static final FeedQuery ALL = FeedQuery.firstPage(1);

	/**
	 * The records of three partitions (two of articles, one of events), in offset order.
	 */
	private final List<Record> articles0 = List.of(article0(0, "a", 1), article0(1, "b", 1), article0(2, "a", 2),
			new Record(ContentType.ARTICLE, 0, 3, FeedChange.unlisted(ref("b"), 2)), article0(4, "c", 1));

	private final List<Record> articles1 = List.of(
			new Record(ContentType.ARTICLE, 1, 0, listed(article("d", past(), 1))),
			new Record(ContentType.ARTICLE, 1, 1, listed(article("e", past(), 1))),
			new Record(ContentType.ARTICLE, 1, 2, listed(article("d", past(), 2))));

	private final List<Record> events0 = List.of(
			new Record(ContentType.EVENT, 0, 0, listed(item(ContentType.EVENT, "x", past(), 1, List.of(), null))),
			new Record(ContentType.EVENT, 0, 1, listed(item(ContentType.EVENT, "y", past(), 1, List.of(), null))),
			new Record(ContentType.EVENT, 0, 2, listed(item(ContentType.EVENT, "x", past(), 2, List.of(), null))));

	@Test
	void aClientResumesOnAReplicaThatInterleavedThePartitionsDifferently() {
		Replica a = new Replica();
		Replica b = new Replica();
		List<String> ids = a.record();
		List<FeedEvent> seenOnA = a.events();
		a.apply(interleave(this.articles0, this.articles1, this.events0));
		b.apply(this.events0, this.articles1, this.articles0);

		for (int k = 0; k < seenOnA.size(); k++) {
			FeedEventLog.Start start = b.log.subscribe(new StreamClient(ALL, 64), ids.get(k));

			assertThat(start.kind()).as("after event %d", k).isEqualTo(FeedEventLog.Start.Kind.REPLAY);
			Map<ResourceRef, String> copy = state(seenOnA.subList(0, k + 1));
			start.replay().forEach((event) -> apply(copy, event.event()));
			assertThat(copy).as("after event %d", k).isEqualTo(a.visible()).isEqualTo(b.visible());
			List<String> replayed = start.replay().stream().map((event) -> describe(event.event())).toList();
			assertThat(replayed).as("nothing seen on A again")
				.doesNotContainAnyElementsOf(
						seenOnA.subList(0, k + 1).stream().map(PortablePositionsTest::describe).toList());
		}
	}

	@Test
	void aClientFromAReplicaFurtherOnIsNotResetAndGetsNothingItSawTwice() {
		Replica a = new Replica();
		Replica b = new Replica();
		a.apply(this.articles0, this.articles1);
		b.apply(this.articles0.subList(0, 2));
		List<StreamEvent> received = new ArrayList<>();
		StreamClient client = new StreamClient(ALL, 64);

		FeedEventLog.Start start = b.log.subscribe(client, a.log.lastId());
		client.live()
			.filter((event) -> event.event().sequence() > start.sequence()
					&& !event.event().isCoveredBy(Objects.requireNonNull(start.seen())))
			.subscribe(received::add);
		b.apply(this.articles0.subList(2, 5), this.articles1);
		b.apply(this.events0);

		assertThat(start.kind()).isEqualTo(FeedEventLog.Start.Kind.REPLAY);
		assertThat(start.replay()).isEmpty();
		assertThat(received).extracting((event) -> event.event().ref().id()).containsExactly("x", "y", "x");
	}

	@Test
	void releasesOfScheduledItemsAreCoveredAcrossClocks() {
		Instant due = NOW.plusSeconds(30);
		Record scheduled = new Record(ContentType.ARTICLE, 0, 0, listed(article("later", due, 1)));
		Replica a = new Replica();
		Replica b = new Replica();
		List<String> ids = a.record();
		a.apply(List.of(scheduled));
		b.apply(List.of(scheduled));
		String beforeRelease = a.log.lastId();
		a.clock.advance(Duration.ofSeconds(31));
		a.log.releaseDue();
		assertThat(ids).hasSize(1);

		// B's clock is behind: a client that saw the release there gets it neither now
		// nor when B releases it.
		StreamClient client = new StreamClient(ALL, 64);
		FeedEventLog.Start start = b.log.subscribe(client, ids.get(0));
		List<StreamEvent> live = new ArrayList<>();
		client.live()
			.filter((event) -> !event.event().isCoveredBy(Objects.requireNonNull(start.seen())))
			.subscribe(live::add);
		b.clock.advance(Duration.ofSeconds(40));
		b.log.releaseDue();
		assertThat(start.replay()).isEmpty();
		assertThat(live).isEmpty();

		// A client that left A before the release gets it from B.
		FeedEventLog.Start late = b.log.subscribe(new StreamClient(ALL, 64), beforeRelease);
		assertThat(late.replay()).extracting((event) -> event.event().ref().id()).containsExactly("later");
		assertThat(b.log.changes(beforeRelease, 10).changes()).extracting((change) -> change.ref().id())
			.containsExactly("later");
		assertThat(b.log.changes(ids.get(0), 10).changes()).isEmpty();
	}

	@Test
	void changesPagedOneByOneOnAlternatingReplicasEndEqualToTheFeed() {
		Replica a = new Replica();
		Replica b = new Replica();
		a.apply(interleave(this.articles0, this.articles1, this.events0));
		b.apply(this.events0, this.articles0, this.articles1);
		Map<ResourceRef, String> copy = new LinkedHashMap<>();
		String since = null;
		int pages = 0;
		boolean more = true;
		while (more) {
			Changes page = ((pages % 2 == 0) ? a : b).log.changes(since, 1);
			assertThat(page.reset()).isFalse();
			for (Changes.Change change : page.changes()) {
				assertThat(
						copy.containsKey(change.ref()) && Objects.equals(copy.get(change.ref()), json(change.entry())))
					.as("a change applied twice: %s", change.ref())
					.isFalse();
				copy.put(change.ref(), json(change.entry()));
			}
			copy.values().removeIf(Objects::isNull);
			since = page.next();
			more = page.more();
			pages++;
		}

		assertThat(copy).isEqualTo(a.visible());
		assertThat(pages).as("one page for each resource ever shown (b was removed)").isEqualTo(7);
		assertThat(b.log.changes(since, 10).changes()).isEmpty();
		assertThat(a.log.changes(since, 10).changes()).isEmpty();
	}

	@Test
	void tokensRoundTripAndAnythingElseIsNotAPosition() {
		FeedPosition position = FeedPosition.START.afterRecord(ContentType.ARTICLE, 2, 41)
			.afterRecord(ContentType.PERSON, 0, 7)
			.releasedTo(new FeedKey(NOW, ContentType.EVENT, "6745a1f0_æ-ø"));

		FeedPosition read = FeedPosition.parse(position.token());

		assertThat(read).isNotNull();
		assertThat(read.token()).isEqualTo(position.token());
		assertThat(read.next(ContentType.ARTICLE, 2)).isEqualTo(42);
		assertThat(read.next(ContentType.ARTICLE, 1)).isZero();
		assertThat(read.next(ContentType.PERSON, 0)).isEqualTo(8);
		assertThat(read.released()).isEqualTo(position.released());
		assertThat(position.token()).matches("[0-9A-Za-z._-]+");
		for (String other : List.of("", "1", "2....", "1.x...", "1...-1.", "1.1_1_7_a...", "1...." + "z".repeat(500),
				"k3j2x9aq-42")) {
			assertThat(FeedPosition.parse(other)).as(other).isNull();
		}
	}

	@Test
	void aTokenFromBeforeThePodcastsTypeReadsAsNoPodcastSeen() {
		FeedPosition now = FeedPosition.START.afterRecord(ContentType.ARTICLE, 0, 9)
			.afterRecord(ContentType.PODCAST, 0, 3);
		String token = now.token();
		String withoutPodcasts = token.substring(0, token.lastIndexOf('.'));

		FeedPosition read = FeedPosition.parse(withoutPodcasts);

		assertThat(token).endsWith(".4");
		assertThat(read).isNotNull();
		assertThat(read.next(ContentType.ARTICLE, 0)).isEqualTo(10);
		assertThat(read.next(ContentType.PODCAST, 0)).isZero();
		assertThat(read.token()).isEqualTo(withoutPodcasts + ".");
	}

	private static List<Record> interleave(List<Record>... partitions) {
		List<Record> all = new ArrayList<>();
		for (int i = 0; all.size() < Arrays.stream(partitions).mapToInt(List::size).sum(); i++) {
			for (List<Record> partition : partitions) {
				if (i < partition.size()) {
					all.add(partition.get(i));
				}
			}
		}
		return all;
	}

	private static Map<ResourceRef, String> state(List<FeedEvent> events) {
		Map<ResourceRef, String> state = new LinkedHashMap<>();
		events.forEach((event) -> apply(state, event));
		return state;
	}

	private static void apply(Map<ResourceRef, String> state, FeedEvent event) {
		if (event.after() == null) {
			state.remove(event.ref());
		}
		else {
			state.put(event.ref(), json(event.after()));
		}
	}

	private static @Nullable String json(@Nullable FeedEntry entry) {
		return (entry != null) ? new String(entry.json(), StandardCharsets.UTF_8) : null;
	}

	private static String describe(FeedEvent event) {
		return event.ref() + " " + json(event.after());
	}

	private static Instant past() {
		return NOW.minusSeconds(60);
	}

	private static ResourceRef ref(String id) {
		return new ResourceRef(ContentType.ARTICLE, id);
	}

	private static FeedChange listed(FeedItem item) {
		return FeedChange.listed(item);
	}

	private static Record article0(long offset, String id, long version) {
		return new Record(ContentType.ARTICLE, 0, offset, listed(article(id, past(), version)));
	}

	/** A record of a partition. */
	private record Record(ContentType type, int partition, long offset, FeedChange change) {

	}

	/** One gateway: its own clock, projection and event log. */
	private static final class Replica {

		final MutableClock clock = new MutableClock(NOW);

		final FeedEventLog log = new FeedEventLog(new FeedVisibility(this.clock), (due, task) -> {
		}, 100);

		final FeedProjection projection = new FeedProjection(this.clock, FeedItems.SERIALIZER);

		private final List<FeedEvent> events = new ArrayList<>();

		Replica() {
			this.projection.addListener(this.log);
			StreamClient all = new StreamClient(ALL, 1000);
			this.log.subscribe(all, null);
			all.live().subscribe((event) -> this.events.add(event.event()));
		}

		/** The ids of the events from now on. */
		List<String> record() {
			List<String> ids = new ArrayList<>();
			StreamClient client = new StreamClient(ALL, 1000);
			this.log.subscribe(client, null);
			client.live().subscribe((event) -> ids.add(event.event().position().token()));
			return ids;
		}

		List<FeedEvent> events() {
			return this.events;
		}

		@SafeVarargs
		final void apply(List<Record>... partitions) {
			for (List<Record> records : partitions) {
				for (Record record : records) {
					this.projection.apply(record.change().at(record.partition(), record.offset()));
				}
			}
		}

		/** What readers of this replica see: per resource, the item's JSON. */
		Map<ResourceRef, String> visible() {
			return state(this.events);
		}

	}

}
