package dk.newsroom.articles.article;

import java.net.URI;
import java.time.Clock;
import java.util.List;
import java.util.OptionalLong;

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
 * {@code /api/articles}: create, read, list, update, publish, withdraw, delete. Responses
 * carry the version as a strong ETag; a full update needs {@code If-Match}.
 */
@RestController
@RequestMapping(path = "/api/articles", produces = "application/json")
class ArticleController {

	private final ArticleService articles;

	private final DraftAccess draftAccess;

	private final Clock clock;

	ArticleController(ArticleService articles, DraftAccess draftAccess, Clock clock) {
		this.articles = articles;
		this.draftAccess = draftAccess;
		this.clock = clock;
	}

	@PostMapping(consumes = "application/json")
	Mono<ResponseEntity<ArticleResponse>> create(@Valid @RequestBody ArticleRequest request) {
		return this.articles.create(request.toContent())
			.map((article) -> ResponseEntity.created(URI.create("/api/articles/" + article.id()))
				.eTag(ETags.of(article.version()))
				.body(ArticleResponse.from(article)));
	}

	@GetMapping("/{id}")
	Mono<ResponseEntity<ArticleResponse>> get(@PathVariable String id, ServerWebExchange exchange) {
		return visible(this.articles.get(parseId(id)), exchange).map(ArticleController::ok);
	}

	@GetMapping("/slug/{slug}")
	Mono<ResponseEntity<ArticleResponse>> getBySlug(@PathVariable String slug, ServerWebExchange exchange) {
		return visible(this.articles.getBySlug(slug), exchange).map(ArticleController::ok);
	}

	@GetMapping
	Mono<ResponseEntity<Page<ArticleResponse>>> list(@RequestParam(required = false) String status,
			@RequestParam(required = false) String tag, @RequestParam(required = false) String section,
			@RequestParam(required = false) Integer limit, @RequestParam(required = false) String cursor,
			ServerWebExchange exchange) {
		PageRequest page = PageRequest.of(limit, cursor);
		PublicationStatus wanted = parseStatus(status);
		String wantedTag = QueryParameters.filter("tag", tag);
		String wantedSection = QueryParameters.filter("section", section);
		return this.draftAccess.mayReadDrafts(exchange).flatMap((mayReadDrafts) -> {
			if (!mayReadDrafts && wanted != null && wanted != PublicationStatus.PUBLISHED) {
				return Mono.error(new InvalidInputException("status",
						"only PUBLISHED articles are public; reading others needs editor access"));
			}
			return this.articles.list(new ArticleQuery(wanted, wantedTag, wantedSection, page, !mayReadDrafts));
		}).map((result) -> {
			Page<ArticleResponse> body = result.map(ArticleResponse::from);
			ResponseEntity.BodyBuilder response = ResponseEntity.ok();
			if (result.next() != null) {
				response.header(HttpHeaders.LINK, Links.next(exchange, result.next()));
			}
			return response.body(body);
		});
	}

	@PutMapping(path = "/{id}", consumes = "application/json")
	Mono<ResponseEntity<ArticleResponse>> update(@PathVariable String id,
			@RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
			@Valid @RequestBody ArticleRequest request) {
		OptionalLong version = ETags.parseIfMatch(ifMatch);
		if (version.isEmpty()) {
			return Mono.error(new PreconditionRequiredException());
		}
		return this.articles.update(parseId(id), version.getAsLong(), request.toContent()).map(ArticleController::ok);
	}

	// A publish body is optional; when there is one it is JSON (415 otherwise). A request
	// without Content-Type counts as octet-stream: proxies such as the gateway forward an
	// empty body that way (chunked). It is accepted while empty, a 415 once it has bytes.
	@PostMapping(path = "/{id}/publish", consumes = { "application/json", "application/octet-stream" })
	Mono<ResponseEntity<ArticleResponse>> publish(@PathVariable String id,
			@RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
			@RequestBody(required = false) PublishRequest request) {
		return this.articles
			.publish(parseId(id), ETags.parseIfMatch(ifMatch), (request != null) ? request.publishAt() : null)
			.map(ArticleController::ok);
	}

	@PostMapping("/{id}/withdraw")
	Mono<ResponseEntity<ArticleResponse>> withdraw(@PathVariable String id,
			@RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
		return this.articles.withdraw(parseId(id), ETags.parseIfMatch(ifMatch)).map(ArticleController::ok);
	}

	@DeleteMapping("/{id}")
	Mono<ResponseEntity<Void>> delete(@PathVariable String id,
			@RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
		return this.articles.delete(parseId(id), ETags.parseIfMatch(ifMatch))
			.thenReturn(ResponseEntity.status(HttpStatus.NO_CONTENT).build());
	}

	/**
	 * Drafts, withdrawn and scheduled articles are 404 to those who may not read drafts.
	 */
	private Mono<Article> visible(Mono<Article> article, ServerWebExchange exchange) {
		return article.zipWith(this.draftAccess.mayReadDrafts(exchange)).flatMap((found) -> {
			boolean visible = found.getT2() || found.getT1().isPublicAt(this.clock.instant());
			return visible ? Mono.just(found.getT1())
					: Mono.error(new ResourceNotFoundException("Article " + found.getT1().id()));
		});
	}

	private static ResponseEntity<ArticleResponse> ok(Article article) {
		return ResponseEntity.ok().eTag(ETags.of(article.version())).body(ArticleResponse.from(article));
	}

	private static ArticleId parseId(String id) {
		if (!ArticleId.isWellFormed(id)) {
			throw new ResourceNotFoundException("Article " + id);
		}
		return new ArticleId(id);
	}

	private static PublicationStatus parseStatus(String status) {
		if (status == null || status.isEmpty()) {
			return null;
		}
		try {
			return PublicationStatus.valueOf(status);
		}
		catch (IllegalArgumentException ex) {
			throw new InvalidInputException("status", "must be one of " + List.of(PublicationStatus.values()));
		}
	}

}
