package dk.newsroom.webhooks;

import java.time.Clock;
import java.util.List;

import dk.newsroom.security.BearerTokenSecurity;
import dk.newsroom.security.Scopes;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.servers.Server;
import org.springdoc.core.customizers.OpenApiCustomizer;

import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.reactive.EnableWebFluxSecurity;
import org.springframework.security.config.web.server.ServerHttpSecurity;
import org.springframework.security.web.server.SecurityWebFilterChain;

/**
 * Who may do what: everything under {@code /api/webhooks/} takes a bearer token with
 * {@code webhooks:admin} ({@link Scopes#WEBHOOKS_ADMIN}); the API document and the probes
 * are open; nothing else is.
 */
@Configuration(proxyBeanMethods = false)
@EnableWebFluxSecurity
class WebhooksConfiguration {

	@Bean
	SecurityWebFilterChain webhooksSecurity(ServerHttpSecurity http) {
		return BearerTokenSecurity
			.apply(http,
					(exchange) -> exchange.getRequest().getPath().value().startsWith("/api/") ? Scopes.WEBHOOKS_ADMIN
							: null)
			.authorizeExchange((exchanges) -> exchanges.pathMatchers("/api/webhooks/**")
				.hasAuthority(Scopes.authority(Scopes.WEBHOOKS_ADMIN))
				.pathMatchers(HttpMethod.GET, "/v3/api-docs", "/v3/api-docs/**", "/actuator/health",
						"/actuator/health/**", "/actuator/info", "/actuator/prometheus", "/contracts/**")
				.permitAll()
				.anyExchange()
				.denyAll())
			.build();
	}

	@Bean
	OpenApiCustomizer webhooksApiDocs() {
		return new WebhooksApiDocs();
	}

	@Bean
	@ConditionalOnMissingBean
	Clock clock() {
		return Clock.tickMillis(java.time.ZoneOffset.UTC);
	}

	/**
	 * The OpenAPI document at {@code /v3/api-docs}; its server is relative, so a Swagger
	 * UI sends its requests to the host that served it.
	 */
	@Bean
	OpenAPI webhooksOpenApi() {
		return new OpenAPI()
			.info(new Info().title("Newsroom webhooks API")
				.description("Durable, signed webhooks (Standard Webhooks, CloudEvents) of every content change, "
						+ "for receivers that cannot read Kafka: subscriptions, the delivery log, redelivery, replay.")
				.version("v1"))
			.servers(List.of(new Server().url("/").description("The gateway, or the service itself")));
	}

}
