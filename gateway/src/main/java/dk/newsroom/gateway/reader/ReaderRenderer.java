package dk.newsroom.gateway.reader;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

import dk.newsroom.gateway.feed.ContentType;
import dk.newsroom.gateway.feed.FeedEntry;
import dk.newsroom.gateway.feed.FeedItem;
import dk.newsroom.gateway.feed.FeedKey;
import dk.newsroom.gateway.feed.FeedPage;
import dk.newsroom.gateway.feed.FeedProjection;
import dk.newsroom.gateway.feed.FeedQuery;
import dk.newsroom.gateway.feed.query.FeedParameters;
import dk.newsroom.gateway.reader.site.SiteTemplates;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;

/**
 * Renders the reader page from memory: a page of articles from the projection, the next
 * events from the {@link ReaderIndex}, the newest person news, and the stream position
 * the page's script resumes from. Costs two short reads of the projection, never a walk
 * of the feed; CPU only, no I/O, so it may run on an event loop.
 * <p>
 * Counts each rendering in {@code newsroom.reader.renders} (tag {@code page}:
 * {@code front} or {@code more}).
 */
final class ReaderRenderer {

	static final String RENDERS = "newsroom.reader.renders";

	/** The front page's template ({@code templates/reader.mustache}). */
	static final String TEMPLATE = "reader";

	private final FeedProjection projection;

	private final ReaderIndex index;

	private final Supplier<String> position;

	private final Clock clock;

	private final SiteTemplates templates;

	private final Counter frontRenders;

	private final Counter moreRenders;

	/**
	 * @param position the stream's current position ({@code FeedEventLog.lastId()}), an
	 * opaque id
	 */
	ReaderRenderer(FeedProjection projection, ReaderIndex index, Supplier<String> position, Clock clock,
			SiteTemplates templates, MeterRegistry registry) {
		this.projection = projection;
		this.index = index;
		this.position = position;
		this.clock = clock;
		this.templates = templates;
		this.frontRenders = counter(registry, "front");
		this.moreRenders = counter(registry, "more");
	}

	/**
	 * @param articles the articles to show: the first page, or the page after a cursor
	 * @param firstPage whether it is the front page (new articles go on top)
	 */
	ReaderRendering render(FeedQuery articles, boolean firstPage) {
		// The position first: whatever changes while the page is read has a later id, so
		// the script gets it from the stream (and applies it idempotently).
		String lastEventId = this.position.get();
		Instant now = this.clock.instant();
		FeedPage articlePage = this.projection.page(articles);
		FeedKey next = articlePage.next();
		Map<String, Object> model = Map.of("today", ReaderViews.date(now), "firstPage", firstPage, "lastEventId",
				lastEventId, "articles",
				articlePage.entries().stream().map((e) -> ReaderViews.article(e.item())).toList(), "hasMore",
				next != null, "nextCursor", (next != null) ? FeedParameters.cursor(next) : "", "events",
				this.index.upcomingEvents(now, ReaderController.NEXT_EVENTS).stream().map(ReaderViews::event).toList(),
				"people", latestPeople().stream().map(ReaderViews::person).toList());
		byte[] html = this.templates.render(TEMPLATE, model);
		(firstPage ? this.frontRenders : this.moreRenders).increment();
		return ReaderRendering.of(html, validUntil(now));
	}

	/** The next change of the feed that no record announces, or the next day. */
	private Instant validUntil(Instant now) {
		Instant tomorrow = ReaderViews.nextDay(now);
		Instant next = this.index.nextChange(now);
		return (next != null && next.isBefore(tomorrow)) ? next : tomorrow;
	}

	private List<FeedItem> latestPeople() {
		return this.projection
			.page(new FeedQuery(Set.of(ContentType.PERSON), null, null, ReaderController.PEOPLE, null))
			.entries()
			.stream()
			.map(FeedEntry::item)
			.toList();
	}

	private static Counter counter(MeterRegistry registry, String page) {
		return Counter.builder(RENDERS)
			.description("Renderings of the reader page: the front page once per change of the feed, "
					+ "the pages after it per request")
			.tag("page", page)
			.register(registry);
	}

}
