package dk.newsroom.gateway.feed.stream;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import dk.newsroom.gateway.feed.ContentType;
import dk.newsroom.gateway.feed.FeedEntry;
import dk.newsroom.gateway.feed.FeedItem;
import dk.newsroom.gateway.feed.FeedItems;
import dk.newsroom.gateway.feed.FeedKey;
import dk.newsroom.gateway.feed.FeedVisibility;
import dk.newsroom.gateway.feed.MutableClock;
import dk.newsroom.gateway.feed.ResourceRef;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

import static dk.newsroom.gateway.feed.FeedItems.article;
import static org.assertj.core.api.Assertions.assertThat;

class FeedScheduleTest {

	private static final Instant NOW = Instant.parse("2026-11-26T12:00:00Z");

	private final List<@Nullable Instant> wakeUps = new ArrayList<>();

	private final FeedSchedule schedule = new FeedSchedule(new FeedVisibility(new MutableClock(NOW)),
			(due, task) -> this.wakeUps.add(due));

	private final Runnable release = () -> {
	};

	@Test
	void aVisibleEntryIsNotHeld() {
		assertThat(this.schedule.holdUntilVisible(ref("a"), shown("a", NOW.minusSeconds(1)), NOW)).isFalse();
		assertThat(this.schedule.holdUntilVisible(ref("b"), shown("b", NOW), NOW)).isFalse();

		assertThat(this.schedule.pollVisible(NOW.plusSeconds(3600))).isNull();
	}

	@Test
	void heldEntriesComeBackWhenVisibleOldestFirst() {
		ShownEntry later = shown("later", NOW.plusSeconds(60));
		ShownEntry soon = shown("soon", NOW.plusSeconds(30));
		ShownEntry alsoSoon = shown("also-soon", NOW.plusSeconds(30));
		assertThat(this.schedule.holdUntilVisible(ref("later"), later, NOW)).isTrue();
		assertThat(this.schedule.holdUntilVisible(ref("soon"), soon, NOW)).isTrue();
		assertThat(this.schedule.holdUntilVisible(ref("also-soon"), alsoSoon, NOW)).isTrue();

		assertThat(this.schedule.pollVisible(NOW.plusSeconds(29))).isNull();
		assertThat(this.schedule.pollVisible(NOW.plusSeconds(30))).as("the key order breaks the tie").isSameAs(soon);
		assertThat(this.schedule.pollVisible(NOW.plusSeconds(30))).isSameAs(alsoSoon);
		assertThat(this.schedule.pollVisible(NOW.plusSeconds(30))).isNull();
		assertThat(this.schedule.pollVisible(NOW.plusSeconds(90))).isSameAs(later);
		assertThat(this.schedule.pollVisible(NOW.plusSeconds(90))).isNull();
	}

	@Test
	void aNewerVersionCancelsWhatWasHeld() {
		this.schedule.holdUntilVisible(ref("a"), shown("a", NOW.plusSeconds(30)), NOW);

		this.schedule.cancel(ref("a"));
		this.schedule.cancel(ref("never-held"));

		assertThat(this.schedule.pollVisible(NOW.plusSeconds(60))).isNull();
	}

	@Test
	void forgettingDropsOnlyTheEntryTheProjectionLetGo() {
		ShownEntry held = shown("a", NOW.plusSeconds(30));
		this.schedule.holdUntilVisible(ref("a"), held, NOW);

		this.schedule.forget(ref("a"), shown("a", NOW.plusSeconds(30)).entry());
		this.schedule.forget(ref("b"), held.entry());

		assertThat(this.schedule.pollVisible(NOW.plusSeconds(30))).isSameAs(held);

		this.schedule.holdUntilVisible(ref("a"), held, NOW);
		this.schedule.forget(ref("a"), held.entry());

		assertThat(this.schedule.pollVisible(NOW.plusSeconds(30))).isNull();
	}

	@Test
	void theTimerIsSetToTheNextVisibleMomentWhenItChanges() {
		this.schedule.arm(false, this.release);
		assertThat(this.wakeUps).as("nothing held, nothing set before: no call").isEmpty();

		this.schedule.holdUntilVisible(ref("later"), shown("later", NOW.plusSeconds(60)), NOW);
		this.schedule.arm(false, this.release);
		this.schedule.holdUntilVisible(ref("much-later"), shown("much-later", NOW.plusSeconds(90)), NOW);
		this.schedule.arm(false, this.release);
		this.schedule.holdUntilVisible(ref("soon"), shown("soon", NOW.plusSeconds(30)), NOW);
		this.schedule.arm(false, this.release);

		assertThat(this.wakeUps).containsExactly(NOW.plusSeconds(60), NOW.plusSeconds(30));

		this.schedule.arm(true, this.release);
		assertThat(this.wakeUps).as("after the timer ran, always set again")
			.hasSize(3)
			.last()
			.isEqualTo(NOW.plusSeconds(30));

		this.schedule.pollVisible(NOW.plusSeconds(100));
		this.schedule.pollVisible(NOW.plusSeconds(100));
		this.schedule.pollVisible(NOW.plusSeconds(100));
		this.schedule.arm(false, this.release);
		assertThat(this.wakeUps).last().isNull();
	}

	private static ResourceRef ref(String id) {
		return new ResourceRef(ContentType.ARTICLE, id);
	}

	private static ShownEntry shown(String id, Instant publishedAt) {
		FeedItem item = article(id, publishedAt, 1);
		return new ShownEntry(new FeedEntry(FeedKey.of(item), item, FeedItems.SERIALIZER), 0, 7);
	}

}
