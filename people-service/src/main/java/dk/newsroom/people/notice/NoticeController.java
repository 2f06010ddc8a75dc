package dk.newsroom.people.notice;

import dk.newsroom.people.announcement.NoticeKind;
import dk.newsroom.platform.resource.ContentResourceController;
import dk.newsroom.platform.resource.ContentResources;
import dk.newsroom.platform.resource.ListQuery;
import dk.newsroom.platform.web.Page;
import dk.newsroom.platform.web.QueryParameters;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import reactor.core.publisher.Mono;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ServerWebExchange;

/**
 * {@code /api/people}: the shared content resource (create, read, update, publish,
 * withdraw, delete), the preview that stores nothing, and the list filtered by status,
 * kind, company and tag.
 */
@RestController
@RequestMapping(path = "/api/people", produces = "application/json")
@Tag(name = "Navnenyt", description = """
		People news ("Navnenyt"): short notices that someone has a new job, a promotion, a new role, a board seat, \
		or retires. The service writes the Danish announcement from the structured fields in the site's house style \
		and adds data-quality warnings for the editor. Writes (preview included) need a bearer token with \
		`people:write`; anonymous readers see published notices only.""")
class NoticeController extends ContentResourceController<Notice, NoticeRequest, NoticeResponse> {

	NoticeController(ContentResources resources) {
		super(resources, NoticeResource.NOTICES);
	}

	/** The text, label and warnings a create would give; stores nothing. */
	@PostMapping(path = "/preview", consumes = "application/json")
	@Operation(operationId = "previewNotice", summary = "Preview a notice without storing it", description = """
			The announcement, label and warnings a create with this body would give today, checked as a create \
			checks it; nothing is stored or sent to the topic.""")
	@ApiResponse(responseCode = "200", description = "What the notice would say", useReturnTypeSchema = true)
	@ApiResponse(responseCode = "400", description = "Invalid body: `errors` names each field")
	@ApiResponse(responseCode = "413", description = "The body is larger than this service accepts")
	@ApiResponse(responseCode = "415", description = "The body is not `application/json`")
	@ApiResponse(responseCode = "503", description = """
			Through the gateway: the service cannot be reached, its circuit breaker is open or it has too many \
			requests under way (a preview touches no store).""")
	Mono<PreviewResponse> preview(@Valid @RequestBody NoticeRequest request) {
		return Mono
			.fromSupplier(() -> PreviewResponse.from(request.toContent().renderedAt(clock().instant()).rendering()));
	}

	@GetMapping
	@Operation(operationId = "listNotices", summary = "List notices, newest first", description = """
			A page of notices, newest created first, with `next` (and a `Link: rel="next"` header) when more \
			follow. Pages are keyset pages on the id: notices created meanwhile never shift or repeat a page. \
			Anonymous readers get published notices whose `publishedAt` has come; tokens that may read drafts get \
			every status, or the one `status` names.""")
	@ApiResponse(responseCode = "200", description = "One page of notices", useReturnTypeSchema = true)
	@ApiResponse(responseCode = "400", description = """
			A parameter is invalid; `errors` names it (`kind`, `company`, `tag`, `limit`, `cursor`, `status`)""")
	Mono<ResponseEntity<Page<NoticeResponse>>> list(@RequestParam(required = false) String status,
			@Parameter(description = "Only notices of this kind; anything else is a 400 naming `kind`",
					schema = @Schema(implementation = NoticeKind.class)) @RequestParam(required = false) String kind,
			@Parameter(description = """
					Only notices about this company, compared as its slug (`Nordlys Data`, `nordlys data` and \
					`nordlys-data` are the same; no partial matches); at most 100 characters, no control \
					characters""",
					schema = @Schema(type = "string", maxLength = QueryParameters.MAX_FILTER_LENGTH,
							example = "Nordlys Data")) @RequestParam(required = false) String company,
			@Parameter(description = """
					Only notices with this tag, exactly as written; at most 100 characters, no control \
					characters""",
					schema = @Schema(type = "string", maxLength = QueryParameters.MAX_FILTER_LENGTH,
							example = "cloud")) @RequestParam(required = false) String tag,
			@RequestParam(required = false) Integer limit, @RequestParam(required = false) String cursor,
			ServerWebExchange exchange) {
		return list(ListQuery.of(status, limit, cursor)
			.whereOneOf("kind", "kind", kind, NoticeKind.class)
			.where("companyKey", "company", company, NoticeContent::companyKey)
			.where("tags", "tag", tag), exchange);
	}

}
