package dk.newsroom.gateway.reader.lists;

import java.text.Collator;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NavigableMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.ConcurrentNavigableMap;
import java.util.concurrent.ConcurrentSkipListMap;

import dk.newsroom.gateway.feed.ContentType;
import dk.newsroom.gateway.feed.FeedChange;
import dk.newsroom.gateway.feed.FeedEntry;
import dk.newsroom.gateway.feed.FeedEventDetails;
import dk.newsroom.gateway.feed.FeedItem;
import dk.newsroom.gateway.feed.FeedProjection;
import dk.newsroom.gateway.feed.FeedVisibility;
import dk.newsroom.gateway.feed.ResourceRef;
import org.jspecify.annotations.Nullable;

/**
 * The events the feed holds, by start time, for the events page and the front page's
 * upcoming events ({@link #startingAfter}): the feed itself lists newest published first,
 * and neither it nor {@code /api/feed} has a {@code when} parameter. Kept current by
 * listening to the projection, so it holds exactly the events the projection holds (an
 * event let go behind the horizon leaves it too), again per track and per city.
 * <p>
 * The timeline follows the events service's {@code when}: an event is <em>upcoming</em>
 * until it has ended ({@code endsAt}, or {@code startsAt} without one), so an event under
 * way is still listed, soonest start first; it is <em>past</em> once it has ended, latest
 * start first. An event scheduled for later publication is not listed until it is
 * visible. A page is a keyset page: it continues strictly after the start time and id of
 * the last event of the previous page.
 * <p>
 * Reading a page walks the events from its position and skips only events that cannot be
 * listed there: the upcoming list starts at now minus the longest event seen, so it skips
 * at most the events that ended in that window; the past list skips the events under way.
 * A track or city walks that track's or city's events only.
 * <p>
 * Thread-safe: the feed reader's thread applies changes (under this object's lock),
 * request threads read without a lock and see a weakly consistent view; an event that
 * moves is put at its new place before it is taken from its old one.
 */
public final class EventProgramme implements FeedProjection.Listener {

	/** At most this many tracks, and this many cities, are offered as filters. */
	static final int MAX_FACETS = 40;

	private static final Comparator<Start> ORDER = Comparator.comparing(Start::at).thenComparing(Start::id);

	/** What a track or city without events has. */
	private static final NavigableMap<Start, FeedItem> NONE = Collections
		.unmodifiableNavigableMap(new ConcurrentSkipListMap<>(ORDER));

	private final ConcurrentNavigableMap<Start, FeedItem> all = new ConcurrentSkipListMap<>(ORDER);

	private final ConcurrentMap<String, Group> byTrack = new ConcurrentHashMap<>();

	private final ConcurrentMap<String, Group> byCity = new ConcurrentHashMap<>();

	/** Where each event is listed. Written under the lock only. */
	private final Map<String, Start> byId = new ConcurrentHashMap<>();

	/** The longest any event held lasts; only grows. */
	private volatile Duration longest = Duration.ZERO;

	private final FeedVisibility visibility;

	/** Danish order (æ, ø, å last), for the filters. */
	private final Comparator<Object> danish;

	public EventProgramme(FeedVisibility visibility) {
		this.visibility = visibility;
		this.danish = Collator.getInstance(Locale.forLanguageTag("da-DK"));
	}

	@Override
	public synchronized void applied(FeedChange change, @Nullable FeedEntry entry) {
		if (change.ref().type() == ContentType.EVENT) {
			replace(change.ref().id(), (entry != null) ? entry.item() : null);
		}
	}

	@Override
	public synchronized void forgotten(ResourceRef ref, @Nullable FeedEntry entry) {
		if (ref.type() != ContentType.EVENT || entry == null) {
			return;
		}
		Start start = this.byId.get(ref.id());
		// Only the item let go, not a newer version of the event.
		if (start != null && this.all.get(start) == entry.item()) {
			replace(ref.id(), null);
		}
	}

	/**
	 * The visible events that start after {@code now}, soonest first (ties by id): the
	 * front page's "Kommende arrangementer".
	 * @param now the time of the rendering
	 * @param max how many at most
	 */
	public List<FeedItem> startingAfter(Instant now, int max) {
		List<FeedItem> events = new ArrayList<>(max);
		for (Map.Entry<Start, FeedItem> event : this.all.tailMap(new Start(now, ""), true).entrySet()) {
			if (events.size() == max) {
				break;
			}
			if (event.getKey().at().isAfter(now) && this.visibility.isVisible(event.getValue(), now)) {
				events.add(event.getValue());
			}
		}
		return events;
	}

