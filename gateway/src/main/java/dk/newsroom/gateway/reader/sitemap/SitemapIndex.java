package dk.newsroom.gateway.reader.sitemap;

import java.time.Instant;
import java.util.List;

import dk.newsroom.gateway.reader.site.Digests;
import org.jspecify.annotations.Nullable;

/**
 * What the sitemap index lists: every sitemap file that lists at least one URL.
 *
 * @param entries the files, types in their order then the news sitemap
 */
record SitemapIndex(List<Entry> entries) {

	SitemapIndex {
		entries = List.copyOf(entries);
	}

	/** The newest change of any file; {@code null} when none is listed. */
	@Nullable Instant lastModified() {
		Instant newest = null;
		for (Entry entry : this.entries) {
			if (newest == null || entry.lastModified().isAfter(newest)) {
				newest = entry.lastModified();
			}
		}
		return newest;
	}

	/** The index's validator: the files and their times, and the base URL. */
	String etag(String baseUrl) {
		Digests.Builder etag = Digests.builder().add(SitemapWriter.VERSION).add("index").add(baseUrl);
		for (Entry entry : this.entries) {
			etag.add(entry.file().name()).add(entry.lastModified().toString());
		}
		return etag.etag();
	}

	/**
	 * One file of the index.
	 *
	 * @param file the file
	 * @param lastModified the newest change among its items
	 * ({@link Sitemap#lastModified})
	 */
	record Entry(SitemapFile file, Instant lastModified) {

	}

}
