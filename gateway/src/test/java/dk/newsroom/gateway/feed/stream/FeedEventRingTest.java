package dk.newsroom.gateway.feed.stream;

import java.time.Instant;

import dk.newsroom.gateway.feed.FeedEntry;
import dk.newsroom.gateway.feed.FeedItem;
import dk.newsroom.gateway.feed.FeedItems;
import dk.newsroom.gateway.feed.FeedKey;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class FeedEventRingTest {

	private final FeedEventRing ring = new FeedEventRing(3);

	@Test
	void holdsTheLastEventsAndTellsWhenAnIdIsTooOld() {
		assertThat(this.ring.after(0)).isEmpty();
		for (long sequence = 1; sequence <= 5; sequence++) {
			this.ring.append(event(sequence));
		}

		assertThat(this.ring.last()).isEqualTo(5);
		assertThat(this.ring.oldest()).isEqualTo(3);
		assertThat(this.ring.after(2)).extracting(FeedEvent::sequence).containsExactly(3L, 4L, 5L);
		assertThat(this.ring.after(4)).extracting(FeedEvent::sequence).containsExactly(5L);
		assertThat(this.ring.after(5)).isEmpty();
		assertThat(this.ring.after(1)).isNull();
		assertThat(this.ring.after(6)).isNull();
	}

	@Test
	void rejectsAGapInTheSequence() {
		this.ring.append(event(1));

		assertThatIllegalArgumentException().isThrownBy(() -> this.ring.append(event(3)));
	}

	private static FeedEvent event(long sequence) {
		FeedItem item = FeedItems.article("a" + sequence, Instant.parse("2026-11-26T12:00:00Z"), 1);
		FeedEntry entry = new FeedEntry(FeedKey.of(item), item, FeedItems.SERIALIZER.serialize(item));
		return new FeedEvent(sequence, item.ref(), null, entry);
	}

}