	/**
	 * When the next event held starts after {@code now}, or {@code null} when none does:
	 * then "Kommende arrangementer" changes without a new record.
	 */
	public @Nullable Instant nextStart(Instant now) {
		for (Start start : this.all.tailMap(new Start(now, ""), true).keySet()) {
			if (start.at().isAfter(now)) {
				return start.at();
			}
		}
		return null;
	}

	/**
	 * A page of the events that have not ended, soonest start first.
	 * @param filter the track and city, if any
	 * @param after the position of the last event of the previous page, or {@code null}
	 * for the first page
	 * @param limit the page size
	 */
	Page upcoming(Filter filter, @Nullable Start after, int limit) {
		Instant now = this.visibility.now();
		NavigableMap<Start, FeedItem> events = candidates(filter);
		NavigableMap<Start, FeedItem> from = (after != null) ? events.tailMap(after, false)
				: events.tailMap(new Start(now.minus(this.longest), ""), true);
		return page(from, filter, false, now, limit);
	}

	/**
	 * A page of the events that have ended, latest start first.
	 * @param filter the track and city, if any
	 * @param before the position of the last event of the previous page, or {@code null}
	 * for the first page
	 * @param limit the page size
	 */
	Page past(Filter filter, @Nullable Start before, int limit) {
		Instant now = this.visibility.now();
		NavigableMap<Start, FeedItem> events = candidates(filter);
		// An event that has ended has started: it starts at or before now.
		NavigableMap<Start, FeedItem> from = (before != null) ? events.headMap(before, false)
				: events.headMap(new Start(now.plusNanos(1), ""), false);
		return page(from.descendingMap(), filter, true, now, limit);
	}

	/**
	 * The tracks that have at least one event on the timeline (upcoming or past), in
	 * Danish order, at most {@link #MAX_FACETS}.
	 */
	List<String> tracks(boolean past) {
		return facets(this.byTrack, past);
	}

	/**
	 * The cities that have at least one event on the timeline (upcoming or past), in
	 * Danish order, at most {@link #MAX_FACETS}.
	 */
	List<String> cities(boolean past) {
		return facets(this.byCity, past);
	}

	/** The track as its events spell it, or {@code null} if no event has it. */
	@Nullable String track(String name) {
		Group group = this.byTrack.get(fold(name));
		return (group != null) ? group.name : null;
	}

	/** The city as its events spell it, or {@code null} if no event has it. */
	@Nullable String city(String name) {
		Group group = this.byCity.get(fold(name));
		return (group != null) ? group.name : null;
	}

	private Page page(NavigableMap<Start, FeedItem> from, Filter filter, boolean past, Instant now, int limit) {
		List<FeedItem> events = new ArrayList<>(Math.min(limit, 64));
		Start last = null;
		for (Map.Entry<Start, FeedItem> candidate : from.entrySet()) {
			FeedItem item = candidate.getValue();
			if (!listed(item, past, now) || !filter.matches(item)) {
				continue;
			}
			if (events.size() == limit) {
				return new Page(events, last);
			}
			events.add(item);
			last = candidate.getKey();
		}
		return new Page(events, null);
	}

	private List<String> facets(ConcurrentMap<String, Group> groups, boolean past) {
		Instant now = this.visibility.now();
		List<String> names = new ArrayList<>();
		for (Group group : groups.values()) {
			if (hasAny(group.events, past, now)) {
				names.add(group.name);
			}
		}
		names.sort(this.danish);
		return (names.size() > MAX_FACETS) ? List.copyOf(names.subList(0, MAX_FACETS)) : names;
	}

	/** Whether any of the events is on the timeline, looking at as few as possible. */
	private boolean hasAny(NavigableMap<Start, FeedItem> events, boolean past, Instant now) {
		NavigableMap<Start, FeedItem> from = past
				? events.headMap(new Start(now.plusNanos(1), ""), false).descendingMap()
				: events.tailMap(new Start(now.minus(this.longest), ""), true);
		for (FeedItem item : from.values()) {
			if (listed(item, past, now)) {
				return true;
			}
		}
		return false;
	}

	private boolean listed(FeedItem item, boolean past, Instant now) {
		return this.visibility.isVisible(item, now) && ended(item, now) == past;
	}

