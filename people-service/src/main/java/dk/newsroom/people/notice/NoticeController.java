package dk.newsroom.people.notice;

import java.net.URI;
import java.time.Clock;
import java.util.Arrays;
import java.util.OptionalLong;

import dk.newsroom.people.announcement.NoticeKind;
import dk.newsroom.platform.access.DraftAccess;
import dk.newsroom.platform.content.PublicationStatus;
import dk.newsroom.platform.web.ETags;
import dk.newsroom.platform.content.InvalidInputException;
import dk.newsroom.platform.web.Links;
import dk.newsroom.platform.web.Page;
import dk.newsroom.platform.web.PageRequest;
import dk.newsroom.platform.web.PreconditionRequiredException;
import dk.newsroom.platform.web.QueryParameters;
import dk.newsroom.platform.content.ResourceNotFoundException;
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
 * {@code /api/people}: create, preview, read, list, update, publish, withdraw, delete.
 * Responses carry the version as a strong ETag; a full update needs {@code If-Match}.
 */
@RestController
@RequestMapping(path = "/api/people", produces = "application/json")
class NoticeController {

	private final NoticeService notices;

	private final DraftAccess draftAccess;

	private final Clock clock;

	NoticeController(NoticeService notices, DraftAccess draftAccess, Clock clock) {
		this.notices = notices;
		this.draftAccess = draftAccess;
		this.clock = clock;
	}

	@PostMapping(consumes = "application/json")
	Mono<ResponseEntity<NoticeResponse>> create(@Valid @RequestBody NoticeRequest request) {
		return this.notices.create(request.toContent())
			.map((notice) -> ResponseEntity.created(URI.create("/api/people/" + notice.id()))
				.eTag(ETags.of(notice.version()))
				.body(NoticeResponse.from(notice)));
	}

	/** The text, label and warnings a create would give; stores nothing. */
	@PostMapping(path = "/preview", consumes = "application/json")
	Mono<PreviewResponse> preview(@Valid @RequestBody NoticeRequest request) {
		return Mono.fromSupplier(() -> PreviewResponse.from(this.notices.preview(request.toContent())));
	}

	@GetMapping("/{id}")
	Mono<ResponseEntity<NoticeResponse>> get(@PathVariable String id, ServerWebExchange exchange) {
		return visible(this.notices.get(parseId(id)), exchange).map(NoticeController::ok);
	}

	@GetMapping("/slug/{slug}")
	Mono<ResponseEntity<NoticeResponse>> getBySlug(@PathVariable String slug, ServerWebExchange exchange) {
		return visible(this.notices.getBySlug(slug), exchange).map(NoticeController::ok);
	}

	@GetMapping
	Mono<ResponseEntity<Page<NoticeResponse>>> list(@RequestParam(required = false) String status,
			@RequestParam(required = false) String kind, @RequestParam(required = false) String company,
			@RequestParam(required = false) String tag, @RequestParam(required = false) Integer limit,
			@RequestParam(required = false) String cursor, ServerWebExchange exchange) {
		PageRequest page = PageRequest.of(limit, cursor);
		PublicationStatus wanted = parse("status", status, PublicationStatus.class);
		NoticeKind wantedKind = parse("kind", kind, NoticeKind.class);
		String wantedCompany = QueryParameters.filter("company", company);
		String wantedTag = QueryParameters.filter("tag", tag);
		String companyKey = (wantedCompany != null && !wantedCompany.isBlank())
				? NoticeContent.companyKey(wantedCompany) : null;
		return this.draftAccess.mayReadDrafts(exchange).flatMap((mayReadDrafts) -> {
			if (!mayReadDrafts && wanted != null && wanted != PublicationStatus.PUBLISHED) {
				return Mono.error(new InvalidInputException("status",
						"only PUBLISHED notices are public; reading others needs editor access"));
			}
			return this.notices.list(new NoticeQuery(wanted, wantedKind, companyKey, wantedTag, page, !mayReadDrafts));
		}).map((result) -> {
			Page<NoticeResponse> body = result.map(NoticeResponse::from);
			ResponseEntity.BodyBuilder response = ResponseEntity.ok();
			if (result.next() != null) {
				response.header(HttpHeaders.LINK, Links.next(exchange, result.next()));
			}
			return response.body(body);
		});
	}

	@PutMapping(path = "/{id}", consumes = "application/json")
	Mono<ResponseEntity<NoticeResponse>> update(@PathVariable String id,
			@RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
			@Valid @RequestBody NoticeRequest request) {
		OptionalLong version = ETags.parseIfMatch(ifMatch);
		if (version.isEmpty()) {
			return Mono.error(new PreconditionRequiredException());
		}
		return this.notices.update(parseId(id), version.getAsLong(), request.toContent()).map(NoticeController::ok);
	}

	// A publish body is optional; when there is one it is JSON (415 otherwise). A request
	// without Content-Type counts as octet-stream: proxies such as the gateway forward an
	// empty body that way (chunked). It is accepted while empty, a 415 once it has bytes.
	@PostMapping(path = "/{id}/publish", consumes = { "application/json", "application/octet-stream" })
	Mono<ResponseEntity<NoticeResponse>> publish(@PathVariable String id,
			@RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
			@RequestBody(required = false) PublishRequest request) {
		return this.notices
			.publish(parseId(id), ETags.parseIfMatch(ifMatch), (request != null) ? request.publishAt() : null)
			.map(NoticeController::ok);
	}

	@PostMapping("/{id}/withdraw")
	Mono<ResponseEntity<NoticeResponse>> withdraw(@PathVariable String id,
			@RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
		return this.notices.withdraw(parseId(id), ETags.parseIfMatch(ifMatch)).map(NoticeController::ok);
	}

	@DeleteMapping("/{id}")
	Mono<ResponseEntity<Void>> delete(@PathVariable String id,
			@RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
		return this.notices.delete(parseId(id), ETags.parseIfMatch(ifMatch))
			.thenReturn(ResponseEntity.status(HttpStatus.NO_CONTENT).build());
	}

	/**
	 * Drafts, withdrawn and scheduled notices are 404 to those who may not read drafts.
	 */
	private Mono<Notice> visible(Mono<Notice> notice, ServerWebExchange exchange) {
		return notice.zipWith(this.draftAccess.mayReadDrafts(exchange)).flatMap((found) -> {
			boolean visible = found.getT2() || found.getT1().isPublicAt(this.clock.instant());
			return visible ? Mono.just(found.getT1())
					: Mono.error(new ResourceNotFoundException("Notice " + found.getT1().id()));
		});
	}

	private static ResponseEntity<NoticeResponse> ok(Notice notice) {
		return ResponseEntity.ok().eTag(ETags.of(notice.version())).body(NoticeResponse.from(notice));
	}

	private static NoticeId parseId(String id) {
		if (!NoticeId.isWellFormed(id)) {
			throw new ResourceNotFoundException("Notice " + id);
		}
		return new NoticeId(id);
	}

	private static <E extends Enum<E>> E parse(String parameter, String value, Class<E> type) {
		if (value == null || value.isEmpty()) {
			return null;
		}
		try {
			return Enum.valueOf(type, value);
		}
		catch (IllegalArgumentException ex) {
			throw new InvalidInputException(parameter,
					"must be one of " + Arrays.toString(type.getEnumConstants()).replaceAll("[\\[\\]]", ""));
		}
	}

}
