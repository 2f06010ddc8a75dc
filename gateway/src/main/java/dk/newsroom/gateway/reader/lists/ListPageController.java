package dk.newsroom.gateway.reader.lists;

import java.util.List;
import java.util.Optional;

import dk.newsroom.gateway.feed.ContentType;
import dk.newsroom.gateway.feed.FeedKey;
import dk.newsroom.gateway.feed.query.FeedParameters;
import dk.newsroom.gateway.reader.lists.EventProgramme.Filter;
import dk.newsroom.gateway.reader.lists.EventProgramme.Start;
import dk.newsroom.gateway.reader.site.SiteAnswers;
import dk.newsroom.gateway.reader.site.SiteLinks;
import dk.newsroom.gateway.reader.site.SitePage;
import dk.newsroom.gateway.reader.site.SitePaths;
import org.jspecify.annotations.Nullable;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ServerWebExchange;

/**
 * The reader site's list pages, rendered on the server from memory on the calling thread
 * (readable without JavaScript):
 * <ul>
 * <li>{@code /sektioner/{section}}: the section's articles, newest first;</li>
 * <li>{@code /emner/{tag}}: the tag's articles, events and Navnenyt notices, newest
 * published first;</li>
 * <li>{@code /arrangementer}: the events that have not ended, soonest first, or with
 * {@code ?tidligere=1} those that have, latest first; {@code ?spor=} and {@code ?by=}
 * filter by track and city;</li>
 * <li>{@code /navnenyt}: the Navnenyt notices, newest first.</li>
 * </ul>
 * Twenty items a page; the next page is a plain link with {@code ?cursor=} (the feed's
 * cursor; on the events page it carries the event's start). An invalid cursor or
 * parameter is the Danish 400 page; a section or tag no item has is the Danish 404 page.
 * Every page carries a strong ETag of its bytes and answers a matching conditional
 * request with 304.
 */
@Controller
class ListPageController {

	private final ListPageRenderer renderer;

	private final SiteAnswers answers;

	private final SiteLinks links;

	ListPageController(ListPageRenderer renderer, SiteAnswers answers, SiteLinks links) {
		this.renderer = renderer;
		this.answers = answers;
		this.links = links;
	}

	@GetMapping(path = SitePaths.SECTIONS + "/{section}", produces = MediaType.TEXT_HTML_VALUE)
	ResponseEntity<byte[]> section(@PathVariable String section, ServerWebExchange exchange) {
		String baseUrl = this.links.base(exchange);
		try {
			FeedKey after = feedCursor(exchange.getRequest().getQueryParams());
			return found(exchange, baseUrl,
					section.isBlank() ? Optional.empty() : this.renderer.section(section.strip(), after, baseUrl));
		}
		catch (InvalidListRequest ex) {
			return this.answers.badRequest(baseUrl, ex.getMessage());
		}
	}

	@GetMapping(path = SitePaths.TAGS + "/{tag}", produces = MediaType.TEXT_HTML_VALUE)
	ResponseEntity<byte[]> tag(@PathVariable String tag, ServerWebExchange exchange) {
		String baseUrl = this.links.base(exchange);
		try {
			FeedKey after = feedCursor(exchange.getRequest().getQueryParams());
			return found(exchange, baseUrl,
					tag.isBlank() ? Optional.empty() : this.renderer.tag(tag.strip(), after, baseUrl));
		}
		catch (InvalidListRequest ex) {
			return this.answers.badRequest(baseUrl, ex.getMessage());
		}
	}

	/** No overview of sections or tags (yet): the Danish 404 page, not a bare one. */
	@GetMapping(path = { SitePaths.SECTIONS, SitePaths.SECTIONS + "/", SitePaths.TAGS, SitePaths.TAGS + "/" },
			produces = MediaType.TEXT_HTML_VALUE)
	ResponseEntity<byte[]> noName(ServerWebExchange exchange) {
		return this.answers.notFound(this.links.base(exchange));
	}

	@GetMapping(path = SitePaths.EVENTS, produces = MediaType.TEXT_HTML_VALUE)
	ResponseEntity<byte[]> events(ServerWebExchange exchange) {
		String baseUrl = this.links.base(exchange);
		MultiValueMap<String, String> params = exchange.getRequest().getQueryParams();
		try {
			Filter filter = new Filter(single(params, SitePaths.TRACK), single(params, SitePaths.CITY));
			String past = single(params, ListPageRenderer.PAST);
			if (past != null && !"1".equals(past)) {
				throw new InvalidListRequest(
						"Parameteren »" + ListPageRenderer.PAST + "« kan kun have værdien 1. Brug linkene på siden.");
			}
			FeedKey cursor = feedCursor(params);
			if (cursor != null && cursor.type() != ContentType.EVENT) {
				throw InvalidListRequest.cursor();
			}
			Start after = (cursor != null) ? new Start(cursor.publishedAt(), cursor.id()) : null;
			return this.answers.page(exchange, this.renderer.events(filter, past != null, after, baseUrl));
		}
		catch (InvalidListRequest ex) {
			return this.answers.badRequest(baseUrl, ex.getMessage());
		}
	}

	@GetMapping(path = SitePaths.NOTICES, produces = MediaType.TEXT_HTML_VALUE)
	ResponseEntity<byte[]> notices(ServerWebExchange exchange) {
		String baseUrl = this.links.base(exchange);
		try {
			FeedKey after = feedCursor(exchange.getRequest().getQueryParams());
			return this.answers.page(exchange, this.renderer.notices(after, baseUrl));
		}
		catch (InvalidListRequest ex) {
			return this.answers.badRequest(baseUrl, ex.getMessage());
		}
	}

	private ResponseEntity<byte[]> found(ServerWebExchange exchange, String baseUrl, Optional<SitePage> page) {
		return page.isPresent() ? this.answers.page(exchange, page.get()) : this.answers.notFound(baseUrl);
	}

	/**
	 * The key the {@code cursor} parameter stands for, read as {@code /api/feed} reads
	 * it.
	 * @return the key, or {@code null} without a cursor
	 * @throws InvalidListRequest if it is given twice or is not a cursor of the feed
	 */
	private static @Nullable FeedKey feedCursor(MultiValueMap<String, String> params) {
		String cursor = single(params, FeedParameters.CURSOR);
		if (cursor == null) {
			return null;
		}
		MultiValueMap<String, String> query = new LinkedMultiValueMap<>();
		query.add(FeedParameters.CURSOR, cursor);
		try {
			return FeedParameters.parse(query).after();
		}
		catch (RuntimeException ex) {
			throw InvalidListRequest.cursor();
		}
	}

	/** The parameter's value, stripped; {@code null} when absent or blank. */
	private static @Nullable String single(MultiValueMap<String, String> params, String name) {
		List<String> values = params.get(name);
		List<String> present = (values != null)
				? values.stream().filter((value) -> value != null && !value.isBlank()).toList() : List.of();
		if (present.size() > 1) {
			throw new InvalidListRequest("Parameteren »" + name + "« må kun angives én gang.");
		}
		return present.isEmpty() ? null : present.get(0).strip();
	}

	/** A request the list pages cannot answer; its message is shown to the reader. */
	static final class InvalidListRequest extends RuntimeException {

		InvalidListRequest(String message) {
			super(message, null, false, false);
		}

		static InvalidListRequest cursor() {
			return new InvalidListRequest("Adressen peger ikke på en side i listen. Brug linket »Ældre« på siden, "
					+ "eller begynd forfra fra listens første side.");
		}

	}

}
