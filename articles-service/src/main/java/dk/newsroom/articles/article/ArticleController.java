package dk.newsroom.articles.article;

import dk.newsroom.platform.resource.ContentResourceController;
import dk.newsroom.platform.resource.ContentResources;
import dk.newsroom.platform.resource.ListQuery;
import dk.newsroom.platform.web.Page;
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
class ArticleController extends ContentResourceController<ArticleContent, ArticleRequest, ArticleResponse> {

	ArticleController(ContentResources resources) {
		super(resources, ArticleResource.ARTICLES);
	}

	@GetMapping
	Mono<ResponseEntity<Page<ArticleResponse>>> list(@RequestParam(required = false) String status,
			@RequestParam(required = false) String tag, @RequestParam(required = false) String section,
			@RequestParam(required = false) Integer limit, @RequestParam(required = false) String cursor,
			ServerWebExchange exchange) {
		return list(ListQuery.of(status, limit, cursor).where("tags", "tag", tag).where("section", "section", section),
				exchange);
	}

}
