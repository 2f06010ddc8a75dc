package dk.newsroom.platform.resource;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import dk.newsroom.platform.content.PublicationStatus;
import dk.newsroom.platform.web.Cursors;
import dk.newsroom.platform.web.PageRequest;
import dk.newsroom.security.Scopes;
import dk.newsroom.webedge.apidocs.ApiDocsConventions;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.headers.Header;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springdoc.core.customizers.OperationCustomizer;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.util.ClassUtils;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.method.HandlerMethod;

/**
 * What the OpenAPI document of every content service shares, so no service repeats it:
 * <ul>
 * <li>the names of the content type in the descriptions of
 * {@link ContentResourceController} ({@code {item}}, {@code {items}}, {@code {Item}}),
 * and the page parameters ({@code limit}, {@code cursor}, {@code status}) of its list,
 * with their bounds from {@link PageRequest} and {@link Cursors};</li>
 * <li>the {@value ApiDocsConventions#PROBLEM} schema and the bearer token scheme;</li>
 * <li>who may call each operation under {@code /api/}, as
 * {@code ContentServiceSecurityAutoConfiguration} decides it: reads are anonymous (a
 * token with {@code drafts:read} or the write scope also sees drafts), every other method
 * needs the service's write scope;</li>
 * <li>the answers every operation can give: 401 (a token that is not accepted), 403 for
 * writes (a token without the scope), and through the gateway 429 (rate limit) and 503
 * (also the content store not answering), each a problem.</li>
 * </ul>
 */
public class ContentApiDocs implements OpenApiCustomizer, OperationCustomizer {

	private static final String API = "/api/";

	private final String writeScope;

	private final ObjectProvider<ContentResourceController<?, ?, ?>> controllers;

	private volatile Map<Class<?>, ContentResource<?, ?, ?>> resources;

	public ContentApiDocs(String writeScope, ObjectProvider<ContentResourceController<?, ?, ?>> controllers) {
		this.writeScope = writeScope;
		this.controllers = controllers;
	}

	@Override
	public Operation customize(Operation operation, HandlerMethod handlerMethod) {
		ContentResource<?, ?, ?> resource = resources().get(ClassUtils.getUserClass(handlerMethod.getBeanType()));
		if (resource == null) {
			return operation;
		}
		Names names = new Names(resource.name(), resource.plural(), collectionPath(handlerMethod.getBeanType()));
		operation.setOperationId(names.fill(operation.getOperationId()));
		operation.setSummary(names.fill(operation.getSummary()));
		operation.setDescription(names.fill(operation.getDescription()));
		if (operation.getRequestBody() != null) {
			operation.getRequestBody().setDescription(names.fill(operation.getRequestBody().getDescription()));
		}
		if (operation.getParameters() != null) {
			for (Parameter parameter : operation.getParameters()) {
				parameter.setDescription(names.fill(parameter.getDescription()));
				if ("query".equals(parameter.getIn())) {
					describePageParameter(parameter, names);
				}
			}
		}
		if (operation.getResponses() != null) {
			operation.getResponses().forEach((status, response) -> {
				response.setDescription(names.fill(response.getDescription()));
				if (response.getHeaders() != null) {
					response.getHeaders().values().forEach((header) -> fill(header, names));
				}
			});
			ApiResponse ok = operation.getResponses().get("200");
			if (ok != null && hasQueryParameter(operation, "cursor")) {
				ok.addHeaderObject("Link",
						ApiDocsConventions.linkHeader(
								"`rel=\"next\"`: the next page, with the same filters; absent on the last page",
								"<" + names.path() + "?cursor=NmIwODcxZDEzY2RlYjk4NTJkYTZkNmFl>; rel=\"next\""));
			}
		}
		return operation;
	}

	@Override
	public void customise(OpenAPI openApi) {
		ApiDocsConventions.addComponents(openApi, """
				A JWT from the platform's token issuer, sent as `Authorization: Bearer <token>`. Its `scope` (or \
				`scp`) claim carries the scopes: `%s`, `%s` and `%s` let a token create, change, publish, \
				withdraw and delete (and read the drafts of) articles, events and people news; `%s` lets it read \
				the drafts, withdrawn and scheduled items of every type. Reads need no token; a token that is \
				sent must be valid. See docs/security.md.""".formatted(Scopes.ARTICLES_WRITE, Scopes.EVENTS_WRITE,
				Scopes.PEOPLE_WRITE, Scopes.DRAFTS_READ));
		if (openApi.getPaths() != null) {
			openApi.getPaths().forEach((path, item) -> {
				if (path.startsWith(API)) {
					item.readOperationsMap().forEach(this::secure);
				}
			});
		}
		ApiDocsConventions.complete(openApi);
	}

