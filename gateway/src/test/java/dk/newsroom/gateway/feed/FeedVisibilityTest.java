package dk.newsroom.gateway.feed;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.ConcurrentSkipListMap;

import org.junit.jupiter.api.Test;

import static dk.newsroom.gateway.feed.FeedItems.article;
import static dk.newsroom.gateway.feed.FeedItems.item;
import static org.assertj.core.api.Assertions.assertThat;

class FeedVisibilityTest {

	private static final Instant NOW = Instant.parse("2026-12-04T12:00:00Z");

	private final MutableClock clock = new MutableClock(NOW);

	private final FeedVisibility visibility = new FeedVisibility(this.clock);

	@Test
	void nowIsTheClocks() {
		assertThat(this.visibility.now()).isEqualTo(NOW);

		this.clock.advance(Duration.ofSeconds(5));

		assertThat(this.visibility.now()).isEqualTo(NOW.plusSeconds(5));
	}

	@Test
	void anItemIsVisibleFromItsPublishedAtOn() {
		FeedItem past = article("past", NOW.minusNanos(1), 1);
		FeedItem exactlyNow = article("now", NOW, 1);
		FeedItem later = article("later", NOW.plusNanos(1), 1);

		assertThat(this.visibility.isVisible(past, NOW)).isTrue();
		assertThat(this.visibility.isVisible(exactlyNow, NOW)).as("published at now is visible").isTrue();
		assertThat(this.visibility.isVisible(later, NOW)).isFalse();
		assertThat(this.visibility.isVisible(later, NOW.plusNanos(1))).isTrue();
		assertThat(this.visibility.visibleFrom(later)).isEqualTo(NOW.plusNanos(1));
	}

	@Test
	void aKeyIsVisibleExactlyWhenItsItemIs() {
		for (Instant publishedAt : List.of(NOW.minusSeconds(1), NOW, NOW.plusSeconds(1))) {
			FeedItem item = article("a", publishedAt, 1);
			FeedKey key = FeedKey.of(item);

			assertThat(this.visibility.isVisible(key, NOW)).isEqualTo(this.visibility.isVisible(item, NOW));
			assertThat(this.visibility.isVisibleAt(publishedAt, NOW)).isEqualTo(this.visibility.isVisible(item, NOW));
			assertThat(this.visibility.visibleFrom(key)).isEqualTo(this.visibility.visibleFrom(item));
		}
	}

	@Test
	void theVisibleKeysAreTheTailFromTheFirstVisibleKey() {
		ConcurrentSkipListMap<FeedKey, String> keys = new ConcurrentSkipListMap<>();
		for (ContentType type : ContentType.values()) {
			for (Instant publishedAt : List.of(NOW.minusSeconds(1), NOW.minusNanos(1), NOW, NOW.plusNanos(1),
					NOW.plusSeconds(1))) {
				FeedKey key = FeedKey.of(item(type, "", publishedAt, 1, List.of(), null));
				keys.put(key, type + "@" + publishedAt);
				key = FeedKey.of(item(type, "z", publishedAt, 1, List.of(), null));
				keys.put(key, type + "@" + publishedAt + "z");
			}
		}

		FeedKey first = this.visibility.firstVisible(NOW);

		assertThat(keys.tailMap(first, true).keySet()).allMatch((key) -> this.visibility.isVisible(key, NOW))
			.hasSize(3 * 2 * ContentType.values().length);
		assertThat(keys.headMap(first, false).keySet()).noneMatch((key) -> this.visibility.isVisible(key, NOW))
			.hasSize(2 * 2 * ContentType.values().length);
	}

}