	private NavigableMap<Start, FeedItem> candidates(Filter filter) {
		if (filter.city() != null) {
			Group group = this.byCity.get(fold(filter.city()));
			return (group != null) ? group.events : NONE;
		}
		if (filter.track() != null) {
			Group group = this.byTrack.get(fold(filter.track()));
			return (group != null) ? group.events : NONE;
		}
		return this.all;
	}

	/** Lists the event's new state (or nothing), then takes the old one away. */
	private void replace(String id, @Nullable FeedItem item) {
		FeedEventDetails event = (item != null) ? item.event() : null;
		Start now = (item != null && event != null) ? new Start(event.startsAt(), id) : null;
		Start was = this.byId.get(id);
		FeedItem old = (was != null) ? this.all.get(was) : null;
		if (now != null) {
			this.all.put(now, item);
			add(this.byTrack, event.track(), now, item);
			add(this.byCity, event.city(), now, item);
			this.byId.put(id, now);
			Duration lasts = (event.endsAt() != null) ? Duration.between(event.startsAt(), event.endsAt())
					: Duration.ZERO;
			if (lasts.compareTo(this.longest) > 0) {
				this.longest = lasts;
			}
		}
		else {
			this.byId.remove(id);
		}
		if (was == null || old == null) {
			return;
		}
		FeedEventDetails oldEvent = old.event();
		if (!was.equals(now)) {
			this.all.remove(was, old);
		}
		if (oldEvent != null) {
			remove(this.byTrack, oldEvent.track(), was, old, (event != null) ? event.track() : null, now);
			remove(this.byCity, oldEvent.city(), was, old, (event != null) ? event.city() : null, now);
		}
	}

	private static void add(ConcurrentMap<String, Group> groups, @Nullable String name, Start start, FeedItem item) {
		if (name == null || name.isBlank()) {
			return;
		}
		Group group = groups.computeIfAbsent(fold(name), (key) -> new Group(name));
		group.name = name;
		group.events.put(start, item);
	}

	/**
	 * Takes the old state out of its group, unless the new state sits at the same place
	 * (same group and start), where it has replaced it already.
	 */
	private static void remove(ConcurrentMap<String, Group> groups, @Nullable String name, Start start, FeedItem item,
			@Nullable String newName, @Nullable Start newStart) {
		if (name == null || name.isBlank()) {
			return;
		}
		String key = fold(name);
		if (start.equals(newStart) && newName != null && key.equals(fold(newName))) {
			return;
		}
		Group group = groups.get(key);
		if (group != null) {
			group.events.remove(start, item);
			if (group.events.isEmpty()) {
				groups.remove(key, group);
			}
		}
	}

	private static boolean ended(FeedItem item, Instant now) {
		FeedEventDetails event = item.event();
		if (event == null) {
			return true;
		}
		Instant end = (event.endsAt() != null && event.endsAt().isAfter(event.startsAt())) ? event.endsAt()
				: event.startsAt();
		return !end.isAfter(now);
	}

	/** The key two names share exactly when they are equal ignoring case. */
	static String fold(String text) {
		StringBuilder folded = new StringBuilder(text.length());
		for (int i = 0; i < text.length(); i++) {
			folded.append(Character.toLowerCase(Character.toUpperCase(text.charAt(i))));
		}
		return folded.toString();
	}

	/**
	 * An event's place on the timeline: its start, ties broken by id.
	 *
	 * @param at when it starts
	 * @param id the event's id
	 */
	record Start(Instant at, String id) {

	}

	/**
	 * What the events page is filtered by.
	 *
	 * @param track only events of this track (any case), or {@code null}
	 * @param city only events in this city (any case), or {@code null}
	 */
	record Filter(@Nullable String track, @Nullable String city) {

		static final Filter NONE = new Filter(null, null);

		boolean matches(FeedItem item) {
			FeedEventDetails event = item.event();
			return event != null && (this.track == null || this.track.equalsIgnoreCase(event.track()))
					&& (this.city == null || this.city.equalsIgnoreCase(event.city()));
		}

	}

	/**
	 * One page of events.
	 *
	 * @param events the events, in the timeline's order
	 * @param next the position to continue after, or {@code null} on the last page
	 */
	record Page(List<FeedItem> events, @Nullable Start next) {

	}

	/** The events of one track or city, and how the newest of them spells it. */
	private static final class Group {

		private volatile String name;

		private final ConcurrentNavigableMap<Start, FeedItem> events = new ConcurrentSkipListMap<>(ORDER);

		private Group(String name) {
			this.name = name;
		}

	}

}