	private void secure(PathItem.HttpMethod method, Operation operation) {
		boolean read = method == PathItem.HttpMethod.GET || method == PathItem.HttpMethod.HEAD
				|| method == PathItem.HttpMethod.OPTIONS;
		if (read) {
			operation.setSecurity(List.of(new SecurityRequirement(),
					new SecurityRequirement().addList(ApiDocsConventions.BEARER, Scopes.DRAFTS_READ),
					new SecurityRequirement().addList(ApiDocsConventions.BEARER, this.writeScope)));
			ApiDocsConventions.addIfAbsent(operation, "401", new ApiResponse().description("""
					A bearer token was sent but is not accepted (expired or not yet valid, from another issuer or for \
					another audience, badly signed or unsigned), or the `Authorization` header is not a bearer \
					token. Reads need no token, but one that is sent must be valid."""));
		}
		else {
			operation
				.setSecurity(List.of(new SecurityRequirement().addList(ApiDocsConventions.BEARER, this.writeScope)));
			ApiDocsConventions.addIfAbsent(operation, "401", new ApiResponse().description("""
					No bearer token, or one that is not accepted (expired or not yet valid, from another issuer or \
					for another audience, badly signed or unsigned)."""));
			ApiDocsConventions.addIfAbsent(operation, "403", new ApiResponse()
				.description("The bearer token is valid but lacks the scope `" + this.writeScope
						+ "`; `WWW-Authenticate` names it (`insufficient_scope`)")
				.addHeaderObject("WWW-Authenticate", ApiDocsConventions.wwwAuthenticateHeader(
						"`Bearer error=\"insufficient_scope\"`, with the scope the request needs",
						"Bearer error=\"insufficient_scope\", error_description=\"The bearer token lacks the scope "
								+ this.writeScope + "\", scope=\"" + this.writeScope + "\"")));
		}
		ApiDocsConventions.addIfAbsent(operation, "429", new ApiResponse().description("""
				Through the gateway: this client's rate limit is used up (per token subject, else per client \
				address; see docs/security.md)."""));
		ApiDocsConventions.addIfAbsent(operation, "503", new ApiResponse().description("""
				Not answerable right now: the content store did not answer (`Retry-After: 1`; a write may or may not \
				have been made, so read before repeating a create), or, through the gateway, the service cannot be \
				reached, its circuit breaker is open or it has too many requests under way."""));
	}

	/**
	 * The shared page parameters of a content type's list, bounded as the code bounds
	 * them.
	 */
	private static void describePageParameter(Parameter parameter, Names names) {
		switch (parameter.getName()) {
			case "limit" -> parameter
				.description("How many " + names.items + " a page holds at most, 1 to " + PageRequest.MAX_LIMIT
						+ " (default " + PageRequest.DEFAULT_LIMIT + "); anything else is a 400 naming `limit`")
				.schema(ApiDocsConventions.integer("int32")
					.minimum(BigDecimal.ONE)
					.maximum(BigDecimal.valueOf(PageRequest.MAX_LIMIT))
					._default(PageRequest.DEFAULT_LIMIT)
					.example(PageRequest.DEFAULT_LIMIT));
			case "cursor" -> parameter.description("""
					The `next` of the previous page: opaque, passed back unchanged. One this API did not return \
					is a 400 naming `cursor`.""")
				.schema(ApiDocsConventions.string()
					.maxLength(Cursors.MAX_LENGTH)
					.example("NmIwODcxZDEzY2RlYjk4NTJkYTZkNmFl"));
			case "status" -> {
				Schema<Object> status = ApiDocsConventions.string();
				for (PublicationStatus value : PublicationStatus.values()) {
					status.addEnumItemObject(value.name());
				}
				parameter
					.description("Only " + names.items + " in this publication status. Anonymous readers "
							+ "may ask for `PUBLISHED` only (anything else is a 400 naming `status`); tokens that may "
							+ "read drafts for any. Without it: every " + names.item + " the caller may see")
					.schema(status.example(PublicationStatus.PUBLISHED.name()));
			}
			default -> {
			}
		}
	}

	private static boolean hasQueryParameter(Operation operation, String name) {
		return operation.getParameters() != null && operation.getParameters()
			.stream()
			.anyMatch((parameter) -> "query".equals(parameter.getIn()) && name.equals(parameter.getName()));
	}

	private static void fill(Header header, Names names) {
		header.setDescription(names.fill(header.getDescription()));
		if (header.getSchema() != null && header.getSchema().getExample() instanceof String example) {
			header.getSchema().setExample(names.fill(example));
		}
	}

	private Map<Class<?>, ContentResource<?, ?, ?>> resources() {
		Map<Class<?>, ContentResource<?, ?, ?>> found = this.resources;
		if (found == null) {
			found = new HashMap<>();
			for (ContentResourceController<?, ?, ?> controller : this.controllers) {
				found.put(ClassUtils.getUserClass(controller), controller.resource());
			}
			this.resources = found;
		}
		return found;
	}

	/** The controller's {@code @RequestMapping} path, e.g. {@code /api/people}. */
	private static String collectionPath(Class<?> controller) {
		RequestMapping mapping = AnnotatedElementUtils.findMergedAnnotation(controller, RequestMapping.class);
		return (mapping != null && mapping.path().length > 0) ? mapping.path()[0] : "";
	}

	/**
	 * The names of a content type, filled in for {@code {item}}, {@code {items}},
	 * {@code {Item}}, and its collection's path for {@code {path}}.
	 */
	private record Names(String item, String items, String path) {

		String fill(String text) {
			if (text == null) {
				return null;
			}
			String title = this.item.substring(0, 1).toUpperCase(Locale.ROOT) + this.item.substring(1);
			return text.replace("{items}", this.items)
				.replace("{item}", this.item)
				.replace("{Item}", title)
				.replace("{path}", this.path);
		}

	}

}
