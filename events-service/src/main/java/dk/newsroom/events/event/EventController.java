package dk.newsroom.events.event;

import dk.newsroom.platform.access.DraftAccess;
import dk.newsroom.platform.resource.ContentResourceController;
import dk.newsroom.platform.resource.ContentResources;
import dk.newsroom.platform.web.Links;
import dk.newsroom.platform.web.Page;
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
class EventController extends ContentResourceController<EventContent, EventRequest, EventResponse> {

	private final EventService events;

	private final DraftAccess draftAccess;

	EventController(ContentResources resources, EventService events) {
		super(resources, EventResource.EVENTS);
		this.events = events;
		this.draftAccess = resources.draftAccess();
	}

	@GetMapping
	Mono<ResponseEntity<Page<EventResponse>>> list(@RequestParam(required = false) String when,
			@RequestParam(required = false) String status, @RequestParam(required = false) String track,
			@RequestParam(required = false) String city, @RequestParam(required = false) String tag,
			@RequestParam(required = false) String from, @RequestParam(required = false) String to,
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
