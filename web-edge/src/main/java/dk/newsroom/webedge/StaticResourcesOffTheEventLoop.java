package dk.newsroom.webedge;

import java.util.List;

import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

import org.springframework.core.Ordered;
import org.springframework.http.HttpMethod;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;

/**
 * Serves the static files (the event contract documents, the gateway's reader script and
 * style sheet, Swagger UI) on Reactor's bounded-elastic threads: WebFlux's resource
 * handler checks and reads a class-path file on the calling thread, and in the packaged
 * application that file is inside a jar, so on an event-loop thread it would block.
 */
class StaticResourcesOffTheEventLoop implements WebFilter, Ordered {

	private static final List<PathPattern> STATIC = List
		.of("/contracts/**", "/reader/**", "/swagger-ui/**", "/webjars/**", "/favicon.ico")
		.stream()
		.map(PathPatternParser.defaultInstance::parse)
		.toList();

	/**
	 * After the security chain (and the gateway's rate limit): only the handler moves.
	 */
	@Override
	public int getOrder() {
		return Ordered.LOWEST_PRECEDENCE;
	}

	@Override
	public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
		if (isStatic(exchange)) {
			return chain.filter(exchange).subscribeOn(Schedulers.boundedElastic());
		}
		return chain.filter(exchange);
	}

	static boolean isStatic(ServerWebExchange exchange) {
		HttpMethod method = exchange.getRequest().getMethod();
		if (!HttpMethod.GET.equals(method) && !HttpMethod.HEAD.equals(method)) {
			return false;
		}
		for (PathPattern pattern : STATIC) {
			if (pattern.matches(exchange.getRequest().getPath().pathWithinApplication())) {
				return true;
			}
		}
		return false;
	}

}
