package dk.newsroom.gateway.reader;

import dk.newsroom.gateway.feed.ContentType;
import dk.newsroom.gateway.feed.FeedQuery;
import dk.newsroom.gateway.feed.query.FeedParameters;
import dk.newsroom.gateway.reader.site.SiteAnswers;
import dk.newsroom.gateway.reader.site.SitePage;
import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Mono;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.server.ServerWebExchange;

/**
 * {@code GET /}: the reader page, rendered on the server from memory (no call to a
 * service, nothing blocking: the template was compiled at start, see
 * {@code SiteTemplates}), so it reads without JavaScript. Its script
 * ({@code /reader/reader.js}) keeps it current through {@code /api/feed/stream}, resuming
 * from the position the page was rendered at, and loads more articles from
 * {@code /api/feed}; without JavaScript "Vis flere" is a plain link to
 * {@code /?cursor=…}.
 * <p>
 * The front page is rendered once per change of the feed and served from the
 * {@link FrontPageCache} in between; the pages after a cursor are rendered per request.
 * Both carry a strong ETag of their bytes, {@code Last-Modified} and the site's
 * {@code Cache-Control} ({@link SiteAnswers}): a browser revalidates every time, a CDN
 * may keep the page for seconds, and an unchanged page is a 304 without a body.
 */
@Controller
class ReaderController {

	/** Articles per page, here and in the script's "Vis flere". */
	static final int PAGE_SIZE = 10;

	/** How many upcoming events the page shows. */
	static final int NEXT_EVENTS = 5;

	/** How many person-news items the page shows. */
	static final int PEOPLE = 6;

	/** The articles of the front page. */
	static final FeedQuery FRONT_PAGE = articleQuery(null);

	private final FrontPageCache frontPage;

	private final ReaderRenderer renderer;

	private final SiteAnswers answers;

	ReaderController(FrontPageCache frontPage, ReaderRenderer renderer, SiteAnswers answers) {
		this.frontPage = frontPage;
		this.renderer = renderer;
		this.answers = answers;
	}

	@GetMapping(path = "/", produces = MediaType.TEXT_HTML_VALUE)
	Mono<ResponseEntity<byte[]>> page(
			@RequestParam(name = FeedParameters.CURSOR, required = false) @Nullable String cursor,
			ServerWebExchange exchange) {
		if (cursor == null || cursor.isBlank()) {
			return this.frontPage.current().map((rendering) -> respond(exchange, rendering));
		}
		return Mono.just(respond(exchange, this.renderer.render(articleQuery(cursor), false)));
	}

	private ResponseEntity<byte[]> respond(ServerWebExchange exchange, ReaderRendering rendering) {
		return this.answers.page(exchange, new SitePage(rendering.html(), rendering.etag(), null));
	}

	static FeedQuery articleQuery(@Nullable String cursor) {
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

}
