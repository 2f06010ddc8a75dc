package dk.newsroom.gateway;

import io.micrometer.observation.ObservationPredicate;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.http.server.reactive.observation.ServerRequestObservationContext;

/**
 * Which observations (metrics and spans) the gateway makes. Two kinds are left out:
 * <ul>
 * <li>the server observation of {@code GET /api/feed/stream}: a stream is open for up to
 * half an hour, so its "request duration" says nothing, and its observation (a timer
 * sample, a span and their context) would be held in memory for as long as the stream
 * lives, about a third of an idle stream's heap (the stream has its own meters);</li>
 * <li>Spring Security's observations of its filter chain and of each authentication and
 * authorization (nine per request, each with a span): detail that no dashboard reads,
 * held for a stream's whole life as well. Its settings keep it from making them at
 * all.</li>
 * </ul>
 */
@Configuration(proxyBeanMethods = false)
class ObservationConfiguration {

	static final String STREAM_PATH = "/api/feed/stream";

	/** Keeps Spring Security from wrapping its filters in observations at all. */
	@Bean
	SecurityObservationSettings noSpringSecurityObservations() {
		return SecurityObservationSettings.noObservations();
	}

	@Bean
	ObservationPredicate noStreamObservation() {
		return (name, context) -> !(context instanceof ServerRequestObservationContext server
				&& STREAM_PATH.equals(server.getCarrier().getPath().value()));
	}

}
