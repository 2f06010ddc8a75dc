package dk.newsroom.articles.article;

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
import reactor.core.publisher.Mono;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ServerWebExchange;

/**
 * {@code /api/articles}: the shared content resource (create, read, update, publish,
 * withdraw, delete), and the list filtered by status, tag and section.
 */
@RestController
@RequestMapping(path = "/api/articles", produces = "application/json")
@Tag(name = "Articles", description = """
		News articles: drafts, edits, publishing (now or scheduled), withdrawal and deletion. Writes need a bearer \
		token with `articles:write`; anonymous readers see published articles only.""")
class ArticleController extends ContentResourceController<ArticleContent, ArticleRequest, ArticleResponse> {

	ArticleController(ContentResources resources) {
		super(resources, ArticleResource.ARTICLES);
	}

	@GetMapping
	@Operation(operationId = "listArticles", summary = "List articles, newest first", description = """
			A page of articles, newest created first, with `next` (and a `Link: rel="next"` header) when more \
			follow. Pages are keyset pages on the id: articles created meanwhile never shift or repeat a page. \
			Anonymous readers get published articles whose `publishedAt` has come; tokens that may read drafts \
			get every status, or the one `status` names.""")
	@ApiResponse(responseCode = "200", description = "One page of articles", useReturnTypeSchema = true)
	@ApiResponse(responseCode = "400", description = """
			A parameter is invalid; `errors` names it (`limit`, `cursor`, `status`, `tag`, `section`)""")
	Mono<ResponseEntity<Page<ArticleResponse>>> list(@RequestParam(required = false) String status,
			@Parameter(description = """
					Only articles with this tag, exactly as written; at most 100 characters, no control \
					characters""",
					schema = @Schema(type = "string", maxLength = QueryParameters.MAX_FILTER_LENGTH,
							example = "datacenter")) @RequestParam(required = false) String tag,
			@Parameter(description = """
					Only articles of this section, exactly as written; at most 100 characters, no control \
					characters""",
					schema = @Schema(type = "string", maxLength = QueryParameters.MAX_FILTER_LENGTH,
							example = "Infrastruktur")) @RequestParam(required = false) String section,
			@RequestParam(required = false) Integer limit, @RequestParam(required = false) String cursor,
			ServerWebExchange exchange) {
		return list(ListQuery.of(status, limit, cursor).where("tags", "tag", tag).where("section", "section", section),
				exchange);
	}

}
