package dk.newsroom.gateway.reader.sitemap;

import java.time.Instant;
import java.util.List;

import dk.newsroom.gateway.feed.FeedItem;
import dk.newsroom.gateway.reader.site.Digests;
import org.jspecify.annotations.Nullable;

/**
 * What one sitemap file lists: items with pages, newest first.
 *
 * @param file the file
 * @param items its items, each once
 */
record Sitemap(SitemapFile file, List<FeedItem> items) {

	Sitemap {
		items = List.copyOf(items);
	}

	/**
	 * When the file last changed as far as its items tell (its {@code Last-Modified} and
	 * its {@code <lastmod>} in the index): the newest {@link #changed} of its items;
	 * {@code null} when it lists none.
	 */
	@Nullable Instant lastModified() {
		Instant newest = null;
		for (FeedItem item : this.items) {
			Instant changed = changed(item);
			if (newest == null || changed.isAfter(newest)) {
				newest = changed;
			}
		}
		return newest;
	}

	/**
	 * The file's validator, known before it is written: it lists exactly these items (one
	 * state per version) with links made absolute with this base URL.
	 */
	String etag(String baseUrl) {
		Digests.Builder etag = Digests.builder()
			.add(SitemapWriter.VERSION)
			.add(this.file.name())
			.add(baseUrl)
			.add(this.items.size());
		for (FeedItem item : this.items) {
			etag.add(item.type().wireName()).add(item.id()).add(item.version());
		}
		return etag.etag();
	}

	/**
	 * When an item last changed what a sitemap shows of it: its {@code updatedAt}, or its
	 * {@code publishedAt} if later (a scheduled item appears when it becomes due, after
	 * its last edit).
	 */
	static Instant changed(FeedItem item) {
		return item.publishedAt().isAfter(item.updatedAt()) ? item.publishedAt() : item.updatedAt();
	}

}
