package dk.newsroom.gateway.routing;

import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.util.concurrent.TimeoutException;

import io.netty.channel.ConnectTimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Mono;

import org.springframework.cloud.gateway.route.Route;
import org.springframework.cloud.gateway.support.ServerWebExchangeUtils;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.codec.ServerCodecConfigurer;
import org.springframework.stereotype.Component;
import org.springframework.web.ErrorResponse;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebExceptionHandler;

/**
 * Answers failures of routed requests with an RFC 9457 problem instead of Boot's generic
 * error JSON: a service that cannot be reached is 503, a broken exchange with it 502.
 * (Status exceptions such as the 504 of a response timeout are already turned into
 * problems by the problem-details handler,
 * {@code spring.webflux.problemdetails.enabled}.) The service routes' circuit breakers
 * answer their failures through {@link ServiceFallbackController}, with the same
 * problems; this handler covers routes without a breaker (the services' API documents).
 */
@Component
@Order(-2) // before Boot's ErrorWebExceptionHandler (-1)
class RouteProblemHandler implements WebExceptionHandler {

	private static final Logger log = LoggerFactory.getLogger(RouteProblemHandler.class);

	private final RouteProblems problems;

	RouteProblemHandler(ServerCodecConfigurer codecs) {
		this.problems = new RouteProblems(codecs);
	}

	@Override
	public Mono<Void> handle(ServerWebExchange exchange, Throwable ex) {
		Route route = exchange.getAttribute(ServerWebExchangeUtils.GATEWAY_ROUTE_ATTR);
		if (route == null || exchange.getResponse().isCommitted()) {
			return Mono.error(ex);
		}
		ProblemDetail problem = problemFor(route.getId(), ex);
		problem.setInstance(URI.create(exchange.getRequest().getPath().value()));
		log.warn("Route {} failed for {} {}: {} {}", route.getId(), exchange.getRequest().getMethod(),
				exchange.getRequest().getPath(), problem.getStatus(), ex.toString());
		return this.problems.write(exchange, problem, (headers) -> {
		});
	}

	/**
	 * The problem for a failed exchange with a service, also used by the circuit
	 * breakers' fallback.
	 * @param service the name of the service, as it appears in the detail
	 * @param ex the failure
	 * @return a 503, 502 or 504 problem (or the status of a status exception); 500 for
	 * anything else
	 */
	static ProblemDetail problemFor(String service, Throwable ex) {
		if (ex instanceof ErrorResponse response) {
			return ProblemDetail.forStatusAndDetail(response.getStatusCode(), response.getBody().getDetail());
		}
		if (ex instanceof TimeoutException) {
			return ProblemDetail.forStatusAndDetail(HttpStatus.GATEWAY_TIMEOUT, service + " took too long to answer");
		}
		if (isConnectFailure(ex)) {
			return ProblemDetail.forStatusAndDetail(HttpStatus.SERVICE_UNAVAILABLE, service + " cannot be reached");
		}
		if (ex instanceof IOException) {
			return ProblemDetail.forStatusAndDetail(HttpStatus.BAD_GATEWAY, service + " failed to answer");
		}
		return ProblemDetail.forStatus(HttpStatus.INTERNAL_SERVER_ERROR);
	}

	private static boolean isConnectFailure(Throwable ex) {
		for (Throwable cause = ex; cause != null; cause = cause.getCause()) {
			if (cause instanceof ConnectException || cause instanceof ConnectTimeoutException) {
				return true;
			}
		}
		return false;
	}

}
