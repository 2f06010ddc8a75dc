package dk.newsroom.gateway.feed;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

import static dk.newsroom.gateway.feed.FeedItems.article;
import static dk.newsroom.gateway.feed.FeedItems.ids;
import static dk.newsroom.gateway.feed.FeedItems.item;
import static org.assertj.core.api.Assertions.assertThat;

class FeedHorizonTest {

	private static final Instant NOW = Instant.parse("2026-11-26T12:00:00Z");

	private final MutableClock clock = new MutableClock(NOW);

	private final List<String> forgotten = new ArrayList<>();

	private final List<String> applied = new ArrayList<>();

	private FeedProjection projection(FeedHorizon horizon) {
		FeedProjection projection = new FeedProjection(this.clock, FeedItems.SERIALIZER, horizon);
		projection.addListener(new FeedProjection.Listener() {

			@Override
			public void applied(FeedChange change, @Nullable FeedEntry entry) {
				FeedHorizonTest.this.applied.add(change.ref().id() + ((entry != null) ? "+" : "-"));
			}

			@Override
			public void forgotten(ResourceRef ref, @Nullable FeedEntry entry) {
				FeedHorizonTest.this.forgotten.add(ref.id() + ((entry != null) ? " let go" : " removal forgotten"));
			}

		});
		return projection;
	}

	@Test
	void keepsTheNewestItemsPerTypeAndLinksOlderOnesFromTheLastPage() {
		FeedProjection projection = projection(new FeedHorizon(3, null, null));
		for (int i = 1; i <= 5; i++) {
			projection.apply(FeedChange.listed(article("a" + i, NOW.minusSeconds(100 - i), 1)));
		}
		projection.apply(FeedChange.listed(item(ContentType.EVENT, "e1", NOW.minusSeconds(1000), 1, List.of(), null)));

		assertThat(projection.count(ContentType.ARTICLE)).isEqualTo(3);
		assertThat(projection.size()).isEqualTo(4);
		assertThat(this.forgotten).containsExactly("a1 let go", "a2 let go");
		assertThat(projection.versionOf(new ResourceRef(ContentType.ARTICLE, "a1"))).isNull();
		FeedPage articles = projection.page(query(Set.of(ContentType.ARTICLE), 10));
		assertThat(ids(articles)).containsExactly("a5", "a4", "a3");
		assertThat(articles.older()).as("older articles are at the service").isTrue();
		assertThat(projection.page(query(Set.of(ContentType.EVENT), 10)).older()).as("no event was let go").isFalse();
		FeedPage firstOfTwo = projection.page(query(Set.of(), 2));
		assertThat(firstOfTwo.next()).isNotNull();
		assertThat(firstOfTwo.older()).as("only the last page links older items").isFalse();
	}

	@Test
	void aChangeBehindTheNewestItemLetGoIsNotKeptAndAnEditMovingAnItemBehindItRemovesIt() {
		FeedProjection projection = projection(new FeedHorizon(2, null, null));
		projection.apply(FeedChange.listed(article("old", NOW.minusSeconds(300), 1)));
		projection.apply(FeedChange.listed(article("mid", NOW.minusSeconds(200), 1)));
		projection.apply(FeedChange.listed(article("new", NOW.minusSeconds(100), 1)));
		this.applied.clear();

		boolean oldAgain = projection.apply(FeedChange.listed(article("old", NOW.minusSeconds(300), 2)));
		boolean older = projection.apply(FeedChange.listed(article("older", NOW.minusSeconds(400), 1)));
		boolean movedBack = projection.apply(FeedChange.listed(article("mid", NOW.minusSeconds(500), 2)));

		assertThat(oldAgain).as("an edit of an item let go").isFalse();
		assertThat(older).as("an item older than the newest let go").isFalse();
		assertThat(movedBack).isTrue();
		assertThat(this.applied).as("the item moved behind the horizon leaves the feed").containsExactly("mid-");
		assertThat(ids(projection.page(query(Set.of(), 10)))).containsExactly("new");
		assertThat(projection.count(ContentType.ARTICLE)).isOne();
	}

	@Test
	void itemsOlderThanTheMaximumAgeLeaveThePagesAsTimePassesAndMemoryWithTheNextChange() {
		FeedProjection projection = projection(new FeedHorizon(100, Duration.ofDays(30), null));
		boolean ancient = projection.apply(FeedChange.listed(article("ancient", NOW.minus(Duration.ofDays(31)), 1)));
		projection.apply(FeedChange.listed(article("month", NOW.minus(Duration.ofDays(29)), 1)));
		projection.apply(FeedChange.listed(article("week", NOW.minus(Duration.ofDays(7)), 1)));

		assertThat(ancient).isFalse();
		FeedPage before = projection.page(query(Set.of(), 10));
		assertThat(ids(before)).containsExactly("week", "month");
		assertThat(before.older()).isFalse();

		this.clock.advance(Duration.ofDays(2));
		FeedPage after = projection.page(query(Set.of(), 10));
		assertThat(ids(after)).as("read at request time").containsExactly("week");
		assertThat(after.older()).isTrue();
		assertThat(projection.size()).as("still held until the next change").isEqualTo(2);

		projection.apply(FeedChange.listed(article("today", NOW, 1)));
		assertThat(projection.size()).isEqualTo(2);
		assertThat(this.forgotten).containsExactly("month let go");
	}

