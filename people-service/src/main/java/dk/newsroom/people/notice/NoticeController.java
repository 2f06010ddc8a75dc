package dk.newsroom.people.notice;

import dk.newsroom.people.announcement.NoticeKind;
import dk.newsroom.platform.resource.ContentResourceController;
import dk.newsroom.platform.resource.ContentResources;
import dk.newsroom.platform.resource.ListQuery;
import dk.newsroom.platform.web.Page;
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
class NoticeController extends ContentResourceController<Notice, NoticeRequest, NoticeResponse> {

	NoticeController(ContentResources resources) {
		super(resources, NoticeResource.NOTICES);
	}

	/** The text, label and warnings a create would give; stores nothing. */
	@PostMapping(path = "/preview", consumes = "application/json")
	Mono<PreviewResponse> preview(@Valid @RequestBody NoticeRequest request) {
		return Mono
			.fromSupplier(() -> PreviewResponse.from(request.toContent().renderedAt(clock().instant()).rendering()));
	}

	@GetMapping
	Mono<ResponseEntity<Page<NoticeResponse>>> list(@RequestParam(required = false) String status,
			@RequestParam(required = false) String kind, @RequestParam(required = false) String company,
			@RequestParam(required = false) String tag, @RequestParam(required = false) Integer limit,
			@RequestParam(required = false) String cursor, ServerWebExchange exchange) {
		return list(ListQuery.of(status, limit, cursor)
			.whereOneOf("kind", "kind", kind, NoticeKind.class)
			.where("companyKey", "company", company, NoticeContent::companyKey)
			.where("tags", "tag", tag), exchange);
	}

}
