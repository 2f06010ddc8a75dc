package dk.newsroom.webedge.apidocs;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.headers.Header;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.JsonSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import io.swagger.v3.oas.models.security.SecurityScheme;

/**
 * The OpenAPI vocabulary every document of the platform shares (the three content
 * services' and the gateway's): the one {@value #PROBLEM} schema of RFC 9457 answers, the
 * bearer token scheme, the common answers and their headers. The documents are built by
 * springdoc from the controllers; a customizer of each application (the platform's
 * {@code ContentApiDocs}, the gateway's {@code ApiDocsConfiguration}) adds these.
 * <p>
 * A response an annotation declares with a status of 400 or more and no content is a
 * problem: {@link #complete} gives it the {@value #PROBLEM} schema as
 * {@value #PROBLEM_JSON}, and the headers its status carries ({@code WWW-Authenticate} on
 * 401, {@code Retry-After} on 429 and 503; a 304 carries the {@code ETag}).
 */
public final class ApiDocsConventions {

	/** The name of the problem schema in {@code components.schemas}. */
	public static final String PROBLEM = "Problem";

	/** The media type of every error answer. */
	public static final String PROBLEM_JSON = "application/problem+json";

	/** The name of the bearer token scheme in {@code components.securitySchemes}. */
	public static final String BEARER = "bearerToken";

	/** Problem type of invalid fields and parameters (the services' 400). */
	public static final String INVALID_INPUT = "https://newsroom.dk/problems/invalid-input";

	private static final String SCHEMAS = "#/components/schemas/";

	private ApiDocsConventions() {
	}

	/**
	 * Adds the {@value #PROBLEM} schema and the {@value #BEARER} scheme to the document's
	 * components.
	 * @param openApi the document
	 * @param bearerDescription how tokens are obtained and which scopes there are
	 */
	public static void addComponents(OpenAPI openApi, String bearerDescription) {
		if (openApi.getComponents() == null) {
			openApi.setComponents(new Components());
		}
		openApi.getComponents().addSchemas(PROBLEM, problemSchema());
		openApi.getComponents().addSecuritySchemes(BEARER, bearerScheme(bearerDescription));
	}

	/**
	 * The problem of RFC 9457 as every application of the platform writes it: the
	 * services' exception handler, the security filters (401, 403), the rate limit (429),
	 * the gateway's routes (502, 503, 504) and its feed parameters (400).
	 */
	public static Schema<Object> problemSchema() {
		Schema<Object> field = object().description("One invalid field or parameter.")
			.addProperty("field", string().description(
					"A JSON path into the body (`headline`, `topImage.url`, `tags[2]`), a query parameter (`limit`) "
							+ "or a header (`If-Match`)")
				.example("topImage.url"))
			.addProperty("message",
					string().description("What is wrong with it, in English")
						.example("must be an absolute http(s) URL"))
			.required(List.of("field", "message"));
		Map<String, Object> example = new LinkedHashMap<>();
		example.put("type", INVALID_INPUT);
		example.put("title", "Invalid input");
		example.put("status", 400);
		example.put("detail", "The request has invalid fields");
		example.put("instance", "/api/articles");
		example.put("errors", List.of(Map.of("field", "topImage.url", "message", "must be an absolute http(s) URL")));
		return object()
			.description("An RFC 9457 problem (`application/problem+json`), the body of every error answer. "
					+ "Members beyond these may be added; clients ignore what they do not know.")
			.addProperty("type", string().format("uri")
				.description("What kind of problem: `" + INVALID_INPUT
						+ "` for invalid fields and parameters of the services; absent or `about:blank` when the "
						+ "status says it all")
				._default("about:blank")
				.example(INVALID_INPUT))
			.addProperty("title",
					string().description("A short summary of the kind of problem, e.g. `Invalid input`, `Not Found`")
						.example("Invalid input"))
			.addProperty("status",
					integer("int32").minimum(BigDecimal.valueOf(400))
						.maximum(BigDecimal.valueOf(599))
						.description("The HTTP status of the answer")
						.example(400))
			.addProperty("detail",
					string().description("What went wrong this time, in English")
						.example("The request has invalid fields"))
			.addProperty("instance",
					string().format("uri-reference")
						.description("The path of the request the problem is about")
						.example("/api/articles"))
			.addProperty("errors", array(field).description(
					"Each invalid field or parameter, on a 400 (and on a 428: `If-Match`); absent on other problems"))
			.addProperty("currentVersion",
					integer("int64").minimum(BigDecimal.ONE)
						.description("On a 412 only: the version (ETag without quotes) the resource has now")
						.example(4))
			.addProperty("service", string()
				.description("On the gateway's 502, 503 and 504 for a routed request: the service it could not reach "
						+ "(`articles`, `events`, `people`)")
				.example("articles"))
			.required(List.of("title", "status"))
			.example(example);
	}

