package dk.newsroom.events.event;

import java.net.URI;
import java.time.OffsetDateTime;
import java.util.OptionalLong;

import dk.newsroom.platform.access.DraftAccess;
import dk.newsroom.platform.web.ETags;
import dk.newsroom.platform.web.Links;
import dk.newsroom.platform.web.Page;
import dk.newsroom.platform.web.PreconditionRequiredException;
import jakarta.validation.Valid;
import reactor.core.publisher.Mono;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ServerWebExchange;

/**
 * {@code /api/events}: create, read, list (upcoming, past, all), update, publish,
 * withdraw, delete. Responses carry the version as a strong ETag; a full update needs
 * {@code If-Match}.
 */
@RestController
@RequestMapping(path = "/api/events", produces = "application/json")
class EventController {

	private final EventService events;

	private final DraftAccess draftAccess;

	EventController(EventService events, DraftAccess draftAccess) {
		this.events = events;
		this.draftAccess = draftAccess;
	}

	@PostMapping(consumes = "application/json")
	Mono<ResponseEntity<EventResponse>> create(@Valid @RequestBody EventRequest request) {
		return this.events.create(request.toContent())
			.map((event) -> ResponseEntity.created(URI.create("/api/events/" + event.id()))
				.eTag(ETags.of(event.version()))
				.body(EventResponse.from(event)));
	}

	@GetMapping("/{id}")
	Mono<ResponseEntity<EventResponse>> get(@PathVariable String id, ServerWebExchange exchange) {
		EventId eventId = EventId.fromPath(id);
		return this.draftAccess.mayReadDrafts(exchange)
			.flatMap((mayReadDrafts) -> this.events.read(eventId, mayReadDrafts))
			.map(EventController::ok);
	}

	@GetMapping("/slug/{slug}")
	Mono<ResponseEntity<EventResponse>> getBySlug(@PathVariable String slug, ServerWebExchange exchange) {
		return this.draftAccess.mayReadDrafts(exchange)
			.flatMap((mayReadDrafts) -> this.events.readBySlug(slug, mayReadDrafts))
			.map(EventController::ok);
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

	@PutMapping(path = "/{id}", consumes = "application/json")
	Mono<ResponseEntity<EventResponse>> update(@PathVariable String id,
			@RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
			@Valid @RequestBody EventRequest request) {
		EventId eventId = EventId.fromPath(id);
		OptionalLong version = ETags.parseIfMatch(ifMatch);
		if (version.isEmpty()) {
			return Mono.error(new PreconditionRequiredException());
		}
		return this.events.update(eventId, version.getAsLong(), request.toContent()).map(EventController::ok);
	}

	// A publish body is optional; when there is one it is JSON (415 otherwise). A request
	// without Content-Type counts as octet-stream: proxies such as the gateway forward an
	// empty body that way (chunked). It is accepted while empty, a 415 once it has bytes.
	@PostMapping(path = "/{id}/publish", consumes = { "application/json", "application/octet-stream" })
	Mono<ResponseEntity<EventResponse>> publish(@PathVariable String id,
			@RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
			@RequestBody(required = false) PublishRequest request) {
		OffsetDateTime publishAt = (request != null) ? request.publishAt() : null;
		return this.events
			.publish(EventId.fromPath(id), ETags.parseIfMatch(ifMatch),
					(publishAt != null) ? publishAt.toInstant() : null)
			.map(EventController::ok);
	}

	@PostMapping("/{id}/withdraw")
	Mono<ResponseEntity<EventResponse>> withdraw(@PathVariable String id,
			@RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
		return this.events.withdraw(EventId.fromPath(id), ETags.parseIfMatch(ifMatch)).map(EventController::ok);
	}

	@DeleteMapping("/{id}")
	Mono<ResponseEntity<Void>> delete(@PathVariable String id,
			@RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
		return this.events.delete(EventId.fromPath(id), ETags.parseIfMatch(ifMatch))
			.thenReturn(ResponseEntity.status(HttpStatus.NO_CONTENT).build());
	}

	private static ResponseEntity<EventResponse> ok(Event event) {
		return ResponseEntity.ok().eTag(ETags.of(event.version())).body(EventResponse.from(event));
	}

}
