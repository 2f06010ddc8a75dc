package dk.newsroom.gateway.reader.sitemap;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import dk.newsroom.gateway.feed.ContentType;
import dk.newsroom.gateway.feed.FeedItem;
import dk.newsroom.gateway.feed.FeedKey;
import dk.newsroom.gateway.feed.FeedProjection;
import dk.newsroom.gateway.feed.FeedVisibility;
import org.jspecify.annotations.Nullable;

/**
 * What each sitemap lists, read from the projection at request time (so an item scheduled
 * for later appears in its sitemap when it becomes due, without a new record):
 * <ul>
 * <li>a type's sitemap: every visible item of the type the gateway holds, newest first,
 * split into files of at most {@link #MAX_URLS} URLs (the protocol's limit). Items the
 * horizon let go are not listed: their pages stay, read from their services, but the
 * sitemaps cover what the gateway holds;</li>
 * <li>the news sitemap: the articles and Navnenyt notices published within the last
 * {@link #NEWS_WINDOW}, newest first, at most {@link #MAX_NEWS} (Google News' limits);
 * </li>
 * <li>the index: every file that lists at least one URL.</li>
 * </ul>
 * A file walks the items of its own type only ({@link SitemapItems}); the index walks
 * each type once. Memory and CPU only, on the calling thread.
 */
final class Sitemaps {

	/** URLs in one sitemap file at most (sitemaps.org). */
	static final int MAX_URLS = 50_000;

	/**
	 * How far back the news sitemap goes (Google News: articles of the last two days).
	 */
	static final Duration NEWS_WINDOW = Duration.ofHours(48);

	/** URLs in the news sitemap at most (Google News). */
	static final int MAX_NEWS = 1_000;

	/** The content types that are news. */
	static final List<ContentType> NEWS_TYPES = List.of(ContentType.ARTICLE, ContentType.PERSON);

	private final SitemapItems items;

	private final FeedVisibility visibility;

	private final int urlsPerFile;

	private final Duration newsWindow;

	private final int maxNews;

	Sitemaps(FeedProjection projection, FeedVisibility visibility) {
		this(projection, visibility, MAX_URLS, NEWS_WINDOW, MAX_NEWS);
	}

	/**
	 * @param urlsPerFile the URLs one file of a type's sitemap holds at most
	 * @param newsWindow how far back the news sitemap goes
	 * @param maxNews the URLs the news sitemap holds at most
	 */
	Sitemaps(FeedProjection projection, FeedVisibility visibility, int urlsPerFile, Duration newsWindow, int maxNews) {
		if (urlsPerFile < 1 || maxNews < 1) {
			throw new IllegalArgumentException("A sitemap holds at least one URL");
		}
		this.items = new SitemapItems(projection);
		this.visibility = visibility;
		this.urlsPerFile = urlsPerFile;
		this.newsWindow = newsWindow;
		this.maxNews = maxNews;
	}

	/**
	 * The index: each type's files in order, then the news sitemap, each with its newest
	 * change; a file without URLs is left out.
	 */
	SitemapIndex index() {
		List<SitemapIndex.Entry> entries = new ArrayList<>();
		for (ContentType type : SitemapFile.TYPES) {
			List<Instant> newestPerPart = new ArrayList<>();
			int[] count = { 0 };
			this.items.walk(type, (item) -> {
				int part = count[0]++ / this.urlsPerFile;
				Instant changed = Sitemap.changed(item);
				if (part == newestPerPart.size()) {
					newestPerPart.add(changed);
				}
				else if (changed.isAfter(newestPerPart.get(part))) {
					newestPerPart.set(part, changed);
				}
				return true;
			});
			for (int part = 0; part < newestPerPart.size(); part++) {
				entries.add(new SitemapIndex.Entry(SitemapFile.of(type, part + 1), newestPerPart.get(part)));
			}
		}
		Instant newsChanged = news().lastModified();
		if (newsChanged != null) {
			entries.add(new SitemapIndex.Entry(SitemapFile.NEWS, newsChanged));
		}
		return new SitemapIndex(entries);
	}

	/**
	 * What a file lists, or {@code null} when there is no such file: a part after the
	 * type's last one. The first part of a type always exists, empty when the type has no
	 * visible item, and so does the news sitemap.
	 */
	@Nullable Sitemap file(SitemapFile file) {
		ContentType type = file.type();
		if (type == null) {
			return news();
		}
		long skip = (long) (file.part() - 1) * this.urlsPerFile;
		List<FeedItem> listed = new ArrayList<>();
		long[] seen = { 0 };
		this.items.walk(type, (item) -> {
			if (seen[0]++ >= skip) {
				listed.add(item);
			}
			return listed.size() < this.urlsPerFile;
		});
		if (listed.isEmpty() && file.part() > 1) {
			return null;
		}
		return new Sitemap(file, listed);
	}

	/**
	 * The news sitemap: each news type's newest items down to the window's start, merged
	 * in feed order and cut at the limit.
	 */
	Sitemap news() {
		Instant since = this.visibility.now().minus(this.newsWindow);
		List<FeedItem> merged = new ArrayList<>();
		for (ContentType type : NEWS_TYPES) {
			List<FeedItem> recent = new ArrayList<>();
			this.items.walk(type, (item) -> {
				if (item.publishedAt().isBefore(since)) {
					return false;
				}
				recent.add(item);
				return recent.size() < this.maxNews;
			});
			merged = merge(merged, recent);
		}
		return new Sitemap(SitemapFile.NEWS, (merged.size() > this.maxNews) ? merged.subList(0, this.maxNews) : merged);
	}

	/** Two lists in feed order (newest first) as one. */
	private static List<FeedItem> merge(List<FeedItem> first, List<FeedItem> second) {
		List<FeedItem> merged = new ArrayList<>(first.size() + second.size());
		int i = 0;
		int j = 0;
		while (i < first.size() && j < second.size()) {
			if (FeedKey.of(first.get(i)).compareTo(FeedKey.of(second.get(j))) <= 0) {
				merged.add(first.get(i++));
			}
			else {
				merged.add(second.get(j++));
			}
		}
		merged.addAll(first.subList(i, first.size()));
		merged.addAll(second.subList(j, second.size()));
		return merged;
	}

}
