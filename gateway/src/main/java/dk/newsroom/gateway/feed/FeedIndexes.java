package dk.newsroom.gateway.feed;

import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.ConcurrentNavigableMap;
import java.util.concurrent.ConcurrentSkipListMap;

import org.jspecify.annotations.Nullable;

/**
 * The projection's items again, per type, per tag, per section, and events per track and
 * per city, so a filtered page walks the items that can match instead of the whole feed.
 * Tags and sections are keyed case-insensitively, as {@link FeedQuery#matches} compares
 * them; the query still checks every candidate. Thread-safe like the projection: one
 * writer, any number of readers, and an entry is put into its indexes before the entry it
 * replaces is taken out.
 */
final class FeedIndexes {

	/**
	 * What an index not (or no longer) holding anything gives: nothing, not a new map.
	 */
	private static final ConcurrentNavigableMap<FeedKey, FeedEntry> NONE = new ConcurrentSkipListMap<>();

	private final Map<ContentType, ConcurrentNavigableMap<FeedKey, FeedEntry>> byType = new EnumMap<>(
			ContentType.class);

	private final ConcurrentMap<String, ConcurrentNavigableMap<FeedKey, FeedEntry>> byTag = new ConcurrentHashMap<>();

	private final ConcurrentMap<String, ConcurrentNavigableMap<FeedKey, FeedEntry>> bySection = new ConcurrentHashMap<>();

	private final ConcurrentMap<String, ConcurrentNavigableMap<FeedKey, FeedEntry>> byTrack = new ConcurrentHashMap<>();

	private final ConcurrentMap<String, ConcurrentNavigableMap<FeedKey, FeedEntry>> byCity = new ConcurrentHashMap<>();

	FeedIndexes() {
		for (ContentType type : ContentType.values()) {
			this.byType.put(type, new ConcurrentSkipListMap<>());
		}
	}

	void add(FeedEntry entry) {
		FeedItem item = entry.item();
		this.byType.get(item.type()).put(entry.key(), entry);
		for (String tag : item.tags()) {
			this.byTag.computeIfAbsent(fold(tag), (key) -> new ConcurrentSkipListMap<>()).put(entry.key(), entry);
		}
		addTo(this.bySection, item.section(), entry);
		FeedEventDetails event = item.event();
		if (event != null) {
			addTo(this.byTrack, event.track(), entry);
			addTo(this.byCity, event.city(), entry);
		}
	}

	/**
	 * Takes the entry out where it is still the one held (a newer one may sit at its
	 * key).
	 */
	void remove(FeedEntry entry) {
		FeedItem item = entry.item();
		this.byType.get(item.type()).remove(entry.key(), entry);
		for (String tag : item.tags()) {
			removeFrom(this.byTag, tag, entry);
		}
		removeFrom(this.bySection, item.section(), entry);
		FeedEventDetails event = item.event();
		if (event != null) {
			removeFrom(this.byTrack, event.track(), entry);
			removeFrom(this.byCity, event.city(), entry);
		}
	}

	/** The items of one type. */
	ConcurrentNavigableMap<FeedKey, FeedEntry> ofType(ContentType type) {
		return this.byType.get(type);
	}

	/**
	 * The smallest index that holds every item the query can match, or {@code null} when
	 * the query has no filter an index serves.
	 */
	@Nullable ConcurrentNavigableMap<FeedKey, FeedEntry> candidates(FeedQuery query) {
		if (query.city() != null) {
			return this.byCity.getOrDefault(fold(query.city()), NONE);
		}
		if (query.track() != null) {
			return this.byTrack.getOrDefault(fold(query.track()), NONE);
		}
		if (query.tag() != null) {
			return this.byTag.getOrDefault(fold(query.tag()), NONE);
		}
		if (query.section() != null) {
			return this.bySection.getOrDefault(fold(query.section()), NONE);
		}
		if (query.types().size() == 1) {
			return this.byType.get(query.types().iterator().next());
		}
		return null;
	}

	private static void addTo(ConcurrentMap<String, ConcurrentNavigableMap<FeedKey, FeedEntry>> index,
			@Nullable String key, FeedEntry entry) {
		if (key != null) {
			index.computeIfAbsent(fold(key), (folded) -> new ConcurrentSkipListMap<>()).put(entry.key(), entry);
		}
	}

	private static void removeFrom(ConcurrentMap<String, ConcurrentNavigableMap<FeedKey, FeedEntry>> index,
			@Nullable String key, FeedEntry entry) {
		ConcurrentNavigableMap<FeedKey, FeedEntry> entries = (key != null) ? index.get(fold(key)) : null;
		if (entries != null) {
			entries.remove(entry.key(), entry);
		}
	}

	/**
	 * The key two strings share exactly when {@link String#equalsIgnoreCase} holds: each
	 * character upper-cased, then lower-cased.
	 */
	static String fold(String text) {
		StringBuilder folded = new StringBuilder(text.length());
		for (int i = 0; i < text.length(); i++) {
			folded.append(Character.toLowerCase(Character.toUpperCase(text.charAt(i))));
		}
		return folded.toString();
	}

}