	/**
	 * A JWT from the configured issuer, sent as {@code Authorization: Bearer <token>}. A
	 * security requirement lists the scopes the operation needs (OpenAPI 3.1 allows them
	 * for every scheme type).
	 */
	public static SecurityScheme bearerScheme(String description) {
		return new SecurityScheme().type(SecurityScheme.Type.HTTP)
			.scheme("bearer")
			.bearerFormat("JWT")
			.description(description);
	}

	/**
	 * An answer with {@value #PROBLEM_JSON} content of the {@value #PROBLEM} schema.
	 */
	public static ApiResponse problem(String description) {
		return new ApiResponse().description(description).content(problemContent());
	}

	/** The {@value #PROBLEM_JSON} content of the {@value #PROBLEM} schema. */
	public static Content problemContent() {
		return new Content().addMediaType(PROBLEM_JSON,
				new MediaType().schema(new JsonSchema().$ref(SCHEMAS + PROBLEM)));
	}

	/** Adds the response under the status unless the operation declares that status. */
	public static void addIfAbsent(Operation operation, String status, ApiResponse response) {
		if (operation.getResponses() == null) {
			operation.setResponses(new ApiResponses());
		}
		operation.getResponses().putIfAbsent(status, response);
	}

	/**
	 * Completes every response of the document by its status: a 4xx or 5xx is a problem;
	 * 401 gets {@code WWW-Authenticate}, 429 and 503 {@code Retry-After}, 304
	 * {@code ETag} and no content, unless declared already.
	 */
	public static void complete(OpenAPI openApi) {
		nullableReferences(openApi);
		if (openApi.getComponents() != null && openApi.getComponents().getSchemas() != null) {
			openApi.getComponents().getSchemas().values().forEach(ApiDocsConventions::anchorPatterns);
		}
		if (openApi.getPaths() == null) {
			return;
		}
		for (PathItem path : openApi.getPaths().values()) {
			for (Operation operation : path.readOperations()) {
				if (operation.getParameters() != null) {
					operation.getParameters().forEach((parameter) -> anchorPatterns(parameter.getSchema()));
				}
				if (operation.getResponses() != null) {
					operation.getResponses().forEach(ApiDocsConventions::complete);
				}
			}
		}
	}

	/**
	 * A pattern of Bean Validation ({@code @Pattern}) matches the whole value, one of
	 * JSON Schema any part of it: every pattern not anchored already is anchored, so
	 * {@code [a-z]{2}} does not let {@code dansk} through.
	 */
	private static void anchorPatterns(Schema<?> schema) {
		if (schema == null) {
			return;
		}
		String pattern = schema.getPattern();
		if (pattern != null && !(pattern.startsWith("^") && pattern.endsWith("$"))) {
			schema.setPattern("^(?:" + pattern + ")$");
		}
		if (schema.getProperties() != null) {
			schema.getProperties().values().forEach(ApiDocsConventions::anchorPatterns);
		}
		anchorPatterns(schema.getItems());
		for (List<Schema> schemas : Arrays.asList(schema.getAnyOf(), schema.getOneOf(), schema.getAllOf())) {
			if (schemas != null) {
				schemas.forEach(ApiDocsConventions::anchorPatterns);
			}
		}
	}

