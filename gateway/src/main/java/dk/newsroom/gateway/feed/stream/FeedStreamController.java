package dk.newsroom.gateway.feed.stream;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.stream.Collectors;

import dk.newsroom.gateway.feed.query.FeedParameters;
import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.core.io.buffer.DataBufferFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.http.server.reactive.ServerHttpResponse;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/feed/stream}: the feed's changes as Server-Sent Events, with the
 * filters of {@code /api/feed} (see docs/feed-stream.md). Writes the frames as encoded
 * once for all streams ({@link SseFrame}), each flushed as it comes.
 * <p>
 * Where it resumes: the {@code Last-Event-ID} header (an {@code EventSource} sends it
 * when it reconnects), else the {@code lastEventId} query parameter (for the first
 * connection, which cannot send the header: the reader page passes the position it was
 * rendered at), else nowhere ({@code ready}, live events only).
 */
@RestController
class FeedStreamController {

	static final String PATH = "/api/feed/stream";

	static final String FEED_PATH = "/api/feed";

	static final String LAST_EVENT_ID = "Last-Event-ID";

	/**
	 * The first thing a resuming stream sends: a comment, so the response starts at once
	 * even when there is nothing to replay (an {@code EventSource} is open from then on).
	 */
	static final String RESUME = "resume";

	private static final SseFrame RESUME_FRAME = SseFrame.comment(RESUME);

	private final FeedStreams streams;

	FeedStreamController(FeedStreams streams) {
		this.streams = streams;
	}

	@GetMapping(path = PATH, produces = MediaType.TEXT_EVENT_STREAM_VALUE)
	Mono<Void> stream(ServerHttpRequest request, ServerHttpResponse response,
			@RequestHeader(name = LAST_EVENT_ID, required = false) @Nullable String lastEventId) {
		var query = FeedParameters.parseStream(request.getQueryParams());
		String filters = withoutPosition(request.getURI().getRawQuery());
		String reload = filters.isEmpty() ? FEED_PATH : FEED_PATH + "?" + filters;
		response.getHeaders().setContentType(MediaType.TEXT_EVENT_STREAM);
		response.getHeaders().set(HttpHeaders.CACHE_CONTROL, "no-cache");
		// Tells nginx-style proxies not to buffer the stream.
		response.getHeaders().set("X-Accel-Buffering", "no");
		String resumeAfter = (lastEventId != null && !lastEventId.isBlank()) ? lastEventId.strip()
				: FeedParameters.lastEventId(request.getQueryParams());
		Flux<SseFrame> events = this.streams.open(query, resumeAfter, reload);
		DataBufferFactory buffers = response.bufferFactory();
		return response.writeAndFlushWith(((resumeAfter != null) ? events.startWith(RESUME_FRAME) : events)
			.map((frame) -> Mono.just(buffers.wrap(frame.bytes()))));
	}

	/**
	 * The raw query without the position parameter: the filters, as the client wrote
	 * them.
	 */
	private static String withoutPosition(@Nullable String rawQuery) {
		if (rawQuery == null || rawQuery.isEmpty()) {
			return "";
		}
		return Arrays.stream(rawQuery.split("&"))
			.filter((pair) -> !pair.isEmpty() && !FeedParameters.LAST_EVENT_ID.equals(name(pair)))
			.collect(Collectors.joining("&"));
	}

	private static String name(String pair) {
		int equals = pair.indexOf('=');
		String raw = (equals >= 0) ? pair.substring(0, equals) : pair;
		try {
			return URLDecoder.decode(raw, StandardCharsets.UTF_8);
		}
		catch (IllegalArgumentException ex) {
			return raw;
		}
	}

}
