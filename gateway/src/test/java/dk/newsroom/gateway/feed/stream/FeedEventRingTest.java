package dk.newsroom.gateway.feed.stream;

import java.time.Instant;
import java.util.function.Function;

import dk.newsroom.gateway.feed.ContentType;
import dk.newsroom.gateway.feed.FeedEntry;
import dk.newsroom.gateway.feed.FeedItem;
import dk.newsroom.gateway.feed.FeedItems;
import dk.newsroom.gateway.feed.FeedKey;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class FeedEventRingTest {

	private static final Function<FeedEvent, Long> SEQUENCE = FeedEvent::sequence;

	private final FeedEventRing ring = new FeedEventRing(3);

	@Test
	void holdsTheLastEventsAndTellsWhenAPositionIsTooOld() {
		assertThat(this.ring.unseen(FeedPosition.START, 0, SEQUENCE, 10)).isEmpty();
		for (long sequence = 1; sequence <= 5; sequence++) {
			this.ring.append(event(sequence));
		}

		assertThat(this.ring.last()).isEqualTo(5);
		assertThat(this.ring.oldest()).isEqualTo(3);
		assertThat(this.ring.unseen(after(2), 5, SEQUENCE, 10)).containsExactly(3L, 4L, 5L);
		assertThat(this.ring.unseen(after(4), 5, SEQUENCE, 10)).containsExactly(5L);
		assertThat(this.ring.unseen(after(5), 5, SEQUENCE, 10)).isEmpty();
		assertThat(this.ring.unseen(after(4), 4, SEQUENCE, 10)).as("only up to the given event").isEmpty();
		assertThat(this.ring.unseen(after(1), 5, SEQUENCE, 10)).as("event 2 is no longer held").isNull();
		assertThat(this.ring.unseen(FeedPosition.START, 5, SEQUENCE, 10)).isNull();
		assertThat(this.ring.unseen(after(2), 5, SEQUENCE, 2)).as("more than the cap").isNull();
	}

	@Test
	void aPositionAheadOfTheRingHasNothingUnseen() {
		this.ring.append(event(1));

		assertThat(this.ring.unseen(after(9), 1, SEQUENCE, 10)).isEmpty();
	}

	@Test
	void rejectsAGapInTheSequence() {
		this.ring.append(event(1));

		assertThatIllegalArgumentException().isThrownBy(() -> this.ring.append(event(3)));
	}

	/** The position after event n: the records at offsets 0 to n - 1 seen. */
	private static FeedPosition after(long sequence) {
		return (sequence == 0) ? FeedPosition.START
				: FeedPosition.START.afterRecord(ContentType.ARTICLE, 0, sequence - 1);
	}

	/** Event n, made by the record at offset n - 1. */
	private static FeedEvent event(long sequence) {
		FeedItem item = FeedItems.article("a" + sequence, Instant.parse("2026-11-26T12:00:00Z"), 1);
		FeedEntry entry = new FeedEntry(FeedKey.of(item), item, FeedItems.SERIALIZER);
		return new FeedEvent(sequence, item.ref(), null, entry, 0, sequence - 1, null, after(sequence));
	}

}
