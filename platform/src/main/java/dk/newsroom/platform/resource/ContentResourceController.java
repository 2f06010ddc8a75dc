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
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.enums.ParameterIn;
import io.swagger.v3.oas.annotations.headers.Header;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
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
 * <p>
 * Its OpenAPI description is written once for every type: {@code {item}}, {@code {items}}
 * and {@code {Item}} in the annotations stand for the type's names and {@code {path}} for
 * its collection's path; {@link ContentApiDocs} fills them in and adds what every
 * operation shares (the problem answers, the bearer token and its scope).
 *
 * @param <C> the content record
 * @param <Q> the create and update body
 * @param <R> the API shape
 */
public abstract class ContentResourceController<C, Q extends ContentRequest<C>, R> {

	private static final String ID = "The {item}'s id: 24 hexadecimal digits";

	private static final String ID_PATTERN = "^[0-9a-f]{24}$";

	private static final String ID_EXAMPLE = "6b0871d13cdeb9852da6d6ae";

	private static final String IF_MATCH = "The `ETag` of the version this change is meant for; without it, the "
			+ "current version is changed";

	private final ContentResourceService<C, R> service;

	private final DraftAccess draftAccess;

	private final Clock clock;

	protected <D> ContentResourceController(ContentResources resources, ContentResource<C, D, R> resource) {
		this.service = resources.service(resource);
		this.draftAccess = resources.draftAccess();
		this.clock = resources.clock();
	}

	@PostMapping(consumes = "application/json")
	@Operation(operationId = "create{Item}", summary = "Create a draft {item}", description = """
			Stores a new {item} as a draft (`status` `DRAFT`, version 1), which only tokens that may read \
			drafts see until it is published. The server gives it its `id` and its `slug`, made once from \
			the content and never changed, so links stay valid. Text is trimmed, rich text sanitised \
			against the news allowlist; JSON is read strictly (unknown or duplicate fields, trailing \
			content and type coercions are refused).""")
	@ApiResponse(responseCode = "201", description = "The new draft", useReturnTypeSchema = true,
			headers = {
					@Header(name = "Location", description = "The new {item}: `{path}/{id}`",
							schema = @Schema(type = "string", format = "uri-reference",
									example = "{path}/6b0871d13cdeb9852da6d6ae")),
					@Header(name = "ETag", description = "Its version as an entity tag: `\"1\"`",
							schema = @Schema(type = "string", example = "\"1\"")) })
	@ApiResponse(responseCode = "400", description = "Invalid body: `errors` names each field (e.g. `tags[2]`)")
	@ApiResponse(responseCode = "413", description = "The body is larger than this service accepts")
	@ApiResponse(responseCode = "415", description = "The body is not `application/json`")
	public Mono<ResponseEntity<R>> create(@Valid @RequestBody Q request, ServerWebExchange exchange) {
		String collection = exchange.getRequest().getPath().pathWithinApplication().value();
		return this.service.create(request.toContent())
			.map((item) -> ResponseEntity.created(URI.create(collection + "/" + item.id()))
				.eTag(ETags.of(item.version()))
				.body(resource().toResponse(item)));
	}

	@GetMapping("/{id}")
	@Operation(operationId = "get{Item}", summary = "Get one {item} by id", description = """
			The {item} with its version as `ETag`. Anonymous readers see only published {items} whose \
			`publishedAt` has come; a draft, withdrawn or scheduled {item} is a 404 to them, as if it did \
			not exist. A token with `drafts:read` or the write scope sees every {item}. Send the `ETag` \
			back in `If-None-Match` to get a 304 while it is unchanged.""")
	@Parameter(in = ParameterIn.HEADER, name = "If-None-Match",
			description = "An `ETag` of this {item} from an earlier answer: a 304 while it is still the current one",
			schema = @Schema(type = "string", example = "\"3\""))
	@ApiResponse(responseCode = "200", description = "The {item}", useReturnTypeSchema = true,
			headers = @Header(name = "ETag", description = "Its version as an entity tag, e.g. `\"3\"`",
					schema = @Schema(type = "string", example = "\"3\"")))
	@ApiResponse(responseCode = "304", description = "Unchanged since the `If-None-Match` version")
	@ApiResponse(responseCode = "404", description = "No such {item}, or not public and the token may not read drafts")
	public Mono<ResponseEntity<R>> get(@Parameter(description = ID,
			schema = @Schema(type = "string", pattern = ID_PATTERN, example = ID_EXAMPLE)) @PathVariable String id,
			ServerWebExchange exchange) {
		return this.draftAccess.mayReadDrafts(exchange)
			.flatMap((mayReadDrafts) -> this.service.read(id, mayReadDrafts))
			.map(this::ok);
	}

