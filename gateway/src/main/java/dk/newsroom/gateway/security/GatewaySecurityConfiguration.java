package dk.newsroom.gateway.security;

import dk.newsroom.security.BearerTokenSecurity;
import dk.newsroom.security.Scopes;

import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.web.server.context.NoOpServerSecurityContextRepository;
import org.springframework.security.web.server.util.matcher.ServerWebExchangeMatchers;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.reactive.EnableWebFluxSecurity;
import org.springframework.security.config.web.server.ServerHttpSecurity;
import org.springframework.security.web.server.SecurityWebFilterChain;
import org.springframework.security.web.server.header.ReferrerPolicyServerHttpHeadersWriter.ReferrerPolicy;
import org.springframework.web.cors.reactive.CorsConfigurationSource;

/**
 * Who may do what through the gateway.
 * <ul>
 * <li>{@code GET}, {@code HEAD} and {@code OPTIONS} are public, except for webhooks: the
 * feed, its formats and stream, the reader site (its pages, {@code /robots.txt} and the
 * sitemaps), the API documents, and the detail routes. A token a client sends along is
 * checked (a bad one is 401) and forwarded to the service, which shows drafts to editors
 * whose token allows it; except on the stream, which looks at no token (see
 * {@link #feedStreamSecurity}).</li>
 * <li>Everything under {@code /api/webhooks/**}, reads included, needs a bearer token
 * with {@code webhooks:admin}: a subscription names its receiver (see
 * {@link RequiredScopes}). webhooks-service checks the same again.</li>
 * <li>{@code POST}, {@code PUT}, {@code PATCH} and {@code DELETE} under
 * {@code /api/articles/**}, {@code /api/events/**} and {@code /api/people/**} need a
 * bearer token with that content type's write scope (see {@link ContentWrites}).</li>
 * <li>Anything else is denied.</li>
 * </ul>
 * 401 and 403 are problem+json with {@code WWW-Authenticate}; tokens must come from the
 * configured issuer for the configured audience (the {@code newsroom-security} decoder).
 * Spring Security's default headers stay, plus {@code Referrer-Policy} and a strict
 * Content-Security-Policy on the reader page. CORS follows {@code newsroom.cors.*}.
 */
@Configuration(proxyBeanMethods = false)
@EnableWebFluxSecurity
class GatewaySecurityConfiguration {

	static final String FEED_STREAM = "/api/feed/stream";

	/**
	 * The live stream ({@code GET /api/feed/stream}) serves only what everyone may read
	 * and stays open for up to half an hour: it authenticates nobody. A token sent along
	 * is not decoded; it would be held, decoded, for the stream's whole life (about 10 KB
	 * a stream). Streams are capped and rate-limited per client address.
	 */
	@Bean
	@Order(0)
	SecurityWebFilterChain feedStreamSecurity(ServerHttpSecurity http,
			CorsConfigurationSource corsConfigurationSource) {
		return http.securityMatcher(ServerWebExchangeMatchers.pathMatchers(HttpMethod.GET, FEED_STREAM))
			.csrf(ServerHttpSecurity.CsrfSpec::disable)
			.httpBasic(ServerHttpSecurity.HttpBasicSpec::disable)
			.formLogin(ServerHttpSecurity.FormLoginSpec::disable)
			.logout(ServerHttpSecurity.LogoutSpec::disable)
			.anonymous(ServerHttpSecurity.AnonymousSpec::disable)
			.requestCache(ServerHttpSecurity.RequestCacheSpec::disable)
			.securityContextRepository(NoOpServerSecurityContextRepository.getInstance())
			.cors((cors) -> cors.configurationSource(corsConfigurationSource))
			.headers((headers) -> headers
				.referrerPolicy((referrer) -> referrer.policy(ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN)))
			.authorizeExchange((exchanges) -> exchanges.anyExchange().permitAll())
			.build();
	}

	@Bean
	@Order(1)
	SecurityWebFilterChain gatewaySecurity(ServerHttpSecurity http, CorsConfigurationSource corsConfigurationSource) {
		return BearerTokenSecurity.apply(http, RequiredScopes::scopeFor)
			.cors((cors) -> cors.configurationSource(corsConfigurationSource))
			.headers((headers) -> headers
				.referrerPolicy((referrer) -> referrer.policy(ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN))
				.writer(new ReaderPageContentSecurityPolicy()))
			.authorizeExchange((exchanges) -> {
				// Before the public reads: a subscription (its receiver's URL) is not
				// public.
				exchanges.pathMatchers(RequiredScopes.WEBHOOKS)
					.hasAuthority(Scopes.authority(Scopes.WEBHOOKS_ADMIN))
					.pathMatchers(HttpMethod.GET)
					.permitAll()
					.pathMatchers(HttpMethod.HEAD)
					.permitAll()
					.pathMatchers(HttpMethod.OPTIONS)
					.permitAll();
				for (ContentWrites writes : ContentWrites.values()) {
					for (HttpMethod method : ContentWrites.METHODS) {
						exchanges.pathMatchers(method, writes.pattern()).hasAuthority(writes.authority());
					}
				}
				exchanges.anyExchange().denyAll();
			})
			.build();
	}

	@Bean
	CorsConfigurationSource corsConfigurationSource(CorsProperties properties) {
		return CorsPolicy.source(properties);
	}

	@Bean
	@ConditionalOnBooleanProperty(name = "newsroom.rate-limit.enabled", matchIfMissing = true)
	RateLimitFilter rateLimitFilter(RateLimitProperties properties) {
		return new RateLimitFilter(new RateLimits(properties));
	}

	@Bean
	@ConditionalOnBooleanProperty(name = "newsroom.rate-limit.enabled", matchIfMissing = true)
	AuthorizationAttemptFilter authorizationAttemptFilter(RateLimitFilter rateLimitFilter) {
		return new AuthorizationAttemptFilter(rateLimitFilter.limits(), rateLimitFilter);
	}

}
