package dk.newsroom.gateway;

import java.util.List;

import dk.newsroom.gateway.feed.query.FeedParameterDocs;
import dk.newsroom.security.Scopes;
import dk.newsroom.webedge.apidocs.ApiDocsConventions;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.servers.Server;
import org.springdoc.core.customizers.OpenApiCustomizer;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The gateway's OpenAPI document ({@code /v3/api-docs/gateway}); the Swagger UI at
 * {@code /swagger-ui.html} lists it with the services' documents (see
 * {@code springdoc.swagger-ui.urls}). The controllers describe their operations; this
 * adds what they share, in the vocabulary of the services' documents
 * ({@link ApiDocsConventions}): the feed's parameters, the problem schema, the bearer
 * scheme, who may call (anybody; a token that is sent must be valid, and the stream reads
 * none) and the rate limit's 429.
 */
@Configuration(proxyBeanMethods = false)
class ApiDocsConfiguration {

	private static final String STREAM = "/api/feed/stream";

	@Bean
	OpenAPI gatewayOpenApi() {
		return new OpenAPI().info(new Info().title("Newsroom gateway API")
			.description("The reader-facing API of the Danish IT news site: the unified feed of published articles, "
					+ "events and people notices (JSON, Server-Sent Events, JSON Feed, RSS and Atom) and its changes "
					+ "since a token. Details of single items are routed to the articles, events and people services, "
					+ "documented alongside this one. Every error answer is an RFC 9457 problem "
					+ "(`application/problem+json`).")
			.version("v1")).servers(List.of(new Server().url("/").description("The gateway")));
	}

	@Bean
	OpenApiCustomizer gatewayApiDocs() {
		return (openApi) -> {
			ApiDocsConventions.addComponents(openApi, """
					A JWT from the platform's token issuer, sent as `Authorization: Bearer <token>`. The gateway's \
					own endpoints are public: a token only gives its subject a rate-limit budget of its own, and one \
					that is sent must be valid. Writing content through the routes to the services takes `%s`, `%s` \
					or `%s`, reading drafts there `%s`; see docs/security.md.""".formatted(Scopes.ARTICLES_WRITE,
					Scopes.EVENTS_WRITE, Scopes.PEOPLE_WRITE, Scopes.DRAFTS_READ));
			FeedParameterDocs.parameters().forEach(openApi.getComponents()::addParameters);
			if (openApi.getPaths() != null) {
				openApi.getPaths().forEach((path, item) -> item.readOperations().forEach((operation) -> {
					if (STREAM.equals(path)) {
						operation.setSecurity(List.of(new SecurityRequirement()));
					}
					else {
						secure(operation);
					}
					ApiDocsConventions.addIfAbsent(operation, "429", new ApiResponse().description(
							"This client's rate limit is used up (per token subject, else per client address)"));
				}));
			}
			ApiDocsConventions.complete(openApi);
		};
	}

	private static void secure(Operation operation) {
		operation.setSecurity(List.of(new SecurityRequirement(),
				new SecurityRequirement().addList(ApiDocsConventions.BEARER, List.of())));
		ApiDocsConventions.addIfAbsent(operation, "401", new ApiResponse().description("""
				A bearer token was sent but is not accepted (expired or not yet valid, from another issuer or for \
				another audience, badly signed or unsigned), or the `Authorization` header is not a bearer token. \
				No token is needed, but one that is sent must be valid."""));
	}

}