	@GetMapping("/slug/{slug}")
	@Operation(operationId = "get{Item}BySlug", summary = "Get one {item} by slug", description = """
			The {item} whose `slug` this is (as in its page's URL), with the same visibility, `ETag` and \
			`If-None-Match` as by id.""")
	@Parameter(in = ParameterIn.HEADER, name = "If-None-Match",
			description = "An `ETag` of this {item} from an earlier answer: a 304 while it is still the current one",
			schema = @Schema(type = "string", example = "\"3\""))
	@ApiResponse(responseCode = "200", description = "The {item}", useReturnTypeSchema = true,
			headers = @Header(name = "ETag", description = "Its version as an entity tag, e.g. `\"3\"`",
					schema = @Schema(type = "string", example = "\"3\"")))
	@ApiResponse(responseCode = "304", description = "Unchanged since the `If-None-Match` version")
	@ApiResponse(responseCode = "404",
			description = "No {item} has this slug, or it is not public and the token may not read drafts")
	public Mono<ResponseEntity<R>> getBySlug(@Parameter(
			description = "The {item}'s slug: lower-case ASCII letters and digits joined by hyphens (`æ` as `ae`, "
					+ "`ø` as `oe`, `å` as `aa`)",
			schema = @Schema(type = "string", pattern = "^[a-z0-9]+(-[a-z0-9]+)*$",
					example = "oestjysk-it-firma-aabner-nyt-datacenter-i-aarhus")) @PathVariable String slug,
			ServerWebExchange exchange) {
		return this.draftAccess.mayReadDrafts(exchange)
			.flatMap((mayReadDrafts) -> this.service.readBySlug(slug, mayReadDrafts))
			.map(this::ok);
	}

