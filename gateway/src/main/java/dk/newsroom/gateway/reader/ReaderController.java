package dk.newsroom.gateway.reader;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;

import dk.newsroom.gateway.feed.ContentType;
import dk.newsroom.gateway.feed.FeedEntry;
import dk.newsroom.gateway.feed.FeedEventDetails;
import dk.newsroom.gateway.feed.FeedItem;
import dk.newsroom.gateway.feed.FeedKey;
import dk.newsroom.gateway.feed.FeedPage;
import dk.newsroom.gateway.feed.FeedProjection;
import dk.newsroom.gateway.feed.FeedQuery;
import dk.newsroom.gateway.feed.api.FeedParameters;
import org.jspecify.annotations.Nullable;

import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/**
 * {@code GET /}: the reader page, rendered on the server from the in-memory projection
 * (no call to a service, nothing blocking: the template was compiled at start, see
 * {@link ReaderPage}), so it reads without JavaScript. Its script
 * ({@code /reader/reader.js}) keeps it current through {@code /api/feed/stream} and loads
 * more articles from {@code /api/feed}; without JavaScript "Vis flere" is a plain link to
 * {@code /?cursor=…}.
 */
@Controller
class ReaderController {

	/** Articles per page, here and in the script's "Vis flere". */
	static final int PAGE_SIZE = 10;

	/** How many upcoming events the page shows. */
	static final int NEXT_EVENTS = 5;

	/** How many person-news items the page shows. */
	static final int PEOPLE = 6;

	private static final int EVENT_SCAN_PAGE = 200;

	private static final MediaType HTML = new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8);

	private final FeedProjection projection;

	private final Clock clock;

	private final ReaderPage page;

	ReaderController(FeedProjection projection, Clock clock, ReaderPage page) {
		this.projection = projection;
		this.clock = clock;
		this.page = page;
	}

	@GetMapping(path = "/", produces = MediaType.TEXT_HTML_VALUE)
	ResponseEntity<String> page(@RequestParam(name = FeedParameters.CURSOR, required = false) @Nullable String cursor) {
		Instant now = this.clock.instant();
		FeedPage articles = this.projection.page(articleQuery(cursor));
		FeedKey next = articles.next();
		boolean firstPage = cursor == null || cursor.isBlank();
		Map<String, Object> model = Map.of("today", ReaderViews.date(now), "firstPage", firstPage, "articles",
				articles.entries().stream().map((e) -> ReaderViews.article(e.item())).toList(), "hasMore", next != null,
				"nextCursor", (next != null) ? FeedParameters.cursor(next) : "", "events",
				nextEvents(now).stream().map(ReaderViews::event).toList(), "people",
				latestPeople().stream().map(ReaderViews::person).toList());
		return ResponseEntity.ok().contentType(HTML).cacheControl(CacheControl.noCache()).body(this.page.render(model));
	}

	private static FeedQuery articleQuery(@Nullable String cursor) {
		MultiValueMap<String, String> params = new LinkedMultiValueMap<>();
		params.add("type", ContentType.ARTICLE.wireName());
		params.add("limit", Integer.toString(PAGE_SIZE));
		if (cursor != null && !cursor.isBlank()) {
			params.add(FeedParameters.CURSOR, cursor);
		}
		try {
			return FeedParameters.parse(params);
		}
		catch (RuntimeException ex) {
			throw new ResponseStatusException(HttpStatus.BAD_REQUEST,
					"cursor is not a cursor of this feed; follow the 'Vis flere' link of the page");
		}
	}

	/** The published events that have not started yet, soonest first. */
	private List<FeedItem> nextEvents(Instant now) {
		List<FeedItem> upcoming = new ArrayList<>();
		FeedQuery query = new FeedQuery(Set.of(ContentType.EVENT), null, null, EVENT_SCAN_PAGE, null);
		FeedPage page;
		do {
			page = this.projection.page(query);
			for (FeedEntry entry : page.entries()) {
				FeedEventDetails event = entry.item().event();
				if (event != null && event.startsAt().isAfter(now)) {
					upcoming.add(entry.item());
				}
			}
			query = query.after(page.next());
		}
		while (page.next() != null);
		upcoming.sort(Comparator.comparing((FeedItem item) -> item.event().startsAt()).thenComparing(FeedItem::id));
		return upcoming.subList(0, Math.min(NEXT_EVENTS, upcoming.size()));
	}

	private List<FeedItem> latestPeople() {
		return this.projection.page(new FeedQuery(Set.of(ContentType.PERSON), null, null, PEOPLE, null))
			.entries()
			.stream()
			.map(FeedEntry::item)
			.toList();
	}

}
