package dk.newsroom.gateway.reader.item;

import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import dk.newsroom.gateway.feed.ContentType;
import dk.newsroom.gateway.feed.FeedChange;
import dk.newsroom.gateway.feed.FeedEntry;
import dk.newsroom.gateway.feed.FeedProjection;
import dk.newsroom.gateway.feed.ResourceRef;
import org.jspecify.annotations.Nullable;

/**
 * Which resource a page's slug names, kept by listening to the projection: per type, the
 * slug of every resource the projection knows, listed or not, and which of them were
 * deleted (so their page answers 410, not 404).
 * <p>
 * It holds what the projection holds: a resource's slug goes when the projection lets its
 * item go (beyond the horizon; its page is then read from its service) or forgets its
 * removal. Slugs are made once and never change (docs/design.md §3), so a slug names one
 * resource for good.
 * <p>
 * Thread-safe: the feed reader's thread writes, request threads read.
 */
final class SlugIndex implements FeedProjection.Listener {

	private final Map<ContentType, Map<String, Known>> bySlug = new EnumMap<>(ContentType.class);

	private final Map<ResourceRef, String> slugs = new ConcurrentHashMap<>();

	SlugIndex() {
		for (ContentType type : ContentType.values()) {
			this.bySlug.put(type, new ConcurrentHashMap<>());
		}
	}

	@Override
	public void applied(FeedChange change, @Nullable FeedEntry entry) {
		ResourceRef ref = change.ref();
		if (entry != null) {
			String slug = entry.item().slug();
			String previous = this.slugs.put(ref, slug);
			if (previous != null && !previous.equals(slug)) {
				this.bySlug.get(ref.type()).remove(previous);
			}
			this.bySlug.get(ref.type()).put(slug, new Known(ref, false));
			return;
		}
		String slug = this.slugs.get(ref);
		if (slug != null) {
			this.bySlug.get(ref.type()).put(slug, new Known(ref, change.isDeletion()));
		}
	}

	@Override
	public void forgotten(ResourceRef ref, @Nullable FeedEntry entry) {
		String slug = this.slugs.remove(ref);
		if (slug != null) {
			this.bySlug.get(ref.type()).remove(slug);
		}
	}

	/** The resource a slug names, or {@code null} when the projection knows none. */
	@Nullable Known find(ContentType type, String slug) {
		return this.bySlug.get(type).get(slug);
	}

	/** How many slugs are held (all types). */
	int size() {
		return this.slugs.size();
	}

	/**
	 * A resource the projection knows by its slug.
	 *
	 * @param ref the resource
	 * @param deleted whether its last change was its deletion
	 */
	record Known(ResourceRef ref, boolean deleted) {

	}

}
