package dk.newsroom.platform.metrics;

import java.util.List;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import reactor.core.publisher.Mono;

import org.springframework.core.Ordered;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.server.PathContainer;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;

/**
 * Counts a content service's writes in {@code newsroom.content.writes}, tagged
 * {@code type} (the service's content type), {@code operation} and {@code outcome}.
 * <p>
 * Every content service has the same write routes, so one filter keyed by route serves
 * them all, and the outcome is read from the answer's status, whatever produced it
 * (validation, the handler, the problem-details advice):
 * <table>
 * <caption>operations</caption>
 * <tr>
 * <td>{@code POST /api/<collection>}</td>
 * <td>create</td>
 * </tr>
 * <tr>
 * <td>{@code POST /api/<collection>/preview}</td>
 * <td>preview</td>
 * </tr>
 * <tr>
 * <td>{@code PUT /api/<collection>/<id>}</td>
 * <td>update</td>
 * </tr>
 * <tr>
 * <td>{@code POST /api/<collection>/<id>/publish}</td>
 * <td>publish</td>
 * </tr>
 * <tr>
 * <td>{@code POST /api/<collection>/<id>/withdraw}</td>
 * <td>withdraw</td>
 * </tr>
 * <tr>
 * <td>{@code DELETE /api/<collection>/<id>}</td>
 * <td>delete</td>
 * </tr>
 * </table>
 * Outcomes: 2xx success; 404 not_found; 409 conflict; 412 and 428 precondition_failed;
 * 401 and 403 are not counted (the request was refused before it was a write); any other
 * 4xx invalid; 5xx, or an error nothing answered, error. The count is taken when the
 * answer is committed, so it is in before the client reads the answer; a request the
 * client abandons before that is not counted.
 */
public class ContentWriteMetricsFilter implements WebFilter, Ordered {

	static final String METER = "newsroom.content.writes";

	private static final List<Route> ROUTES = List.of(new Route(HttpMethod.POST, "/api/{collection}", "create"),
			new Route(HttpMethod.POST, "/api/{collection}/preview", "preview"),
			new Route(HttpMethod.PUT, "/api/{collection}/{id}", "update"),
			new Route(HttpMethod.POST, "/api/{collection}/{id}/publish", "publish"),
			new Route(HttpMethod.POST, "/api/{collection}/{id}/withdraw", "withdraw"),
			new Route(HttpMethod.DELETE, "/api/{collection}/{id}", "delete"));

	private final MeterRegistry registry;

	private final String type;

	public ContentWriteMetricsFilter(MeterRegistry registry, String type) {
		this.registry = registry;
		this.type = type;
	}

	/** Before security, so refused requests are seen (and left out) too. */
	@Override
	public int getOrder() {
		return Ordered.HIGHEST_PRECEDENCE + 10;
	}

	@Override
	public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
		String operation = operationOf(exchange.getRequest().getMethod(), exchange.getRequest().getPath());
		if (operation == null) {
			return chain.filter(exchange);
		}
		// Counted as the answer is committed, with the status whatever set it (handler,
		// advice, error handler): the count is in before the client can read the answer.
		exchange.getResponse().beforeCommit(() -> {
			count(operation, exchange.getResponse().getStatusCode());
			return Mono.empty();
		});
		return chain.filter(exchange);
	}

	static String operationOf(HttpMethod method, PathContainer path) {
		for (Route route : ROUTES) {
			if (route.method().equals(method) && route.pattern().matches(path)) {
				return route.operation();
			}
		}
		return null;
	}

	private void count(String operation, HttpStatusCode status) {
		String outcome = outcomeOf(status);
		if (outcome != null) {
			counter(operation, outcome).increment();
		}
	}

	Counter counter(String operation, String outcome) {
		return Counter.builder(METER)
			.description("Content writes by operation and outcome")
			.tags("type", this.type, "operation", operation, "outcome", outcome)
			.register(this.registry);
	}

	/** {@code null}: not counted. */
	static String outcomeOf(HttpStatusCode status) {
		if (status == null || status.is2xxSuccessful()) {
			return "success";
		}
		return switch (status.value()) {
			case 401, 403 -> null;
			case 404 -> "not_found";
			case 409 -> "conflict";
			case 412, 428 -> "precondition_failed";
			default -> status.is4xxClientError() ? "invalid" : "error";
		};
	}

	private record Route(HttpMethod method, PathPattern pattern, String operation) {

		Route(HttpMethod method, String pattern, String operation) {
			this(method, PathPatternParser.defaultInstance.parse(pattern), operation);
		}

	}

}
