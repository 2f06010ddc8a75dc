package dk.newsroom.gateway.reader.site;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.function.Supplier;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import org.jspecify.annotations.Nullable;

import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.server.ServerWebExchange;

/**
 * How the reader site answers: conditional requests ({@code ETag} and
 * {@code Last-Modified}, {@code 304} without a body), the caching policy, and the Danish
 * error pages.
 * <p>
 * Pages may be kept by a shared cache (a CDN) for {@link #SHARED_MAX_AGE} and are
 * revalidated by browsers on every view ({@code public, max-age=0, s-maxage=10}): an edit
 * or a withdrawal reaches a reader at once from the gateway, and within those seconds
 * through a CDN. An error page is never stored ({@code no-store}): a page that is not
 * found now (a scheduled article, a withdrawn one) must not be remembered as found or not
 * found.
 */
public final class SiteAnswers {

	/** How long a shared cache may keep a page. */
	public static final Duration SHARED_MAX_AGE = Duration.ofSeconds(10);

	public static final MediaType HTML = new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8);

	static final CacheControl PAGES = CacheControl.maxAge(Duration.ZERO).sMaxAge(SHARED_MAX_AGE).cachePublic();

	/** How many pages' first-served times are remembered. */
	static final int FIRST_SERVED = 10_000;

	private final SiteTemplates templates;

	private final Clock clock;

	/**
	 * Per validator of a page without a change time of its own: when it was first served.
	 */
	private final Cache<String, Instant> firstServed = Caffeine.newBuilder().maximumSize(FIRST_SERVED).build();

	public SiteAnswers(SiteTemplates templates, Clock clock) {
		this.templates = templates;
		this.clock = clock;
	}

	/**
	 * The page, or a 304 when the request's validators match. A page that does not know
	 * when its content last changed (a list, the front page) is dated when this gateway
	 * first served exactly that content (its ETag): an earlier date would claim a 304 for
	 * content a client may not have, a later one only costs a full answer.
	 */
	public ResponseEntity<byte[]> page(ServerWebExchange exchange, SitePage page) {
		Instant lastModified = page.lastModified();
		if (lastModified == null) {
			lastModified = this.firstServed.get(page.etag(), (etag) -> this.clock.instant());
		}
		return answer(exchange, page.etag(), lastModified, MediaType.TEXT_HTML, () -> page.html());
	}

	/**
	 * A 304 when the request's validators match, rendering nothing; else the body.
	 * @param etag the body's strong validator, quoted
	 * @param lastModified when the body last changed, if known
	 * @param type the body's media type (UTF-8 text)
	 * @param body renders the body; called only for a 200
	 */
	public ResponseEntity<byte[]> answer(ServerWebExchange exchange, String etag, @Nullable Instant lastModified,
			MediaType type, Supplier<byte[]> body) {
		boolean notModified = (lastModified != null) ? exchange.checkNotModified(etag, lastModified)
				: exchange.checkNotModified(etag);
		ResponseEntity.BodyBuilder answer = ResponseEntity.status(notModified ? HttpStatus.NOT_MODIFIED : HttpStatus.OK)
			.eTag(etag)
			.cacheControl(PAGES);
		if (lastModified != null) {
			answer.lastModified(lastModified);
		}
		if (notModified) {
			return answer.build();
		}
		return answer.contentType(new MediaType(type, StandardCharsets.UTF_8)).body(body.get());
	}

	/** The Danish "not found" page (404). */
	public ResponseEntity<byte[]> notFound(String baseUrl) {
		return error(HttpStatus.NOT_FOUND, baseUrl, "Siden findes ikke",
				"Vi kan ikke finde den side, du leder efter. Måske er adressen skrevet forkert, "
						+ "eller også er indholdet ikke udgivet endnu.");
	}

	/** The Danish "gone" page (410) for an item that was deleted. */
	public ResponseEntity<byte[]> gone(String baseUrl) {
		return error(HttpStatus.GONE, baseUrl, "Siden er fjernet",
				"Indholdet, der lå her, er slettet og kommer ikke igen.");
	}

	/** The Danish page for a bad request (400), e.g. a cursor that is not one. */
	public ResponseEntity<byte[]> badRequest(String baseUrl, String message) {
		return error(HttpStatus.BAD_REQUEST, baseUrl, "Ugyldig adresse", message);
	}

	/** The Danish page for a page that cannot be shown now (503). */
	public ResponseEntity<byte[]> unavailable(String baseUrl) {
		return error(HttpStatus.SERVICE_UNAVAILABLE, baseUrl, "Siden kan ikke vises lige nu", "Prøv igen om lidt.");
	}

	private ResponseEntity<byte[]> error(HttpStatus status, String baseUrl, String title, String message) {
		Map<String, Object> model = Map.of("meta", PageMeta.plain(title + " – Newsroom", message, null, baseUrl),
				"status", status.value(), "title", title, "message", message);
		ResponseEntity.BodyBuilder answer = ResponseEntity.status(status)
			.cacheControl(CacheControl.noStore())
			.contentType(HTML);
		if (status == HttpStatus.SERVICE_UNAVAILABLE) {
			answer.header("Retry-After", "10");
		}
		return answer.body(this.templates.render("site/error", model));
	}

}
