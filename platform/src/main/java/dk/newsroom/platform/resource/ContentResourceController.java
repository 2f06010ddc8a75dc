package dk.newsroom.platform.resource;

import java.net.URI;
import java.time.Clock;
import java.util.OptionalLong;

import dk.newsroom.platform.access.DraftAccess;
import dk.newsroom.platform.content.ContentItem;
import dk.newsroom.platform.content.InvalidInputException;
import dk.newsroom.platform.content.PublicationStatus;
import dk.newsroom.platform.store.ContentIds;
import dk.newsroom.platform.web.ETags;
import dk.newsroom.platform.web.Links;
import dk.newsroom.platform.web.Page;
import dk.newsroom.platform.web.PreconditionRequiredException;
import jakarta.validation.Valid;
import reactor.core.publisher.Mono;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.server.ServerWebExchange;

/**
 * {@code /api/<plural>} of one content type (docs/design.md §3): create, read by id or
 * slug, full update, publish, withdraw, delete. Responses carry the version as a strong
 * ETag; a full update needs {@code If-Match}; drafts, withdrawn and scheduled items are
 * 404 to those who may not read drafts. A service's controller extends it with
 * {@code @RestController}, its {@code @RequestMapping} and its list endpoint (its own
 * filters, through {@link #list(ListQuery, ServerWebExchange)}).
 *
 * @param <C> the content record
 * @param <Q> the create and update body
 * @param <R> the API shape
 */
public abstract class ContentResourceController<C, Q extends ContentRequest<C>, R> {

	private final ContentResourceService<C, R> service;

	private final DraftAccess draftAccess;

	private final Clock clock;

	protected <D> ContentResourceController(ContentResources resources, ContentResource<C, D, R> resource) {
		this.service = resources.service(resource);
		this.draftAccess = resources.draftAccess();
		this.clock = resources.clock();
	}

	@PostMapping(consumes = "application/json")
	public Mono<ResponseEntity<R>> create(@Valid @RequestBody Q request, ServerWebExchange exchange) {
		String collection = exchange.getRequest().getPath().pathWithinApplication().value();
		return this.service.create(request.toContent())
			.map((item) -> ResponseEntity.created(URI.create(collection + "/" + item.id()))
				.eTag(ETags.of(item.version()))
				.body(resource().toResponse(item)));
	}

	@GetMapping("/{id}")
	public Mono<ResponseEntity<R>> get(@PathVariable String id, ServerWebExchange exchange) {
		return this.draftAccess.mayReadDrafts(exchange)
			.flatMap((mayReadDrafts) -> this.service.read(id, mayReadDrafts))
			.map(this::ok);
	}

	@GetMapping("/slug/{slug}")
	public Mono<ResponseEntity<R>> getBySlug(@PathVariable String slug, ServerWebExchange exchange) {
		return this.draftAccess.mayReadDrafts(exchange)
			.flatMap((mayReadDrafts) -> this.service.readBySlug(slug, mayReadDrafts))
			.map(this::ok);
	}

	@PutMapping(path = "/{id}", consumes = "application/json")
	public Mono<ResponseEntity<R>> update(@PathVariable String id,
			@RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
			@Valid @RequestBody Q request) {
		OptionalLong version = ETags.parseIfMatch(ifMatch);
		if (version.isEmpty()) {
			return Mono.error(new PreconditionRequiredException());
		}
		return this.service.update(parseId(id), version.getAsLong(), request.toContent()).map(this::ok);
	}

	// A publish body is optional; when there is one it is JSON (415 otherwise). A request
	// without Content-Type counts as octet-stream: proxies such as the gateway forward an
	// empty body that way (chunked). It is accepted while empty, a 415 once it has bytes.
	@PostMapping(path = "/{id}/publish", consumes = { "application/json", "application/octet-stream" })
	public Mono<ResponseEntity<R>> publish(@PathVariable String id,
			@RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
			@RequestBody(required = false) PublishRequest request) {
		return this.service
			.publish(parseId(id), ETags.parseIfMatch(ifMatch),
					(request != null && request.publishAt() != null) ? request.publishAt().toInstant() : null)
			.map(this::ok);
	}

	@PostMapping("/{id}/withdraw")
	public Mono<ResponseEntity<R>> withdraw(@PathVariable String id,
			@RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
		return this.service.withdraw(parseId(id), ETags.parseIfMatch(ifMatch)).map(this::ok);
	}

	/**
	 * A 204 has no body, so any client may ask, also one that accepts only the problem it
	 * would get on a failure (as a client generated from the OpenAPI document does); the
	 * controllers' type-level {@code produces = "application/json"} answered it 406.
	 */
	@DeleteMapping(path = "/{id}",
			produces = { MediaType.APPLICATION_JSON_VALUE, MediaType.APPLICATION_PROBLEM_JSON_VALUE })
	public Mono<ResponseEntity<Void>> delete(@PathVariable String id,
			@RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
		return this.service.delete(parseId(id), ETags.parseIfMatch(ifMatch))
			.thenReturn(ResponseEntity.status(HttpStatus.NO_CONTENT).build());
	}

	/**
	 * A page of the list, newest first, with a {@code Link: rel="next"} when more follow;
	 * only published items whose time has come for those who may not read drafts, who get
	 * a 400 naming {@code status} when they ask for others.
	 */
	protected Mono<ResponseEntity<Page<R>>> list(ListQuery query, ServerWebExchange exchange) {
		return this.draftAccess.mayReadDrafts(exchange).flatMap((mayReadDrafts) -> {
			if (!mayReadDrafts && query.status() != null && query.status() != PublicationStatus.PUBLISHED) {
				return Mono.error(new InvalidInputException("status",
						"only PUBLISHED " + resource().plural() + " are public; reading others needs editor access"));
			}
			return this.service.list(query, !mayReadDrafts);
		}).map((result) -> {
			ResponseEntity.BodyBuilder response = ResponseEntity.ok();
			if (result.next() != null) {
				response.header(HttpHeaders.LINK, Links.next(exchange, result.next()));
			}
			return response.body(result.map(resource()::toResponse));
		});
	}

	protected ContentResourceService<C, R> service() {
		return this.service;
	}

	protected Clock clock() {
		return this.clock;
	}

	private ContentResource<C, ?, R> resource() {
		return this.service.resource();
	}

	private ResponseEntity<R> ok(ContentItem<C> item) {
		return ResponseEntity.ok().eTag(ETags.of(item.version())).body(resource().toResponse(item));
	}

	/** An id that is not one of ours cannot name an item: 404, not a query. */
	private String parseId(String id) {
		if (!ContentIds.isWellFormed(id)) {
			throw this.service.notFound(id);
		}
		return id;
	}

}
