package dk.newsroom.gateway.feed;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class FeedKeyTest {

	private static final Instant NOON = Instant.parse("2026-12-04T12:00:00Z");

	@Test
	void newestFirstThenByTypeThenById() {
		FeedKey newer = new FeedKey(NOON.plusNanos(1), ContentType.PERSON, "z");
		FeedKey article = new FeedKey(NOON, ContentType.ARTICLE, "b");
		FeedKey articleA = new FeedKey(NOON, ContentType.ARTICLE, "a");
		FeedKey event = new FeedKey(NOON, ContentType.EVENT, "a");
		FeedKey older = new FeedKey(NOON.minusSeconds(1), ContentType.ARTICLE, "a");
		List<FeedKey> keys = new ArrayList<>(List.of(older, event, article, newer, articleA));
		Collections.shuffle(keys, new Random(7));

		Collections.sort(keys);

		assertThat(keys).containsExactly(newer, articleA, article, event, older);
	}

	@Test
	void equalKeysCompareAsZeroAndTheOrderIsAntisymmetric() {
		FeedKey one = new FeedKey(NOON, ContentType.EVENT, "x");
		FeedKey same = new FeedKey(NOON, ContentType.EVENT, "x");
		FeedKey other = new FeedKey(NOON, ContentType.EVENT, "y");

		assertThat(one.compareTo(same)).isZero();
		assertThat(Integer.signum(one.compareTo(other))).isEqualTo(-Integer.signum(other.compareTo(one)));
		assertThat(FeedKey.firstPublishedAt(NOON).compareTo(new FeedKey(NOON, ContentType.ARTICLE, "a")))
			.as("the first key at an instant comes before every key published then")
			.isNegative();
	}

}
