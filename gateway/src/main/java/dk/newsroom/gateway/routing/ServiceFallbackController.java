package dk.newsroom.gateway.routing;

import java.net.URI;
import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.Set;

import io.github.resilience4j.circuitbreaker.CallNotPermittedException;
import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.cloud.circuitbreaker.resilience4j.ReactiveResilience4JCircuitBreakerFactory;
import org.springframework.cloud.gateway.support.ServerWebExchangeUtils;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.ServerWebExchangeDecorator;

/**
 * The fallback of the service routes' circuit breakers ({@code fallbackUri:
 * forward:/fallback/<service>}): answers the failure that tripped the breaker as an RFC
 * 9457 problem naming the service. An open breaker and an unreachable service are 503
 * with {@code Retry-After} (the breaker's wait in the open state), a broken exchange 502,
 * a response timeout 504 - the same answers {@link RouteProblemHandler} gives.
 */
@RestController
class ServiceFallbackController {

	private static final Logger log = LoggerFactory.getLogger(ServiceFallbackController.class);

	private static final Set<String> SERVICES = Set.of("articles", "events", "people", "webhooks");

	private final CircuitBreakerRegistry breakers;

	ServiceFallbackController(ReactiveResilience4JCircuitBreakerFactory breakerFactory) {
		this.breakers = breakerFactory.getCircuitBreakerRegistry();
	}

	@RequestMapping("/fallback/{service}")
	ResponseEntity<ProblemDetail> fallback(@PathVariable String service, ServerWebExchange exchange) {
		Throwable failure = exchange.getAttribute(ServerWebExchangeUtils.CIRCUITBREAKER_EXECUTION_EXCEPTION_ATTR);
		if (failure == null || !SERVICES.contains(service)) {
			// Only reachable through a breaker's forward, never from outside.
			throw new ResponseStatusException(HttpStatus.NOT_FOUND);
		}
		String name = service + "-service";
		ProblemDetail problem = (failure instanceof CallNotPermittedException)
				? ProblemDetail.forStatusAndDetail(HttpStatus.SERVICE_UNAVAILABLE,
						name + " is unavailable after repeated failures; its circuit breaker is open")
				: RouteProblemHandler.problemFor(name, failure);
		problem.setInstance(URI.create(originalPath(exchange)));
		problem.setProperty("service", service);
		ResponseEntity.BodyBuilder response = ResponseEntity.status(problem.getStatus())
			.contentType(MediaType.APPLICATION_PROBLEM_JSON);
		if (problem.getStatus() == HttpStatus.SERVICE_UNAVAILABLE.value()) {
			problem.setTitle(name + " unavailable");
			response.header(HttpHeaders.RETRY_AFTER, Long.toString(retryAfter(service).toSeconds()));
		}
		log.warn("Circuit breaker {} answered {} {} with {}: {}", service, exchange.getRequest().getMethod(),
				problem.getInstance(), problem.getStatus(), failure.toString());
		return response.body(problem);
	}

	private Duration retryAfter(String service) {
		CircuitBreakerConfig config = this.breakers.find(service)
			.map((breaker) -> breaker.getCircuitBreakerConfig())
			.orElseGet(this.breakers::getDefaultConfig);
		long millis = config.getWaitIntervalFunctionInOpenState().apply(1);
		return Duration.ofMillis(millis).plusMillis(999).truncatedTo(ChronoUnit.SECONDS);
	}

	/**
	 * The path the client asked for: the breaker forwards to the fallback with a mutated
	 * exchange that decorates the client's.
	 */
	private static String originalPath(ServerWebExchange exchange) {
		ServerWebExchange original = exchange;
		while (original instanceof ServerWebExchangeDecorator decorator) {
			original = decorator.getDelegate();
		}
		return original.getRequest().getPath().value();
	}

}
