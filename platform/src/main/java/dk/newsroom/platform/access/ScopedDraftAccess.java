package dk.newsroom.platform.access;

import java.util.Set;

import dk.newsroom.security.Scopes;
import reactor.core.publisher.Mono;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.web.server.ServerWebExchange;

/**
 * Drafts are for tokens with {@code drafts:read}, or with the service's write scope (who
 * may change a draft may read it). Anonymous readers never see them.
 */
class ScopedDraftAccess implements DraftAccess {

	private final Set<String> authorities;

	ScopedDraftAccess(String writeScope) {
		this.authorities = Set.of(Scopes.authority(Scopes.DRAFTS_READ), Scopes.authority(writeScope));
	}

	@Override
	public Mono<Boolean> mayReadDrafts(ServerWebExchange exchange) {
		return exchange.getPrincipal()
			.ofType(Authentication.class)
			.map((authentication) -> authentication.isAuthenticated() && authentication.getAuthorities()
				.stream()
				.map(GrantedAuthority::getAuthority)
				.anyMatch(this.authorities::contains))
			.defaultIfEmpty(false);
	}

}
