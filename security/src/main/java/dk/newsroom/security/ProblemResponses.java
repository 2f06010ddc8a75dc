package dk.newsroom.security;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

import reactor.core.publisher.Mono;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.server.reactive.ServerHttpResponse;
import org.springframework.web.server.ServerWebExchange;

/**
 * Writes RFC 9457 problems from web filters (security, rate limiting), before any
 * controller or exception handler could.
 */
public final class ProblemResponses {

	private static final JsonMapper json = JsonMapper.shared();

	private ProblemResponses() {
	}

	/**
	 * Answers with the problem and one extra header (e.g. {@code WWW-Authenticate},
	 * {@code Retry-After}); nothing when the response is already committed.
	 */
	public static Mono<Void> write(ServerWebExchange exchange, HttpStatus status, String detail, String headerName,
			String headerValue) {
		ServerHttpResponse response = exchange.getResponse();
		if (response.isCommitted()) {
			return Mono.empty();
		}
		Map<String, Object> problem = new LinkedHashMap<>();
		problem.put("type", "about:blank");
		problem.put("title", status.getReasonPhrase());
		problem.put("status", status.value());
		problem.put("detail", detail);
		problem.put("instance", exchange.getRequest().getPath().value());
		byte[] body = json.writeValueAsString(problem).getBytes(StandardCharsets.UTF_8);
		response.setStatusCode(status);
		response.getHeaders().setContentType(MediaType.APPLICATION_PROBLEM_JSON);
		response.getHeaders().set(headerName, headerValue);
		DataBuffer buffer = response.bufferFactory().wrap(body);
		return response.writeWith(Mono.just(buffer));
	}

}