	/**
	 * A nullable property that refers to another schema, as swagger-core writes it
	 * ({@code $ref} beside {@code type: null}, which no value satisfies), as JSON Schema
	 * means it: {@code anyOf} the schema and {@code null}.
	 */
	private static void nullableReferences(OpenAPI openApi) {
		if (openApi.getComponents() == null || openApi.getComponents().getSchemas() == null) {
			return;
		}
		for (Schema<?> schema : openApi.getComponents().getSchemas().values()) {
			if (schema.getProperties() == null) {
				continue;
			}
			schema.getProperties()
				.replaceAll(
						(name, property) -> isNullableReference(property)
								? new JsonSchema().description(property.getDescription())
									.anyOf(List.of(new JsonSchema().$ref(property.get$ref()), typed("null")))
								: property);
		}
	}

	private static boolean isNullableReference(Schema<?> property) {
		return property.get$ref() != null && (Boolean.TRUE.equals(property.getNullable())
				|| (property.getTypes() != null && property.getTypes().contains("null"))
				|| "null".equals(property.getType()));
	}

	private static void complete(String status, ApiResponse response) {
		if (response.get$ref() != null || !status.matches("[1-5][0-9][0-9]")) {
			return;
		}
		int code = Integer.parseInt(status);
		if (code >= 400) {
			response.setContent(problemContent());
		}
		switch (code) {
			case 304 -> {
				response.setContent(null);
				addHeaderIfAbsent(response, "ETag", etagHeader("The current entity tag, the one the request named"));
			}
			case 401 -> addHeaderIfAbsent(response, "WWW-Authenticate", wwwAuthenticateHeader(
					"The RFC 6750 challenge: `Bearer`, with `error` and `error_description` when a token was sent "
							+ "but not accepted",
					"Bearer error=\"invalid_token\", error_description=\"Jwt expired at 2026-11-26T09:12:00Z\""));
			case 429, 503 -> addHeaderIfAbsent(response, "Retry-After", retryAfterHeader());
			default -> {
			}
		}
	}

	private static void addHeaderIfAbsent(ApiResponse response, String name, Header header) {
		if (response.getHeaders() == null || !response.getHeaders().containsKey(name)) {
			response.addHeaderObject(name, header);
		}
	}

	/** {@code Retry-After}: whole seconds, at least 1. */
	public static Header retryAfterHeader() {
		return new Header().description("When to try again, in whole seconds")
			.schema(integer("int32").minimum(BigDecimal.ONE).example(1));
	}

	/** {@code WWW-Authenticate}: an RFC 6750 bearer challenge. */
	public static Header wwwAuthenticateHeader(String description, String example) {
		return new Header().description(description).schema(string().example(example));
	}

	/** {@code ETag}: a strong entity tag. */
	public static Header etagHeader(String description) {
		return new Header().description(description).schema(string().example("\"3\""));
	}

	/** {@code Link}: RFC 8288 links, relative to the host. */
	public static Header linkHeader(String description, String example) {
		return new Header().description(description).schema(string().example(example));
	}

	/** A JSON Schema (OpenAPI 3.1) string. */
	public static Schema<Object> string() {
		return typed("string");
	}

	/** A JSON Schema (OpenAPI 3.1) integer of the given format. */
	public static Schema<Object> integer(String format) {
		return typed("integer").format(format);
	}

	/** A JSON Schema (OpenAPI 3.1) object. */
	public static Schema<Object> object() {
		return typed("object");
	}

	/** A JSON Schema (OpenAPI 3.1) array of the given items. */
	public static Schema<Object> array(Schema<?> items) {
		Schema<Object> array = typed("array");
		array.setItems(items);
		return array;
	}

	@SuppressWarnings("unchecked")
	private static Schema<Object> typed(String type) {
		return new JsonSchema().types(Set.of(type));
	}

}
