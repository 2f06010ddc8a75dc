package dk.newsroom.gateway.feed.api;

import java.time.Duration;
import java.time.Instant;

import dk.newsroom.gateway.feed.FeedKey;
import dk.newsroom.gateway.feed.FeedPage;
import dk.newsroom.gateway.feed.FeedProjection;
import dk.newsroom.gateway.feed.FeedQuery;
import dk.newsroom.gateway.feed.query.FeedParameters;

import org.springframework.context.annotation.Profile;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The benchmark's baseline for {@code GET /api/feed?limit=20} (scripts/bench.sh,
 * docs/performance.md): a bare WebFlux endpoint in the same JVM, behind the same filters,
 * answering the same bytes without the feed's own work per request (no page walk, no
 * ETag, no body built). The bytes are taken from the feed at most once a second. Only
 * with the {@code bench} profile, never in production.
 */
@RestController
@Profile("bench")
class BareFeedController {

	static final String PATH = "/bench/bare-feed";

	private static final int LIMIT = 20;

	private static final Duration REFRESH = Duration.ofSeconds(1);

	private final FeedProjection projection;

	private volatile Snapshot snapshot = new Snapshot(new byte[0], Instant.EPOCH);

	BareFeedController(FeedProjection projection) {
		this.projection = projection;
	}

	@GetMapping(path = PATH, produces = MediaType.APPLICATION_JSON_VALUE)
	ResponseEntity<byte[]> bare() {
		Snapshot current = this.snapshot;
		Instant now = Instant.now();
		if (current.taken().plus(REFRESH).isBefore(now)) {
			FeedPage page = this.projection.page(FeedQuery.firstPage(LIMIT));
			FeedKey next = page.next();
			current = new Snapshot(
					FeedPageJson.write(page.entries(), (next != null) ? FeedParameters.cursor(next) : null, null), now);
			this.snapshot = current;
		}
		return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(current.json());
	}

	private record Snapshot(byte[] json, Instant taken) {

	}

}
