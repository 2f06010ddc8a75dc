package dk.newsroom.webhooks;

import java.util.List;

import dk.newsroom.security.Scopes;
import dk.newsroom.webedge.apidocs.ApiDocsConventions;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.tags.Tag;
import org.springdoc.core.customizers.OpenApiCustomizer;

/**
 * What the webhooks API document says of every operation, as the content services'
 * documents do (docs/api.md): the bearer scheme and the {@code Problem} schema, the tags
 * described, {@code webhooks:admin} on every operation, and the problems every call can
 * answer (400 where it takes input, 401, 403, 404 under a subscription, 503 when the
 * store does not answer), each as {@code application/problem+json}.
 */
final class WebhooksApiDocs implements OpenApiCustomizer {

	private static final String API = "/api/webhooks/";

	@Override
	public void customise(OpenAPI openApi) {
		ApiDocsConventions.addComponents(openApi, """
				A JWT from the platform's token issuer, sent as `Authorization: Bearer <token>`, whose `scope` (or \
				`scp`) claim carries `%s`: every call of this API needs it, reads included, since a subscription \
				names its receiver. See docs/security.md and docs/webhooks.md.""".formatted(Scopes.WEBHOOKS_ADMIN));
		openApi.setTags(List.of(new Tag().name("Subscriptions").description("""
				Who gets which changes: a receiver's https URL, a filter (types, sections, tracks, tags, change \
				kinds) and a signing secret shown once."""), new Tag().name("Deliveries").description("""
				What was sent to a subscription's receiver and how it answered, and sending again: one delivery, \
				every change since a time, a ping.""")));
		if (openApi.getPaths() != null) {
			openApi.getPaths().forEach((path, item) -> {
				if (path.startsWith(API)) {
					item.readOperationsMap().forEach((method, operation) -> secure(path, method, operation));
				}
			});
		}
		ApiDocsConventions.complete(openApi);
	}

	private static void secure(String path, PathItem.HttpMethod method, Operation operation) {
		operation
			.setSecurity(List.of(new SecurityRequirement().addList(ApiDocsConventions.BEARER, Scopes.WEBHOOKS_ADMIN)));
		if (operation.getRequestBody() != null || (operation.getParameters() != null
				&& operation.getParameters().stream().anyMatch((parameter) -> "query".equals(parameter.getIn())))) {
			ApiDocsConventions.addIfAbsent(operation, "400", new ApiResponse().description("""
					Bad input: `errors[]` names each bad field or parameter (`url` for a receiver that is not \
					allowed, with the reason); nothing is stored."""));
		}
		ApiDocsConventions.addIfAbsent(operation, "401", new ApiResponse().description("""
				No bearer token, or one that is not accepted (expired or not yet valid, from another issuer or for \
				another audience, badly signed or unsigned)."""));
		ApiDocsConventions.addIfAbsent(operation, "403", new ApiResponse()
			.description("The bearer token is valid but lacks the scope `" + Scopes.WEBHOOKS_ADMIN + "`."));
		if (path.contains("{id}")) {
			ApiDocsConventions.addIfAbsent(operation, "404",
					new ApiResponse().description("No such subscription (or no such delivery of it)."));
		}
		ApiDocsConventions.addIfAbsent(operation, "503", new ApiResponse()
			.description("The service's database does not answer; try again after `Retry-After` seconds."));
	}

}
