package dk.newsroom.gateway.reader.item;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;

import com.github.benmanes.caffeine.cache.AsyncCache;
import com.github.benmanes.caffeine.cache.Caffeine;
import dk.newsroom.gateway.feed.ContentType;
import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Mono;

import org.springframework.cloud.client.circuitbreaker.ReactiveCircuitBreakerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.reactive.function.client.WebClient;
import org.springframework.web.reactive.function.client.WebClientResponseException;
import org.springframework.web.util.UriUtils;

/**
 * Reads an item the gateway no longer holds (behind its horizon) from its service, by
 * slug ({@code GET /api/<collection>/slug/{slug}}, as an anonymous reader: only what is
 * published and due), through the service's circuit breaker, the one its route uses, so a
 * failing service is not asked again while the breaker is open.
 * <p>
 * Answers are kept for {@code ttl} (found or not found; bounded by their total size), so
 * a popular old article costs its service one request per {@code ttl}, and concurrent
 * requests for the same slug share one call. A failure is not kept.
 */
final class ServiceItems {

	/** The most bytes of answers kept. */
	static final long MAX_BYTES = 16L * 1024 * 1024;

	private final WebClient client;

	private final ReactiveCircuitBreakerFactory<?, ?> breakers;

	private final Map<ContentType, Service> services;

	private final Duration timeout;

	private final AsyncCache<Key, Answer> answers;

	/**
	 * @param services per content type, the service that owns it
	 * @param ttl how long an answer is kept
	 * @param timeout how long to wait for the service
	 */
	ServiceItems(WebClient client, ReactiveCircuitBreakerFactory<?, ?> breakers, Map<ContentType, Service> services,
			Duration ttl, Duration timeout) {
		this.client = client;
		this.breakers = breakers;
		this.services = Map.copyOf(services);
		this.timeout = timeout;
		this.answers = Caffeine.newBuilder()
			.expireAfterWrite(ttl)
			.maximumWeight(MAX_BYTES)
			.<Key, Answer>weigher(
					(key, answer) -> key.slug().length() + ((answer.json() != null) ? answer.json().length : 0))
			.buildAsync();
	}

	/**
	 * The resource with this slug as its service answers it to a reader: its JSON, or
	 * empty when the service has no published item with that slug; an error when the
	 * service cannot answer.
	 */
	Mono<Optional<byte[]>> find(ContentType type, String slug) {
		Service service = this.services.get(type);
		if (service == null) {
			return Mono.just(Optional.empty());
		}
		Key key = new Key(type, slug);
		// A failure completes the load normally (a failed load would be logged with its
		// stack trace on every request while a service is down) and is then taken out.
		return Mono.fromFuture(() -> this.answers.get(key,
				(ignored, executor) -> fetch(service, slug).map(Answer::of)
					.onErrorResume((ex) -> Mono.just(new Answer(null, ex)))
					.toFuture()),
				true)
			.flatMap((answer) -> {
				Throwable failure = answer.failure();
				if (failure != null) {
					this.answers.synchronous().invalidate(key);
					return Mono.error(failure);
				}
				return Mono.just(Optional.ofNullable(answer.json()));
			});
	}

	private Mono<Optional<byte[]>> fetch(Service service, String slug) {
		Mono<Optional<byte[]>> call = this.client.get()
			.uri(service.baseUrl() + service.collection() + "/slug/"
					+ UriUtils.encodePathSegment(slug, StandardCharsets.UTF_8))
			.accept(MediaType.APPLICATION_JSON)
			.retrieve()
			.bodyToMono(byte[].class)
			.map(Optional::of)
			.onErrorResume(WebClientResponseException.class,
					(ex) -> (ex.getStatusCode() == HttpStatus.NOT_FOUND) ? Mono.just(Optional.empty()) : Mono.error(ex))
			.timeout(this.timeout);
		return this.breakers.create(service.breaker()).run(call);
	}

	/**
	 * A content service as the gateway routes to it.
	 *
	 * @param baseUrl e.g. {@code http://localhost:8081}
	 * @param collection e.g. {@code /api/articles}
	 * @param breaker the name of its circuit breaker, e.g. {@code articles}
	 */
	record Service(String baseUrl, String collection, String breaker) {

	}

	private record Key(ContentType type, String slug) {

	}

	/**
	 * What a service answered: the resource, or nothing (not found), or a failure.
	 */
	private record Answer(byte @Nullable [] json, @Nullable Throwable failure) {

		static Answer of(Optional<byte[]> json) {
			return new Answer(json.orElse(null), null);
		}

	}

}
