package dk.newsroom.platform.web;

import java.net.URI;
import java.util.List;

import dk.newsroom.platform.content.FieldProblem;
import dk.newsroom.platform.content.InvalidInputException;
import dk.newsroom.platform.content.InvalidStateException;
import dk.newsroom.platform.content.ResourceNotFoundException;
import dk.newsroom.platform.content.VersionConflictException;
import com.mongodb.MongoConnectionPoolClearedException;
import com.mongodb.MongoSocketException;
import com.mongodb.MongoTimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Mono;
import tools.jackson.core.JacksonException;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.buffer.DataBufferLimitException;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.bind.support.WebExchangeBindException;
import org.springframework.web.reactive.result.method.annotation.ResponseEntityExceptionHandler;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.ServerWebInputException;

/**
 * Answers every failure with RFC 9457 {@code application/problem+json}; bad input is a
 * 4xx whose {@code errors} name each bad field, never a 500.
 */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
public class ProblemDetailsAdvice extends ResponseEntityExceptionHandler {

	private static final Logger log = LoggerFactory.getLogger(ProblemDetailsAdvice.class);

	/** When to try again after the store did not answer. */
	static final String STORE_RETRY_AFTER_SECONDS = "1";

	/** Problem type of bad input; documented in docs/api.md. */
	public static final URI INVALID_INPUT = URI.create("https://newsroom.dk/problems/invalid-input");

	@ExceptionHandler(InvalidInputException.class)
	Mono<ResponseEntity<Object>> invalidInput(InvalidInputException ex, ServerWebExchange exchange) {
		return respond(invalid("The request has invalid fields", ex.problems()), exchange);
	}

