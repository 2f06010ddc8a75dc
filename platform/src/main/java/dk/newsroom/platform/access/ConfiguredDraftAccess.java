package dk.newsroom.platform.access;

import reactor.core.publisher.Mono;

import org.springframework.web.server.ServerWebExchange;

/** Draft access as configured: nobody, unless {@code newsroom.access.drafts-readable}. */
class ConfiguredDraftAccess implements DraftAccess {

	private final Mono<Boolean> decision;

	ConfiguredDraftAccess(AccessProperties properties) {
		this.decision = Mono.just(properties.draftsReadable());
	}

	@Override
	public Mono<Boolean> mayReadDrafts(ServerWebExchange exchange) {
		return this.decision;
	}

}
