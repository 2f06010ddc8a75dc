package dk.newsroom.gateway.reader;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import dk.newsroom.gateway.feed.ContentType;
import dk.newsroom.gateway.feed.FeedChange;
import dk.newsroom.gateway.feed.FeedEventDetails;
import dk.newsroom.gateway.feed.FeedItem;
import dk.newsroom.gateway.feed.FeedItems;
import dk.newsroom.gateway.feed.FeedProjection;
import dk.newsroom.gateway.feed.FeedVisibility;
import dk.newsroom.gateway.feed.MutableClock;
import dk.newsroom.gateway.feed.ResourceRef;
import dk.newsroom.gateway.reader.lists.EventProgramme;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ReaderIndexTest {

	private static final Instant NOW = Instant.parse("2026-11-26T12:00:00Z");

	private final MutableClock clock = new MutableClock(NOW);

	private final FeedProjection projection = new FeedProjection(this.clock, FeedItems.SERIALIZER);

	private final EventProgramme events = new EventProgramme(new FeedVisibility(this.clock));

	private final ReaderIndex index = new ReaderIndex(new FeedVisibility(this.clock), this.events);

	ReaderIndexTest() {
		this.projection.addListener(this.events);
		this.projection.addListener(this.index);
	}

	@Test
	void listsThePublishedEventsThatHaveNotStartedSoonestFirst() {
		apply(event("later", hours(48), NOW.minusSeconds(60), 1));
		apply(event("soon", hours(2), NOW.minusSeconds(60), 1));
		apply(event("tie-b", hours(24), NOW.minusSeconds(60), 1));
		apply(event("tie-a", hours(24), NOW.minusSeconds(60), 1));
		apply(event("started", hours(-1), NOW.minusSeconds(60), 1));
		// Announced for later: not on the feed yet.
		apply(event("unannounced", hours(1), NOW.plusSeconds(600), 1));

		assertThat(ids(this.index.upcomingEvents(NOW, 5))).containsExactly("soon", "tie-a", "tie-b", "later");
		assertThat(ids(this.index.upcomingEvents(NOW, 2))).containsExactly("soon", "tie-a");
	}

	@Test
	void followsAnEventThatMovesOrIsWithdrawnAndLeavesItOutOnceItStarts() {
		apply(event("a", hours(2), NOW.minusSeconds(60), 1));
		apply(event("b", hours(3), NOW.minusSeconds(60), 1));
		apply(event("a", hours(5), NOW.minusSeconds(60), 2));
		assertThat(ids(this.index.upcomingEvents(NOW, 5))).containsExactly("b", "a");

		this.projection.apply(FeedChange.unlisted(new ResourceRef(ContentType.EVENT, "b"), 2));
		assertThat(ids(this.index.upcomingEvents(NOW, 5))).containsExactly("a");

		this.clock.advance(Duration.ofHours(5));
		assertThat(this.index.upcomingEvents(this.clock.instant(), 5)).isEmpty();
	}

	@Test
	void theNextChangeIsTheFirstScheduledPublicationOrEventStart() {
		assertThat(this.index.nextChange(NOW)).isNull();

		apply(event("e", hours(3), NOW.minusSeconds(60), 1));
		assertThat(this.index.nextChange(NOW)).isEqualTo(hours(3));

		apply(FeedItems.article("scheduled", hours(1), 1));
		assertThat(this.index.nextChange(NOW)).isEqualTo(hours(1));

		// Rescheduled: its old time no longer counts.
		apply(FeedItems.article("scheduled", hours(2), 2));
		assertThat(this.index.nextChange(NOW)).isEqualTo(hours(2));

		this.clock.advance(Duration.ofHours(2));
		assertThat(this.index.nextChange(this.clock.instant())).isEqualTo(hours(3));
		this.clock.advance(Duration.ofHours(1));
		assertThat(this.index.nextChange(this.clock.instant())).isNull();
	}

	@Test
	void anEventAnnouncedForLaterCountsFromItsPublication() {
		apply(event("unannounced", hours(5), hours(1), 1));

		assertThat(this.index.nextChange(NOW)).isEqualTo(hours(1));
		this.clock.advance(Duration.ofHours(1));
		assertThat(ids(this.index.upcomingEvents(this.clock.instant(), 5))).containsExactly("unannounced");
		assertThat(this.index.nextChange(this.clock.instant())).isEqualTo(hours(5));
	}

	@Test
	void theVersionChangesWithEveryAppliedChangeOnly() {
		long before = this.index.version();
		apply(FeedItems.article("a", NOW.minusSeconds(60), 1));
		long after = this.index.version();
		assertThat(after).isGreaterThan(before);

		// Not applied (an equal version): no change.
		apply(FeedItems.article("a", NOW.minusSeconds(60), 1));
		assertThat(this.index.version()).isEqualTo(after);

		this.projection.apply(FeedChange.unlisted(new ResourceRef(ContentType.ARTICLE, "a"), 2));
		assertThat(this.index.version()).isGreaterThan(after);
	}

	private void apply(FeedItem item) {
		this.projection.apply(FeedChange.listed(item));
	}

	private static Instant hours(long hours) {
		return NOW.plus(Duration.ofHours(hours));
	}

	private static FeedItem event(String id, Instant startsAt, Instant publishedAt, long version) {
		return new FeedItem(
				ContentType.EVENT, id, id, "Arrangement " + id, null, null, List.of(), "Sikkerhed", publishedAt,
				publishedAt, version, "/api/events/" + id, "/arrangementer/" + id, new FeedEventDetails(startsAt,
						startsAt.plus(Duration.ofHours(6)), "Bella Center", "København S", "Sikkerhed", "SCHEDULED"),
				null);
	}

	private static List<String> ids(List<FeedItem> items) {
		return items.stream().map(FeedItem::id).toList();
	}

}
