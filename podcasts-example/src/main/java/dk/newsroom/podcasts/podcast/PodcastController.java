package dk.newsroom.podcasts.podcast;

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

/** {@code /api/podcasts}: the shared content resource, listed by status and tag. */
@RestController
@RequestMapping(path = "/api/podcasts", produces = "application/json")
class PodcastController extends ContentResourceController<PodcastContent, PodcastRequest, PodcastResponse> {

	PodcastController(ContentResources resources) {
		super(resources, PodcastResource.PODCASTS);
	}

	@GetMapping
	Mono<ResponseEntity<Page<PodcastResponse>>> list(@RequestParam(required = false) String status,
			@RequestParam(required = false) String tag, @RequestParam(required = false) Integer limit,
			@RequestParam(required = false) String cursor, ServerWebExchange exchange) {
		return list(ListQuery.of(status, limit, cursor).where("tags", "tag", tag), exchange);
	}

}
