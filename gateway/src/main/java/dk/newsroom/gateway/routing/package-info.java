/**
 * Routes to the content services, declared in {@code application.yml} under
 * {@code spring.cloud.gateway.server.webflux.routes}: each service's concurrency limit
 * ({@code ConcurrencyLimit}, 503 when it sheds a request), its circuit breaker fallback,
 * and RFC 9457 answers when a service fails.
 */
@NullMarked
package dk.newsroom.gateway.routing;

import org.jspecify.annotations.NullMarked;