	@ExceptionHandler(ResourceNotFoundException.class)
	Mono<ResponseEntity<Object>> notFound(ResourceNotFoundException ex, ServerWebExchange exchange) {
		return respond(ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, ex.getMessage()), exchange);
	}

	@ExceptionHandler(VersionConflictException.class)
	Mono<ResponseEntity<Object>> versionConflict(VersionConflictException ex, ServerWebExchange exchange) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.PRECONDITION_FAILED, ex.getMessage());
		problem.setProperty("currentVersion", ex.currentVersion());
		return respond(problem, exchange);
	}

	@ExceptionHandler(InvalidStateException.class)
	Mono<ResponseEntity<Object>> invalidState(InvalidStateException ex, ServerWebExchange exchange) {
		return respond(ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, ex.getMessage()), exchange);
	}

	@ExceptionHandler(PreconditionRequiredException.class)
	Mono<ResponseEntity<Object>> preconditionRequired(PreconditionRequiredException ex, ServerWebExchange exchange) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.PRECONDITION_REQUIRED, ex.getMessage());
		problem.setProperty("errors", List.of(new FieldProblem("If-Match", "is required")));
		return respond(problem, exchange);
	}

	@Override
	protected Mono<ResponseEntity<Object>> handleWebExchangeBindException(WebExchangeBindException ex,
			HttpHeaders headers, HttpStatusCode status, ServerWebExchange exchange) {
		List<FieldProblem> problems = ex.getFieldErrors().stream().map(ProblemDetailsAdvice::toProblem).toList();
		return respond(invalid("The request has invalid fields", problems), exchange);
	}

	@Override
	protected Mono<ResponseEntity<Object>> handleServerWebInputException(ServerWebInputException ex,
			HttpHeaders headers, HttpStatusCode status, ServerWebExchange exchange) {
		if (causedBy(ex, DataBufferLimitException.class) != null) {
			return respond(ProblemDetail.forStatusAndDetail(HttpStatus.CONTENT_TOO_LARGE,
					"The request body is larger than this API accepts"), exchange);
		}
		JacksonException json = causedBy(ex, JacksonException.class);
		if (json != null) {
			return respond(invalid("The request body is not acceptable JSON", List.of(toProblem(json))), exchange);
		}
		if (ex.getMethodParameter() != null && ex.getMethodParameter().getParameterName() != null
				&& !ex.getMethodParameter()
					.hasParameterAnnotation(org.springframework.web.bind.annotation.RequestBody.class)) {
			return respond(invalid("A request parameter is invalid", List
				.of(new FieldProblem(ex.getMethodParameter().getParameterName(), "has the wrong type or format"))),
					exchange);
		}
		return respond(invalid(ex.getReason(), List.of(new FieldProblem("body", String.valueOf(ex.getReason())))),
				exchange);
	}

	@ExceptionHandler(DuplicateKeyException.class)
	Mono<ResponseEntity<Object>> duplicate(DuplicateKeyException ex, ServerWebExchange exchange) {
		return respond(ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, "A resource with that key already exists"),
				exchange);
	}

	/**
	 * The store did not answer (unreachable, timed out, or it dropped the connection): a
	 * 503 the client may retry shortly, not a 500. A write may or may not have been made
	 * (docs/api.md, "Errors").
	 */
	@ExceptionHandler({ DataAccessResourceFailureException.class, MongoSocketException.class,
			MongoTimeoutException.class, MongoConnectionPoolClearedException.class })
	Mono<ResponseEntity<Object>> storeUnavailable(Exception ex, ServerWebExchange exchange) {
		log.warn("The store did not answer {} {}: {}", exchange.getRequest().getMethod(),
				exchange.getRequest().getPath(), ex.toString());
		HttpHeaders headers = new HttpHeaders();
		headers.set(HttpHeaders.RETRY_AFTER, STORE_RETRY_AFTER_SECONDS);
		return respond(ProblemDetail.forStatusAndDetail(HttpStatus.SERVICE_UNAVAILABLE,
				"The content store is not reachable right now; try again shortly"), headers, exchange);
	}

	/** The last resort: a 500 that says nothing internal, logged with its cause. */
	@ExceptionHandler(Exception.class)
	Mono<ResponseEntity<Object>> unexpected(Exception ex, ServerWebExchange exchange) {
		log.error("Unexpected failure of {} {}", exchange.getRequest().getMethod(), exchange.getRequest().getPath(),
				ex);
		return respond(ProblemDetail.forStatusAndDetail(HttpStatus.INTERNAL_SERVER_ERROR,
				"Something went wrong on our side; it has been logged"), exchange);
	}

	@ExceptionHandler(DataBufferLimitException.class)
	Mono<ResponseEntity<Object>> tooLarge(DataBufferLimitException ex, ServerWebExchange exchange) {
		return respond(ProblemDetail.forStatusAndDetail(HttpStatus.CONTENT_TOO_LARGE,
				"The request body is larger than this API accepts"), exchange);
	}

	static FieldProblem toProblem(JacksonException ex) {
		String path = path(ex);
		if (ex instanceof UnrecognizedPropertyException unknown) {
			return new FieldProblem(path.isEmpty() ? unknown.getPropertyName() : path, "is not a known field");
		}
		if (ex instanceof MismatchedInputException mismatch) {
			String expected = (mismatch.getTargetType() != null) ? mismatch.getTargetType().getSimpleName() : "value";
			return new FieldProblem(path.isEmpty() ? "body" : path,
					"has the wrong type; expected " + describe(expected));
		}
		if (ex instanceof StreamReadException && ex.getOriginalMessage() != null
				&& ex.getOriginalMessage().startsWith("Duplicate Object property")) {
			String message = ex.getOriginalMessage();
			int start = message.indexOf('"');
			int end = message.lastIndexOf('"');
			String field = (start >= 0 && end > start) ? message.substring(start + 1, end) : "body";
			return new FieldProblem(path.isEmpty() ? field : path + "." + field, "appears more than once");
		}
		return new FieldProblem(path.isEmpty() ? "body" : path, "is not valid JSON: " + ex.getOriginalMessage());
	}

	private static String describe(String type) {
		return switch (type) {
			case "String" -> "a string";
			case "List", "Set", "Collection" -> "an array";
			case "Integer", "int", "Long", "long" -> "an integer";
			case "Boolean", "boolean" -> "true or false";
			case "Instant", "OffsetDateTime", "LocalDate" -> "an ISO-8601 date-time";
			default -> "a " + type;
		};
	}

	static String path(JacksonException ex) {
		StringBuilder path = new StringBuilder();
		for (JacksonException.Reference reference : ex.getPath()) {
			if (reference.getPropertyName() != null) {
				if (!path.isEmpty()) {
					path.append('.');
				}
				path.append(reference.getPropertyName());
			}
			else if (reference.getIndex() >= 0) {
				path.append('[').append(reference.getIndex()).append(']');
			}
		}
		return path.toString();
	}

	private static FieldProblem toProblem(FieldError error) {
		return new FieldProblem(error.getField(), error.getDefaultMessage());
	}

	private static ProblemDetail invalid(String detail, List<FieldProblem> problems) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, detail);
		problem.setType(INVALID_INPUT);
		problem.setTitle("Invalid input");
		problem.setProperty("errors", problems);
		return problem;
	}

	private Mono<ResponseEntity<Object>> respond(ProblemDetail problem, ServerWebExchange exchange) {
		return respond(problem, new HttpHeaders(), exchange);
	}

	private Mono<ResponseEntity<Object>> respond(ProblemDetail problem, HttpHeaders headers,
			ServerWebExchange exchange) {
		try {
			problem.setInstance(URI.create(exchange.getRequest().getPath().value()));
		}
		catch (IllegalArgumentException ex) {
			// A path that is no URI gets no instance; the problem itself still goes out.
		}
		return createResponseEntity(problem, headers, HttpStatusCode.valueOf(problem.getStatus()), exchange);
	}

	private static <T extends Throwable> T causedBy(Throwable ex, Class<T> type) {
		for (Throwable cause = ex; cause != null; cause = cause.getCause()) {
			if (type.isInstance(cause)) {
				return type.cast(cause);
			}
		}
		return null;
	}

}
