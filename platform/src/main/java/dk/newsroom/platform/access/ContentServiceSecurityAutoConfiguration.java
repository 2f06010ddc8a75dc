package dk.newsroom.platform.access;

import dk.newsroom.security.BearerTokenSecurity;
import dk.newsroom.security.Scopes;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.security.oauth2.server.resource.autoconfigure.reactive.ReactiveOAuth2ResourceServerAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.reactive.EnableWebFluxSecurity;
import org.springframework.security.config.web.server.ServerHttpSecurity;
import org.springframework.security.web.server.SecurityWebFilterChain;

/**
 * Who may do what in a content service: anybody reads (published content only, see
 * {@link DraftAccess}); writing under {@code /api/} takes a bearer token with the
 * service's write scope ({@code newsroom.access.write-scope}); nothing else is open.
 */
@AutoConfiguration(before = ReactiveOAuth2ResourceServerAutoConfiguration.class)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.REACTIVE)
@EnableConfigurationProperties(AccessProperties.class)
@EnableWebFluxSecurity
public class ContentServiceSecurityAutoConfiguration {

	@Bean
	@ConditionalOnMissingBean
	SecurityWebFilterChain contentServiceSecurity(ServerHttpSecurity http, AccessProperties access) {
		return BearerTokenSecurity
			.apply(http,
					(exchange) -> exchange.getRequest().getPath().value().startsWith("/api/") ? access.writeScope()
							: null)
			.authorizeExchange((exchanges) -> exchanges.pathMatchers(HttpMethod.GET)
				.permitAll()
				.pathMatchers(HttpMethod.HEAD)
				.permitAll()
				.pathMatchers(HttpMethod.OPTIONS)
				.permitAll()
				.pathMatchers("/api/**")
				.hasAuthority(Scopes.authority(access.writeScope()))
				.anyExchange()
				.denyAll())
			.build();
	}

	@Bean
	@ConditionalOnMissingBean
	DraftAccess draftAccess(AccessProperties access) {
		return new ScopedDraftAccess(access.writeScope());
	}

}
