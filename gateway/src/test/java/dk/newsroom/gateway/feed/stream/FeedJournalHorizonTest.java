package dk.newsroom.gateway.feed.stream;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import dk.newsroom.gateway.feed.ContentType;
import dk.newsroom.gateway.feed.FeedChange;
import dk.newsroom.gateway.feed.FeedHorizon;
import dk.newsroom.gateway.feed.FeedItems;
import dk.newsroom.gateway.feed.FeedProjection;
import dk.newsroom.gateway.feed.FeedVisibility;
import dk.newsroom.gateway.feed.MutableClock;
import dk.newsroom.gateway.feed.ResourceRef;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

import static dk.newsroom.gateway.feed.FeedItems.article;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The changes journal behind the projection's horizon: it holds what the feed holds, and
 * a client that missed a change the feed has since forgotten starts again.
 */
class FeedJournalHorizonTest {

	private static final Instant NOW = Instant.parse("2026-11-26T12:00:00Z");

	private final MutableClock clock = new MutableClock(NOW);

	private final List<@Nullable Instant> wakeUps = new ArrayList<>();

	private final FeedEventLog log = new FeedEventLog(new FeedVisibility(this.clock),
			(due, task) -> this.wakeUps.add(due), 100);

	private final FeedProjection projection = new FeedProjection(this.clock, FeedItems.SERIALIZER,
			new FeedHorizon(10, null, Duration.ofHours(24)));

	private long offset;

	FeedJournalHorizonTest() {
		this.projection.addListener(this.log);
	}

	@Test
	void theJournalHoldsWhatTheFeedHoldsHoweverManyItemsWentThrough() {
		for (int i = 0; i < 1_000; i++) {
			publish("a" + i, i);
		}

		assertThat(this.projection.size()).isEqualTo(10);
		assertThat(this.log.journalSize()).isEqualTo(10);
		Changes all = this.log.changes(null, 100);
		assertThat(all.changes()).hasSize(10);
		assertThat(all.changes().get(0).ref().id()).isEqualTo("a990");
	}

	@Test
	void aClientThatMissedARemovalForgottenSinceStartsAgainAndOneThatSawItDoesNot() {
		publish("a", 1);
		publish("b", 2);
		String beforeRemoval = this.log.changes(null, 100).next();
		apply(FeedChange.unlisted(new ResourceRef(ContentType.ARTICLE, "a"), 2));
		String afterRemoval = this.log.changes(beforeRemoval, 100).next();

		Changes withinRetention = this.log.changes(beforeRemoval, 100);
		assertThat(withinRetention.reset()).isFalse();
		assertThat(withinRetention.changes()).singleElement()
			.satisfies((change) -> assertThat(change.entry()).as("removed").isNull());

		this.clock.advance(Duration.ofHours(25));
		publish("c", 3);

		assertThat(this.log.journalSize()).as("the removal is forgotten").isEqualTo(2);
		Changes missed = this.log.changes(beforeRemoval, 100);
		assertThat(missed.reset()).isTrue();
		assertThat(missed.changes()).extracting((change) -> change.ref().id()).containsExactlyInAnyOrder("b", "c");
		Changes seen = this.log.changes(afterRemoval, 100);
		assertThat(seen.reset()).isFalse();
		assertThat(seen.changes()).extracting((change) -> change.ref().id()).containsExactly("c");
	}

	@Test
	void readingThroughPagesFromTheStartFinishesWhateverWasForgotten() {
		for (int i = 0; i < 20; i++) {
			publish("a" + i, i);
		}
		apply(FeedChange.unlisted(new ResourceRef(ContentType.ARTICLE, "a15"), 2));
		this.clock.advance(Duration.ofHours(25));
		publish("last", 30);

		List<String> read = new ArrayList<>();
		String since = null;
		for (int page = 0; page < 50; page++) {
			Changes changes = this.log.changes(since, 1);
			assertThat(changes.reset()).as("page %d", page).isFalse();
			changes.changes().forEach((change) -> read.add(change.ref().id()));
			since = changes.next();
			if (!changes.more()) {
				break;
			}
		}
		assertThat(read).as("every item held, once, and the read ended").hasSize(10).doesNotHaveDuplicates();
		assertThat(this.log.changes(since, 1).changes()).isEmpty();
	}

	private void publish(String id, int minute) {
		apply(FeedChange.listed(article(id, NOW.minus(Duration.ofDays(1)).plusSeconds(60L * minute), 1)));
	}

	private void apply(FeedChange change) {
		this.projection.apply(change.at(0, this.offset++));
	}

}
