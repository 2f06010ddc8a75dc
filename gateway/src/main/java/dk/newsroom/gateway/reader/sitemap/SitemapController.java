package dk.newsroom.gateway.reader.sitemap;

import java.nio.charset.StandardCharsets;

import dk.newsroom.gateway.reader.site.Digests;
import dk.newsroom.gateway.reader.site.SiteAnswers;
import dk.newsroom.gateway.reader.site.SiteLinks;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ServerWebExchange;

/**
 * The site for search engines:
 * <ul>
 * <li>{@code GET /robots.txt}: everything may be crawled except the API and the
 * management endpoints; names the sitemap index;</li>
 * <li>{@code GET /sitemap.xml}: the sitemap index;</li>
 * <li>{@code GET /sitemaps/{name}.xml}: a part of a type's sitemap ({@code artikler.xml},
 * {@code artikler-2.xml}, {@code arrangementer.xml}, {@code navnenyt.xml}) or the news
 * sitemap ({@code nyheder.xml}); any other name is the site's 404 page.</li>
 * </ul>
 * Each answer is built from memory on the calling thread (no I/O, nothing blocks), with
 * absolute links ({@link SiteLinks}), and answers conditional requests and may be cached
 * as the pages are ({@link SiteAnswers}): its validator is known from the items it lists
 * before any XML is written, so a 304 writes none.
 */
@Controller
class SitemapController {

	static final String ROBOTS = "/robots.txt";

	static final String INDEX = "/sitemap.xml";

	private final Sitemaps sitemaps;

	private final SiteAnswers answers;

	private final SiteLinks links;

	SitemapController(Sitemaps sitemaps, SiteAnswers answers, SiteLinks links) {
		this.sitemaps = sitemaps;
		this.answers = answers;
		this.links = links;
	}

	@GetMapping(ROBOTS)
	ResponseEntity<byte[]> robots(ServerWebExchange exchange) {
		byte[] text = robots(this.links.base(exchange)).getBytes(StandardCharsets.UTF_8);
		return this.answers.answer(exchange, Digests.etag(text), null, MediaType.TEXT_PLAIN, () -> text);
	}

	@GetMapping(INDEX)
	ResponseEntity<byte[]> index(ServerWebExchange exchange) {
		String baseUrl = this.links.base(exchange);
		SitemapIndex index = this.sitemaps.index();
		return this.answers.answer(exchange, index.etag(baseUrl), index.lastModified(), MediaType.APPLICATION_XML,
				() -> SitemapWriter.index(index, baseUrl));
	}

	@GetMapping(SitemapFile.DIRECTORY + "{name}" + SitemapFile.EXTENSION)
	ResponseEntity<byte[]> file(@PathVariable String name, ServerWebExchange exchange) {
		String baseUrl = this.links.base(exchange);
		SitemapFile file = SitemapFile.parse(name);
		Sitemap sitemap = (file != null) ? this.sitemaps.file(file) : null;
		if (sitemap == null) {
			return this.answers.notFound(baseUrl);
		}
		return this.answers.answer(exchange, sitemap.etag(baseUrl), sitemap.lastModified(), MediaType.APPLICATION_XML,
				() -> sitemap.file().isNews() ? SitemapWriter.news(sitemap, baseUrl)
						: SitemapWriter.urls(sitemap, baseUrl));
	}

	/** The robots.txt of the site at this base URL. */
	static String robots(String baseUrl) {
		return """
				User-agent: *
				Disallow: /api/
				Disallow: /actuator

				Sitemap: %s
				""".formatted(baseUrl + INDEX);
	}

}
