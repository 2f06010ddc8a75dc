package dk.newsroom.gateway.reader.lists;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import dk.newsroom.gateway.feed.ContentType;
import dk.newsroom.gateway.feed.FeedChange;
import dk.newsroom.gateway.feed.FeedEventDetails;
import dk.newsroom.gateway.feed.FeedHorizon;
import dk.newsroom.gateway.feed.FeedItem;
import dk.newsroom.gateway.feed.FeedItems;
import dk.newsroom.gateway.feed.FeedProjection;
import dk.newsroom.gateway.feed.FeedVisibility;
import dk.newsroom.gateway.feed.MutableClock;
import dk.newsroom.gateway.feed.ResourceRef;
import dk.newsroom.gateway.reader.lists.EventProgramme.Filter;
import dk.newsroom.gateway.reader.lists.EventProgramme.Page;
import dk.newsroom.gateway.reader.lists.EventProgramme.Start;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class EventProgrammeTest {

	private static final Instant NOW = Instant.parse("2026-11-26T12:00:00Z");

	private final MutableClock clock = new MutableClock(NOW);

	private final EventProgramme programme = new EventProgramme(new FeedVisibility(this.clock));

	private final FeedProjection projection = projection(FeedHorizon.UNBOUNDED);

	@Test
	void upcomingIsEveryEventNotEndedSoonestFirstAndPastTheEndedLatestFirst() {
		apply(event("later", hours(48), 6, "Sikkerhed", "Aarhus C"));
		apply(event("soon", hours(2), 6, "Sikkerhed", "Aarhus C"));
		apply(event("tie-b", hours(24), 6, "Sikkerhed", "Aarhus C"));
		apply(event("tie-a", hours(24), 6, "Sikkerhed", "Aarhus C"));
		// Started an hour ago, ends in five: still upcoming.
		apply(event("under-way", hours(-1), 6, "Sikkerhed", "Aarhus C"));
		// A three-day event that began yesterday.
		apply(event("long", hours(-24), 72, "Sikkerhed", "Aarhus C"));
		apply(event("ended", hours(-10), 6, "Sikkerhed", "Aarhus C"));
		apply(event("long-ago", hours(-100), 6, "Sikkerhed", "Aarhus C"));
		// Announced for later: not listed yet.
		apply(event("unannounced", hours(3), 6, "Sikkerhed", "Aarhus C"), NOW.plusSeconds(600));
		this.projection.apply(FeedChange.listed(FeedItems.article("article", NOW.minusSeconds(60), 1)));

		assertThat(ids(this.programme.upcoming(Filter.NONE, null, 20))).containsExactly("long", "under-way", "soon",
				"tie-a", "tie-b", "later");
		assertThat(ids(this.programme.past(Filter.NONE, null, 20))).containsExactly("ended", "long-ago");

		this.clock.advance(Duration.ofMinutes(10));
		assertThat(ids(this.programme.upcoming(Filter.NONE, null, 20))).contains("unannounced");
	}

	@Test
	void pagesContinueStrictlyAfterTheLastEventOfThePreviousPage() {
		List<String> expected = new ArrayList<>();
		for (int i = 0; i < 7; i++) {
			apply(event("e" + i, hours(1 + i), 2, "Cloud", "Odense"));
			expected.add("e" + i);
		}
		List<String> seen = new ArrayList<>();
		List<Integer> sizes = new ArrayList<>();
		Start after = null;
		do {
			Page page = this.programme.upcoming(Filter.NONE, after, 3);
			seen.addAll(ids(page));
			sizes.add(page.events().size());
			after = page.next();
		}
		while (after != null);
		assertThat(seen).containsExactlyElementsOf(expected);
		assertThat(sizes).containsExactly(3, 3, 1);

		this.clock.advance(Duration.ofDays(2));
		Page first = this.programme.past(Filter.NONE, null, 4);
		assertThat(ids(first)).containsExactly("e6", "e5", "e4", "e3");
		assertThat(ids(this.programme.past(Filter.NONE, first.next(), 4))).containsExactly("e2", "e1", "e0");
	}

	@Test
	void filtersByTrackAndCityInAnyCase() {
		apply(event("a", hours(1), 2, "Sikkerhed", "Aarhus C"));
		apply(event("b", hours(2), 2, "Cloud", "Aarhus C"));
		apply(event("c", hours(3), 2, "Sikkerhed", "Odense"));

		assertThat(ids(this.programme.upcoming(new Filter("SIKKERHED", null), null, 20))).containsExactly("a", "c");
		assertThat(ids(this.programme.upcoming(new Filter(null, "aarhus c"), null, 20))).containsExactly("a", "b");
		assertThat(ids(this.programme.upcoming(new Filter("sikkerhed", "odense"), null, 20))).containsExactly("c");
		assertThat(ids(this.programme.upcoming(new Filter("Ukendt", null), null, 20))).isEmpty();
		assertThat(this.programme.track("sikkerhed")).isEqualTo("Sikkerhed");
		assertThat(this.programme.city("ukendt")).isNull();
	}

	@Test
	void followsAnEventThatMovesChangesTrackOrIsWithdrawn() {
		apply(event("a", hours(2), 2, "Sikkerhed", "Aarhus C"));
		apply(event("b", hours(3), 2, "Sikkerhed", "Aarhus C"));
		apply(event("a", hours(5), 2, "Cloud", "Aarhus C"), NOW.minusSeconds(60), 2);

		assertThat(ids(this.programme.upcoming(Filter.NONE, null, 20))).containsExactly("b", "a");
		assertThat(ids(this.programme.upcoming(new Filter("Sikkerhed", null), null, 20))).containsExactly("b");
		assertThat(ids(this.programme.upcoming(new Filter("Cloud", null), null, 20))).containsExactly("a");

		this.projection.apply(FeedChange.unlisted(new ResourceRef(ContentType.EVENT, "b"), 2));
		assertThat(ids(this.programme.upcoming(Filter.NONE, null, 20))).containsExactly("a");
		assertThat(this.programme.tracks(false)).containsExactly("Cloud");
	}

	@Test
	void holdsOnlyTheEventsTheProjectionHolds() {
		FeedProjection small = projection(new FeedHorizon(2, null, null));
		small.apply(FeedChange.listed(event("oldest", hours(1), 2, "Cloud", "Odense", NOW.minusSeconds(300), 1)));
		small.apply(FeedChange.listed(event("middle", hours(2), 2, "Cloud", "Odense", NOW.minusSeconds(200), 1)));
		small.apply(FeedChange.listed(event("newest", hours(3), 2, "Cloud", "Odense", NOW.minusSeconds(100), 1)));

		assertThat(ids(this.programme.upcoming(Filter.NONE, null, 20))).containsExactly("middle", "newest");
	}

	@Test
	void offersTheTracksAndCitiesOfItsTimelineInDanishOrder() {
		apply(event("a", hours(1), 2, "Sikkerhed", "Århus C"));
		apply(event("b", hours(2), 2, "Cloud", "Aalborg"));
		apply(event("c", hours(3), 2, "Sikkerhed", "Ølstykke"));
		apply(event("d", hours(-30), 2, "Data", "Esbjerg"));

		assertThat(this.programme.tracks(false)).containsExactly("Cloud", "Sikkerhed");
		assertThat(this.programme.cities(false)).containsExactly("Ølstykke", "Aalborg", "Århus C");
		assertThat(this.programme.tracks(true)).containsExactly("Data");
		assertThat(this.programme.cities(true)).containsExactly("Esbjerg");
	}

	private FeedProjection projection(FeedHorizon horizon) {
		FeedProjection projection = new FeedProjection(new FeedVisibility(this.clock), FeedItems.SERIALIZER, horizon);
		projection.addListener(this.programme);
		return projection;
	}

	private void apply(FeedItem item) {
		this.projection.apply(FeedChange.listed(item));
	}

	private void apply(FeedItem item, Instant publishedAt) {
		apply(item, publishedAt, item.version());
	}

	private void apply(FeedItem item, Instant publishedAt, long version) {
		FeedEventDetails event = item.event();
		apply(event(item.id(), event.startsAt(), Duration.between(event.startsAt(), event.endsAt()).toHours(),
				event.track(), event.city(), publishedAt, version));
	}

	private static Instant hours(long hours) {
		return NOW.plus(Duration.ofHours(hours));
	}

	private static FeedItem event(String id, Instant startsAt, long hours, String track, String city) {
		return event(id, startsAt, hours, track, city, NOW.minusSeconds(60), 1);
	}

	private static FeedItem event(String id, Instant startsAt, long hours, @Nullable String track,
			@Nullable String city, Instant publishedAt, long version) {
		return new FeedItem(ContentType.EVENT, id, id, "Arrangement " + id, null, null, List.of(), track, publishedAt,
				publishedAt, version, "/api/events/" + id, "/arrangementer/" + id, new FeedEventDetails(startsAt,
						startsAt.plus(Duration.ofHours(hours)), "Bella Center", city, track, "SCHEDULED"),
				null);
	}

	private static List<String> ids(Page page) {
		return page.events().stream().map(FeedItem::id).toList();
	}

}
