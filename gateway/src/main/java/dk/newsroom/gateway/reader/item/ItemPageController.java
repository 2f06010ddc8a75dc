package dk.newsroom.gateway.reader.item;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import dk.newsroom.calendar.CalendarEvent;
import dk.newsroom.gateway.feed.ContentType;
import dk.newsroom.gateway.feed.FeedItem;
import dk.newsroom.gateway.reader.item.ItemPages.Found;
import dk.newsroom.gateway.reader.site.Digests;
import dk.newsroom.gateway.reader.site.SiteAnswers;
import dk.newsroom.gateway.reader.site.SiteLinks;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Mono;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ServerWebExchange;

/**
 * The page of each article, event and Navnenyt notice, by slug: {@code /artikler/{slug}},
 * {@code /arrangementer/{slug}}, {@code /navnenyt/{slug}}. Rendered on the server
 * (readable without JavaScript), from the gateway's own copy of the resource when it
 * holds it ({@link ItemPages}). Slugs never change, so there are no redirects. An unknown
 * slug, and anything a reader may not see (draft, scheduled, withdrawn), is the Danish
 * 404 page; a deleted item the gateway still remembers is 410.
 * <p>
 * Counts pages in {@code newsroom.reader.item.pages} (tags {@code type} and
 * {@code source}: {@code memory}, {@code service}, {@code not-found}, {@code gone},
 * {@code unavailable}).
 */
@Controller
class ItemPageController {

	static final String PAGES = "newsroom.reader.item.pages";

	private static final List<String> SOURCES = List.of("memory", "service", "not-found", "gone", "unavailable");

	private static final MediaType CALENDAR = new MediaType("text", "calendar");

	private static final Logger log = LoggerFactory.getLogger(ItemPageController.class);

	private final ItemPages pages;

	private final ItemPageRenderer renderer;

	private final SiteAnswers answers;

	private final SiteLinks links;

	private final EventCalendarFiles calendars;

	private final Map<String, Counter> counters = new HashMap<>();

	ItemPageController(ItemPages pages, ItemPageRenderer renderer, SiteAnswers answers, SiteLinks links,
			EventCalendarFiles calendars, MeterRegistry registry) {
		this.calendars = calendars;
		this.pages = pages;
		this.renderer = renderer;
		this.answers = answers;
		this.links = links;
		for (ContentType type : ContentType.values()) {
			for (String source : SOURCES) {
				this.counters.put(type.wireName() + '|' + source,
						Counter.builder(PAGES)
							.description("Item pages of the reader site served, by where they came from")
							.tag("type", type.wireName())
							.tag("source", source)
							.register(registry));
			}
		}
	}

	@GetMapping(path = "/artikler/{slug}", produces = MediaType.TEXT_HTML_VALUE)
	Mono<ResponseEntity<byte[]>> article(@PathVariable String slug, ServerWebExchange exchange) {
		return page(ContentType.ARTICLE, slug, exchange);
	}

	@GetMapping(path = "/arrangementer/{slug}", produces = MediaType.TEXT_HTML_VALUE)
	Mono<ResponseEntity<byte[]>> event(@PathVariable String slug, ServerWebExchange exchange) {
		return page(ContentType.EVENT, slug, exchange);
	}

	@GetMapping(path = "/navnenyt/{slug}", produces = MediaType.TEXT_HTML_VALUE)
	Mono<ResponseEntity<byte[]>> notice(@PathVariable String slug, ServerWebExchange exchange) {
		return page(ContentType.PERSON, slug, exchange);
	}

	/**
	 * The event as iCalendar, from the same copy as its page ("Tilføj til kalender"): an
	 * attachment named after the slug, validated by the event's version.
	 */
	@GetMapping(path = "/arrangementer/{slug}.ics")
	Mono<ResponseEntity<byte[]>> eventCalendar(@PathVariable String slug, ServerWebExchange exchange) {
		String baseUrl = this.links.base(exchange);
		return find(ContentType.EVENT, slug).map((found) -> {
			if (found.status() != ItemPages.Status.SHOWN) {
				return answer(ContentType.EVENT, found, baseUrl, exchange);
			}
			FeedItem item = Objects.requireNonNull(found.item());
			CalendarEvent event = this.calendars.read(Objects.requireNonNull(found.source()));
			ResponseEntity<byte[]> answer = this.answers.answer(exchange,
					Digests.etag("ics", item.id(), Long.toString(item.version()), EventCalendarFiles.PRODUCT_ID),
					event.updatedAt(), CALENDAR, () -> this.calendars.write(event));
			HttpHeaders headers = new HttpHeaders();
			headers.putAll(answer.getHeaders());
			headers.setContentDisposition(ContentDisposition.attachment().filename(slug + ".ics").build());
			return new ResponseEntity<>(answer.getBody(), headers, answer.getStatusCode());
		});
	}

	private Mono<ResponseEntity<byte[]>> page(ContentType type, String slug, ServerWebExchange exchange) {
		String baseUrl = this.links.base(exchange);
		return find(type, slug).map((found) -> answer(type, found, baseUrl, exchange));
	}

	private Mono<Found> find(ContentType type, String slug) {
		return this.pages.find(type, slug).onErrorResume((ex) -> {
			log.warn("The {} page {} could not be read from its service: {}", type.wireName(), slug, ex.toString());
			return Mono.just(Found.UNAVAILABLE);
		});
	}

	private ResponseEntity<byte[]> answer(ContentType type, Found found, String baseUrl, ServerWebExchange exchange) {
		return switch (found.status()) {
			case NOT_FOUND -> counted(type, "not-found", this.answers.notFound(baseUrl));
			case GONE -> counted(type, "gone", this.answers.gone(baseUrl));
			case UNAVAILABLE -> counted(type, "unavailable", this.answers.unavailable(baseUrl));
			case SHOWN -> {
				FeedItem item = Objects.requireNonNull(found.item());
				ItemPageRenderer.Resource resource = this.renderer.read(type, Objects.requireNonNull(found.source()));
				yield counted(type, found.fromMemory() ? "memory" : "service",
						this.answers.answer(exchange, this.renderer.etag(item, baseUrl), resource.updatedAt(),
								MediaType.TEXT_HTML, () -> resource.html().render(baseUrl)));
			}
		};
	}

	private ResponseEntity<byte[]> counted(ContentType type, String source, ResponseEntity<byte[]> answer) {
		this.counters.get(type.wireName() + '|' + source).increment();
		return answer;
	}

}