	@PutMapping(path = "/{id}", consumes = "application/json")
	@Operation(operationId = "update{Item}", summary = "Replace the content of one {item}", description = """
			A full update: the body replaces every field editors write (absent optional fields become \
			empty), with the rules of create; the lifecycle (`status`, `publishedAt`) and the `slug` stay. \
			`If-Match` with the version you edited is required, so a concurrent change is never \
			overwritten: an older version is a 412 naming the current one.""")
	@ApiResponse(responseCode = "200", description = "The {item} as changed, one version higher",
			useReturnTypeSchema = true,
			headers = @Header(name = "ETag", description = "The new version as an entity tag",
					schema = @Schema(type = "string", example = "\"4\"")))
	@ApiResponse(responseCode = "400",
			description = "Invalid body or `If-Match`: `errors` names each field (e.g. `tags[2]`, `If-Match`)")
	@ApiResponse(responseCode = "404", description = "No such {item}")
	@ApiResponse(responseCode = "409",
			description = "The {item} kept changing under concurrent writes; read it again and retry")
	@ApiResponse(responseCode = "412",
			description = "`If-Match` names an older version; `currentVersion` is the current one")
	@ApiResponse(responseCode = "413", description = "The body is larger than this service accepts")
	@ApiResponse(responseCode = "415", description = "The body is not `application/json`")
	@ApiResponse(responseCode = "428", description = "No `If-Match`: a full update must name the version it replaces")
	public Mono<ResponseEntity<R>> update(
			@Parameter(description = ID,
					schema = @Schema(type = "string", pattern = ID_PATTERN,
							example = ID_EXAMPLE)) @PathVariable String id,
			@Parameter(description = "The `ETag` of the version this update replaces", required = true,
					schema = @Schema(type = "string", example = "\"3\"")) @RequestHeader(name = HttpHeaders.IF_MATCH,
							required = false) String ifMatch,
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
	@Operation(operationId = "publish{Item}", summary = "Publish one {item}, now or at a time", description = """
			Makes the {item} `PUBLISHED`: public at once, or at `publishAt` when the body gives a future \
			time (scheduled: anonymous readers and the feed see it from then on). A published {item} may be \
			published again (to reschedule it) and a withdrawn one comes back. The body is optional; send \
			none, or `application/json`. `If-Match` is optional: without it the current version is \
			published.""",
			requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(required = false,
					description = "When to publish; no body, or no `publishAt`, means now",
					content = @Content(mediaType = "application/json",
							schema = @Schema(implementation = PublishRequest.class))))
	@ApiResponse(responseCode = "200", description = "The {item} as published, one version higher",
			useReturnTypeSchema = true,
			headers = @Header(name = "ETag", description = "The new version as an entity tag",
					schema = @Schema(type = "string", example = "\"4\"")))
	@ApiResponse(responseCode = "400", description = "Invalid body (`publishAt`) or `If-Match`")
	@ApiResponse(responseCode = "404", description = "No such {item}")
	@ApiResponse(responseCode = "409",
			description = "The {item} kept changing under concurrent writes; read it again and retry")
	@ApiResponse(responseCode = "412",
			description = "`If-Match` names an older version; `currentVersion` is the current one")
	@ApiResponse(responseCode = "413", description = "The body is larger than this service accepts")
	@ApiResponse(responseCode = "415", description = "A body that is not `application/json`")
	public Mono<ResponseEntity<R>> publish(
			@Parameter(description = ID,
					schema = @Schema(type = "string", pattern = ID_PATTERN,
							example = ID_EXAMPLE)) @PathVariable String id,
			@Parameter(description = IF_MATCH, schema = @Schema(type = "string", example = "\"3\"")) @RequestHeader(
					name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
			@RequestBody(required = false) PublishRequest request) {
		return this.service
			.publish(parseId(id), ETags.parseIfMatch(ifMatch),
					(request != null && request.publishAt() != null) ? request.publishAt().toInstant() : null)
			.map(this::ok);
	}

	@PostMapping("/{id}/withdraw")
	@Operation(operationId = "withdraw{Item}", summary = "Withdraw one published {item}", description = """
			Takes a published {item} off the site (`WITHDRAWN`): anonymous readers get a 404 from then on \
			and the feed drops it. Publishing it again brings it back. No body. `If-Match` is optional: \
			without it the current version is withdrawn.""")
	@ApiResponse(responseCode = "200", description = "The {item} as withdrawn, one version higher",
			useReturnTypeSchema = true,
			headers = @Header(name = "ETag", description = "The new version as an entity tag",
					schema = @Schema(type = "string", example = "\"5\"")))
	@ApiResponse(responseCode = "400", description = "`If-Match` is not an entity tag of this API")
	@ApiResponse(responseCode = "404", description = "No such {item}")
	@ApiResponse(responseCode = "409", description = """
			The {item} is not published (a draft or withdrawn already), or it kept changing under concurrent \
			writes""")
	@ApiResponse(responseCode = "412",
			description = "`If-Match` names an older version; `currentVersion` is the current one")
	public Mono<ResponseEntity<R>> withdraw(
			@Parameter(description = ID,
					schema = @Schema(type = "string", pattern = ID_PATTERN,
							example = ID_EXAMPLE)) @PathVariable String id,
			@Parameter(description = IF_MATCH, schema = @Schema(type = "string", example = "\"3\"")) @RequestHeader(
					name = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
		return this.service.withdraw(parseId(id), ETags.parseIfMatch(ifMatch)).map(this::ok);
	}

	// A 204 has no body, so any client may ask, also one that accepts only the problem it
	// would get on a failure (as a client generated from the OpenAPI document does); the
	// controllers' type-level produces = "application/json" answered it 406.
	@DeleteMapping(path = "/{id}",
			produces = { MediaType.APPLICATION_JSON_VALUE, MediaType.APPLICATION_PROBLEM_JSON_VALUE })
	@Operation(operationId = "delete{Item}", summary = "Delete one {item}", description = """
			Deletes the {item} whatever its status; its topic gets a tombstone, so every consumer drops it. \
			`If-Match` is optional: without it the current version is deleted.""")
	@ApiResponse(responseCode = "204", description = "Deleted")
	@ApiResponse(responseCode = "400", description = "`If-Match` is not an entity tag of this API")
	@ApiResponse(responseCode = "404", description = "No such {item} (or deleted already)")
	@ApiResponse(responseCode = "409",
			description = "The {item} kept changing under concurrent writes; read it again and retry")
	@ApiResponse(responseCode = "412",
			description = "`If-Match` names an older version; `currentVersion` is the current one")
	public Mono<ResponseEntity<Void>> delete(
			@Parameter(description = ID,
					schema = @Schema(type = "string", pattern = ID_PATTERN,
							example = ID_EXAMPLE)) @PathVariable String id,
			@Parameter(description = IF_MATCH, schema = @Schema(type = "string", example = "\"3\"")) @RequestHeader(
					name = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
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

	/** The content type, also for {@link ContentApiDocs}. */
	ContentResource<C, ?, R> resource() {
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
