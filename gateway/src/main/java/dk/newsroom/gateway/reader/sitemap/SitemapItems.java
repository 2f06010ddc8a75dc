package dk.newsroom.gateway.reader.sitemap;

import java.util.HashSet;
import java.util.Set;
import java.util.function.Predicate;

import dk.newsroom.gateway.feed.ContentType;
import dk.newsroom.gateway.feed.FeedEntry;
import dk.newsroom.gateway.feed.FeedItem;
import dk.newsroom.gateway.feed.FeedPage;
import dk.newsroom.gateway.feed.FeedProjection;
import dk.newsroom.gateway.feed.FeedQuery;

/**
 * Walks the items of one content type that readers may see, newest first, through the
 * projection's pages ({@link FeedProjection#page}): a query of one type walks that type's
 * own index, never the rest of the feed, and the pages leave out what is scheduled for
 * later, unpublished, withdrawn, deleted or past the horizon. Memory and CPU only.
 */
final class SitemapItems {

	/** How many items one page of the walk reads. */
	static final int PAGE = 512;

	private final FeedProjection projection;

	SitemapItems(FeedProjection projection) {
		this.projection = projection;
	}

	/**
	 * Shows each visible item of the type to {@code visitor}, newest first and each once
	 * (an item edited while the walk goes on may move in the feed), until the visitor
	 * answers {@code false} or the items end.
	 */
	void walk(ContentType type, Predicate<FeedItem> visitor) {
		FeedQuery query = new FeedQuery(Set.of(type), null, null, PAGE, null);
		Set<String> seen = new HashSet<>();
		while (true) {
			FeedPage page = this.projection.page(query);
			for (FeedEntry entry : page.entries()) {
				FeedItem item = entry.item();
				if (item.url() != null && seen.add(item.id()) && !visitor.test(item)) {
					return;
				}
			}
			if (page.next() == null) {
				return;
			}
			query = query.after(page.next());
		}
	}

}
