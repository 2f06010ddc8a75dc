package dk.newsroom.gateway.feed.stream;

import dk.newsroom.gateway.feed.api.FeedParameters;
import org.jspecify.annotations.Nullable;
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
 */
@RestController
class FeedStreamController {

	static final String PATH = "/api/feed/stream";

	static final String FEED_PATH = "/api/feed";

	static final String LAST_EVENT_ID = "Last-Event-ID";

	private final FeedStreams streams;

	FeedStreamController(FeedStreams streams) {
		this.streams = streams;
	}

	@GetMapping(path = PATH, produces = MediaType.TEXT_EVENT_STREAM_VALUE)
	Mono<Void> stream(ServerHttpRequest request, ServerHttpResponse response,
			@RequestHeader(name = LAST_EVENT_ID, required = false) @Nullable String lastEventId) {
		var query = FeedParameters.parseStream(request.getQueryParams());
		String rawQuery = request.getURI().getRawQuery();
		String reload = (rawQuery != null && !rawQuery.isEmpty()) ? FEED_PATH + "?" + rawQuery : FEED_PATH;
		response.getHeaders().setContentType(MediaType.TEXT_EVENT_STREAM);
		response.getHeaders().set(HttpHeaders.CACHE_CONTROL, "no-cache");
		// Tells nginx-style proxies not to buffer the stream.
		response.getHeaders().set("X-Accel-Buffering", "no");
		String resumeAfter = (lastEventId != null && !lastEventId.isBlank()) ? lastEventId.strip() : null;
		DataBufferFactory buffers = response.bufferFactory();
		return response.writeAndFlushWith(
				this.streams.open(query, resumeAfter, reload).map((frame) -> Mono.just(buffers.wrap(frame.bytes()))));
	}

}
