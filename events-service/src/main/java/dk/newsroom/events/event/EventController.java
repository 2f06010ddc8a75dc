package dk.newsroom.events.event;

import dk.newsroom.platform.access.DraftAccess;
import dk.newsroom.platform.resource.ContentResourceController;
import dk.newsroom.platform.resource.ContentResources;
import dk.newsroom.platform.web.Links;
import dk.newsroom.platform.web.Page;
import dk.newsroom.platform.web.QueryParameters;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import reactor.core.publisher.Mono;

import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ServerWebExchange;

/**
 * {@code /api/events}: the shared content resource (create, read, update, publish,
 * withdraw, delete), and the list in programme order (upcoming, past, all) with its own
 * filters and keyset.
 */
@RestController
@RequestMapping(path = "/api/events", produces = "application/json")
@Tag(name = "Events", description = """
		Industry events and conferences, times in UTC (shown in Europe/Copenhagen): drafts, edits (also how to \
		cancel one or mark it sold out), publishing (now or scheduled), withdrawal and deletion, and the programme \
		list. Writes need a bearer token with `events:write`; anonymous readers see published events only.""")
class EventController extends ContentResourceController<EventContent, EventRequest, EventResponse> {

	private final EventService events;

	private final DraftAccess draftAccess;

	EventController(ContentResources resources, EventService events) {
		super(resources, EventResource.EVENTS);
		this.events = events;
		this.draftAccess = resources.draftAccess();
	}

	@GetMapping
	@Operation(operationId = "listEvents", summary = "List events in programme order", description = """
			A page of the programme: upcoming events soonest first (the default), past ones most recent first, or \
			all soonest first, filtered by track, city, tag and a start-time range, with `next` (and a \
			`Link: rel="next"` header) when more follow. Pages are keyset pages on `startsAt` then `id`: an event \
			added meanwhile never shifts or repeats a page. A cancelled event stays listed. Anonymous readers get \
			published events whose `publishedAt` has come; tokens that may read drafts get every status, or the \
			one `status` names.""")
	@ApiResponse(responseCode = "200", description = "One page of events", useReturnTypeSchema = true)
	@ApiResponse(responseCode = "400", description = """
			A parameter is invalid; `errors` names it (`when`, `from`, `to`, `track`, `city`, `tag`, `limit`, \
			`cursor`, `status`)""")
	Mono<ResponseEntity<Page<EventResponse>>> list(
			@Parameter(description = """
					Which part of the programme: `upcoming` (not yet ended, so an event under way is included; soonest \
					first), `past` (ended; most recent first) or `all` (soonest first, for browsing a date range); any \
					case""",
					schema = @Schema(type = "string", allowableValues = { "upcoming", "past", "all" },
							defaultValue = "upcoming")) @RequestParam(required = false) String when,
			@RequestParam(required = false) String status,
			@Parameter(description = """
					Only events of this track, regardless of case and accents (compared as slugs); at most 100 \
					characters, no control characters""",
					schema = @Schema(type = "string", maxLength = QueryParameters.MAX_FILTER_LENGTH,
							example = "Sikkerhed")) @RequestParam(required = false) String track,
			@Parameter(description = """
					Only events in this city, regardless of case and accents (`københavn ø` finds `København Ø`); \
					at most 100 characters, no control characters""",
					schema = @Schema(type = "string", maxLength = QueryParameters.MAX_FILTER_LENGTH,
							example = "København Ø")) @RequestParam(required = false) String city,
			@Parameter(description = """
					Only events with this tag, exactly as written; at most 100 characters, no control \
					characters""",
					schema = @Schema(type = "string", maxLength = QueryParameters.MAX_FILTER_LENGTH,
							example = "beredskab")) @RequestParam(required = false) String tag,
			@Parameter(description = """
					Events starting at or after this: a date (from the start of that day in Europe/Copenhagen) or a \
					date-time (without an offset: Copenhagen wall-clock time; percent-encode the `+` of an \
					offset)""", schema = @Schema(type = "string", example = "2027-03-12")) @RequestParam(
					required = false) String from,
			@Parameter(description = """
					Events starting before this: a date (up to the end of that day in Europe/Copenhagen, the whole \
					day included) or a date-time, read as `from`; must be after `from`""",
					schema = @Schema(type = "string", example = "2027-03-31")) @RequestParam(
							required = false) String to,
			@RequestParam(required = false) Integer limit, @RequestParam(required = false) String cursor,
			ServerWebExchange exchange) {
		EventListParameters parameters = new EventListParameters(when, status, track, city, tag, from, to, limit,
				cursor);
		return this.draftAccess.mayReadDrafts(exchange)
			.flatMap((mayReadDrafts) -> this.events.list(parameters.toQuery(!mayReadDrafts)))
			.map((result) -> {
				ResponseEntity.BodyBuilder response = ResponseEntity.ok();
				if (result.next() != null) {
					response.header(HttpHeaders.LINK, Links.next(exchange, result.next()));
				}
				return response.body(result.map(EventResponse::from));
			});
	}

}