	@Test
	void theVersionOfARemovalIsRememberedForTheRetentionThenForgotten() {
		FeedProjection projection = projection(new FeedHorizon(100, null, Duration.ofHours(24)));
		ResourceRef gone = new ResourceRef(ContentType.ARTICLE, "gone");
		projection.apply(FeedChange.listed(article("gone", NOW.minusSeconds(60), 1)));
		projection.apply(FeedChange.unlisted(gone, 2));

		this.clock.advance(Duration.ofHours(23));
		assertThat(projection.apply(FeedChange.listed(article("gone", NOW.minusSeconds(60), 1))))
			.as("a late older record within the retention")
			.isFalse();
		assertThat(projection.versionOf(gone)).isEqualTo(2);

		this.clock.advance(Duration.ofHours(2));
		projection.apply(FeedChange.listed(article("other", NOW, 1)));

		assertThat(projection.versionOf(gone)).isNull();
		assertThat(this.forgotten).containsExactly("gone removal forgotten");
	}

	@Test
	void aRemovalChangedSinceIsNotForgotten() {
		FeedProjection projection = projection(new FeedHorizon(100, null, Duration.ofHours(1)));
		ResourceRef back = new ResourceRef(ContentType.ARTICLE, "back");
		projection.apply(FeedChange.unlisted(back, 1));
		projection.apply(FeedChange.listed(article("back", NOW.minusSeconds(60), 2)));

		this.clock.advance(Duration.ofHours(2));
		projection.apply(FeedChange.listed(article("other", NOW, 1)));

		assertThat(projection.versionOf(back)).isEqualTo(2);
		assertThat(this.forgotten).isEmpty();
	}

	@Test
	void eventsAreFoundByTrackAndCityWhateverTheCase() {
		FeedProjection projection = projection(FeedHorizon.UNBOUNDED);
		projection.apply(FeedChange.listed(event("aarhus", "Sikkerhed", "Aarhus C")));
		projection.apply(FeedChange.listed(event("kbh", "Cloud", "København Ø")));
		projection.apply(FeedChange.listed(article("artikel", NOW.minusSeconds(5), 1)));

		assertThat(ids(projection.page(new FeedQuery(Set.of(), null, null, "sikkerhed", null, 10, null))))
			.containsExactly("aarhus");
		assertThat(ids(projection.page(new FeedQuery(Set.of(), null, null, null, "KØBENHAVN Ø", 10, null))))
			.containsExactly("kbh");
		assertThat(ids(projection.page(new FeedQuery(Set.of(), null, null, "Cloud", "Aarhus C", 10, null)))).isEmpty();
	}

	private static FeedItem event(String id, String track, String city) {
		FeedItem plain = item(ContentType.EVENT, id, NOW.minusSeconds(10), 1, List.of(), track);
		return new FeedItem(plain.type(), plain.id(), plain.slug(), plain.title(), plain.summary(), plain.image(),
				plain.tags(), plain.section(), plain.publishedAt(), plain.updatedAt(), plain.version(), plain.link(),
				plain.url(), new FeedEventDetails(NOW.plusSeconds(86_400), null, "Godsbanen", city, track, "SCHEDULED"),
				null);
	}

	@Test
	void anItemLetGoBeforeAnyoneReadItIsNeverSerialised() {
		List<String> serialised = new ArrayList<>();
		FeedProjection projection = new FeedProjection(this.clock, (item) -> {
			serialised.add(item.id());
			return FeedItems.SERIALIZER.serialize(item);
		}, new FeedHorizon(2, null, null));
		for (int i = 1; i <= 5; i++) {
			projection.apply(FeedChange.listed(article("a" + i, NOW.minusSeconds(100 - i), 1)));
		}
		assertThat(serialised).as("nothing read yet").isEmpty();

		FeedPage page = projection.page(query(Set.of(), 10));
		page.entries().forEach(FeedEntry::json);
		page.entries().forEach(FeedEntry::json);

		assertThat(ids(page)).containsExactly("a5", "a4");
		assertThat(serialised).as("each item read, once").containsExactlyInAnyOrder("a5", "a4");
	}

	private static FeedQuery query(Set<ContentType> types, int limit) {
		return new FeedQuery(types, null, null, limit, null);
	}

}
