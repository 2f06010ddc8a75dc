package dk.newsroom.platform.access;

import reactor.core.publisher.Mono;

import org.springframework.web.server.ServerWebExchange;

/**
 * Decides whether a request may see drafts, withdrawn and scheduled resources. Anonymous
 * readers never may.
 */
public interface DraftAccess {

	Mono<Boolean> mayReadDrafts(ServerWebExchange exchange);

}
