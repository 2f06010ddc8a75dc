package dk.newsroom.gateway.feed.stream;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.stream.Collectors;

import dk.newsroom.gateway.feed.query.FeedParameterDocs;
import dk.newsroom.gateway.feed.query.FeedParameters;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.enums.ParameterIn;
import io.swagger.v3.oas.annotations.headers.Header;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
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
@Tag(name = "Stream", description = """
		The feed's changes as Server-Sent Events, so a page keeps its list current without polling; an \
		`EventSource` reconnects and resumes by itself. See docs/feed-stream.md.""")
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
	@Operation(operationId = "streamFeed", summary = "Follow the feed's changes as Server-Sent Events",
			description = """
					One event per change of what a reader with these filters sees: `added` (an item became visible, \
					also when its scheduled time comes), `changed` (a newer version of a visible item), `removed` \
					(`{"type","id"}`: withdrawn, deleted, rescheduled or no longer matching); `ready` first without \
					a position, `reset` first when the position cannot be replayed (reload `reload`, then follow), \
					`dropped` last for a client too far behind. Item events carry an `id`, a position in the topics \
					valid on every gateway replica: resume after it with `Last-Event-ID` (an `EventSource` sends it \
					when it reconnects) or, on a first connection, `lastEventId`. Heartbeats are comments. The \
					stream ends cleanly after about 30 minutes; reconnect with `Last-Event-ID`. It reads no token.""")
	@Parameter(ref = FeedParameterDocs.TYPE)
	@Parameter(ref = FeedParameterDocs.TAG)
	@Parameter(ref = FeedParameterDocs.SECTION)
	@Parameter(ref = FeedParameterDocs.TRACK)
	@Parameter(ref = FeedParameterDocs.CITY)
	@Parameter(in = ParameterIn.QUERY, name = FeedParameters.LAST_EVENT_ID, description = """
			The position to resume after, for a first connection, which cannot send `Last-Event-ID`; the header \
			wins when both are given. One the stream cannot resume from gets a `reset`, never a 400. Given \
			once.""", schema = @Schema(type = "string", example = "1.tpjbz7_3hzge9_0_.4_7_7.."))
	@ApiResponse(responseCode = "200", description = """
			The stream (`text/event-stream`): `:resume` first when a position was given, then events as they \
			come""", content = @Content(mediaType = MediaType.TEXT_EVENT_STREAM_VALUE, schema = @Schema(type = "string",
			example = "id:1.tpjbz7_3hzge9_0_.4_7_7..\nevent:added\ndata:{\"type\":\"article\","
					+ "\"id\":\"6745a1f0c2a4b81e2f3d9a10\",\"title\":\"Ny sikkerhedsaftale mellem EU og Ukraine\","
					+ "\"version\":3,\"link\":\"/api/articles/6745a1f0c2a4b81e2f3d9a10\"}\n\n:heartbeat\n\n")),
			headers = {
					@Header(name = "Cache-Control", description = "Never cached",
							schema = @Schema(type = "string", example = "no-cache")),
					@Header(name = "X-Accel-Buffering", description = "Tells proxies not to buffer the stream",
							schema = @Schema(type = "string", example = "no")) })
	@ApiResponse(responseCode = "400", description = """
			A parameter is invalid, before the stream starts; `errors` names each (`type`, `limit` and `cursor`, \
			which a stream has not, `lastEventId` given twice)""")
	@ApiResponse(responseCode = "401", description = "The `Authorization` header is not a bearer token")
	@ApiResponse(responseCode = "429", description = """
			This client has as many streams open as it may (200 by default, per client address), or its rate \
			limit is used up""")
	@ApiResponse(responseCode = "503", description = "This gateway has as many streams open as it takes")
	Mono<Void> stream(ServerHttpRequest request, ServerHttpResponse response,
			@Parameter(description = """
					The id of the last event received, which an `EventSource` sends when it reconnects: the stream \
					replays what came after it, with no gap and no repeat, on whichever gateway it lands""",
					schema = @Schema(type = "string", example = "1.tpjbz7_3hzge9_0_.4_7_7..")) @RequestHeader(
							name = LAST_EVENT_ID, required = false) @Nullable String lastEventId) {
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
