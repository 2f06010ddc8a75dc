package dk.newsroom.gateway.feed.changes;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import dk.newsroom.gateway.feed.query.InvalidFeedRequestException;
import dk.newsroom.gateway.feed.query.InvalidParameter;
import dk.newsroom.gateway.feed.stream.Changes;
import dk.newsroom.gateway.feed.stream.FeedEventLog;
import dk.newsroom.gateway.feed.stream.FeedPosition;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.enums.ParameterIn;
import io.swagger.v3.oas.annotations.headers.Header;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ServerWebExchange;

/**
 * {@code GET /api/changes?since=<token>}: for clients that cannot read Kafka, every
 * change of the feed after a position, in order, each resource once with its latest state
 * (items that became visible or changed are upserts, items that left the feed —
 * withdrawn, deleted, rescheduled — are removes), and the token to ask with next time.
 * Served from memory; see docs/changes.md.
 */
@RestController
@Tag(name = "Changes", description = """
		Every change of the public feed after a position, for clients that cannot read Kafka: poll at any \
		interval and get exactly what you missed. See docs/changes.md.""")
class ChangesController {

	static final String PATH = "/api/changes";

	static final int DEFAULT_LIMIT = 100;

	static final int MAX_LIMIT = 500;

	/** Tokens of before positions were taken from the topics: answered with a reset. */
	private static final Pattern OLD_TOKEN = Pattern.compile("[0-9a-z]{1,20}-[0-9]{1,19}");

	private static final List<String> PARAMETERS = List.of("since", "limit");

	private final FeedEventLog log;

	ChangesController(FeedEventLog log) {
		this.log = log;
	}

	@GetMapping(path = PATH, produces = MediaType.APPLICATION_JSON_VALUE)
	@Operation(operationId = "getChanges", summary = "Read the feed's changes since a token", description = """
			The changes of the public feed after `since`, in order, each resource once with its latest state: \
			`upsert` (an item became visible or changed; `item` as `/api/feed` lists it) or `remove` (it left the \
			feed), and the token to ask with next time. Apply them in order and your copy equals the feed. A token \
			works on every gateway replica and after a restart. `reset: true` means start over. Served from \
			memory; `Cache-Control: no-cache`. A parameter other than `since` and `limit` is a 400.""")
	@Parameter(in = ParameterIn.QUERY, name = "since", description = """
			A `next` from an earlier answer, or an event id of `/api/feed/stream` (both are positions in the same \
			log); absent: from the beginning. A malformed one is a 400 naming `since`; one the gateway cannot \
			continue from starts over with `reset: true`. Given once.""",
			schema = @Schema(type = "string", example = "1.tpjbz7_3hzge9_0_.4_7_7.."))
	@Parameter(in = ParameterIn.QUERY, name = "limit", description = """
			How many changes an answer holds at most, 1 to 500 (default 100); more follow when `more` is true. \
			Given once.""",
			schema = @Schema(type = "integer", format = "int32", minimum = "" + 1, maximum = "" + MAX_LIMIT,
					defaultValue = "" + DEFAULT_LIMIT, example = "" + DEFAULT_LIMIT))
	@ApiResponse(responseCode = "200", description = "The changes after `since`",
			content = @Content(mediaType = MediaType.APPLICATION_JSON_VALUE,
					schema = @Schema(implementation = ChangesSchema.class)),
			headers = {
					@Header(name = "Cache-Control", description = "Always ask again",
							schema = @Schema(type = "string", example = "no-cache")),
					@Header(name = "Link", description = "`rel=\"next\"`: the rest, when `more` is true",
							schema = @Schema(type = "string",
									example = "</api/changes?since=1p.tpjbz7_3hzge9_0_.4_7_7..>; rel=\"next\"")) })
	@ApiResponse(responseCode = "400", description = """
			A parameter is invalid, given twice or unknown; `errors` names each (`since`, `limit`, ...)""")
	ResponseEntity<byte[]> changes(ServerWebExchange exchange) {
		MultiValueMap<String, String> params = exchange.getRequest().getQueryParams();
		List<InvalidParameter> errors = new ArrayList<>();
		params.keySet()
			.stream()
			.filter((name) -> !PARAMETERS.contains(name))
			.forEach((name) -> errors.add(new InvalidParameter(name, "is not a parameter of " + PATH)));
		String since = single(params, "since", errors);
		if (since != null && !FeedPosition.TOKEN.matcher(since).matches() && !OLD_TOKEN.matcher(since).matches()) {
			errors.add(new InvalidParameter("since", "must be a token from an earlier answer's next"));
		}
		int limit = limit(single(params, "limit", errors), errors);
		if (!errors.isEmpty()) {
			throw new InvalidFeedRequestException(errors);
		}
		Changes page = this.log.changes(since, limit);
		ResponseEntity.BodyBuilder response = ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_JSON)
			.cacheControl(CacheControl.noCache());
		if (page.more()) {
			response.header(HttpHeaders.LINK, "<" + PATH + "?since=" + page.next()
					+ ((limit != DEFAULT_LIMIT) ? "&limit=" + limit : "") + ">; rel=\"next\"");
		}
		return response.body(ChangesJson.write(page));
	}

	private static String single(MultiValueMap<String, String> params, String name, List<InvalidParameter> errors) {
		List<String> values = params.get(name);
		if (values == null || values.isEmpty()) {
			return null;
		}
		if (values.size() > 1) {
			errors.add(new InvalidParameter(name, "must be given once"));
		}
		return values.get(0);
	}

	private static int limit(String value, List<InvalidParameter> errors) {
		if (value == null) {
			return DEFAULT_LIMIT;
		}
		try {
			int limit = Integer.parseInt(value);
			if (limit >= 1 && limit <= MAX_LIMIT) {
				return limit;
			}
		}
		catch (NumberFormatException ex) {
			// reported below
		}
		errors.add(new InvalidParameter("limit", "must be a whole number from 1 to " + MAX_LIMIT));
		return DEFAULT_LIMIT;
	}

}
