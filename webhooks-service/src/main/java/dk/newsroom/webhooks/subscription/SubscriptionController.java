package dk.newsroom.webhooks.subscription;

import java.net.URI;

import dk.newsroom.platform.web.Links;
import dk.newsroom.platform.web.Page;
import dk.newsroom.platform.web.PageRequest;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import reactor.core.publisher.Mono;

import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ServerWebExchange;

/** {@code /api/webhooks/subscriptions}: needs a token with {@code webhooks:admin}. */
@RestController
@RequestMapping(SubscriptionController.PATH)
@Tag(name = "Subscriptions")
class SubscriptionController {

	static final String PATH = "/api/webhooks/subscriptions";

	private final Subscriptions subscriptions;

	SubscriptionController(Subscriptions subscriptions) {
		this.subscriptions = subscriptions;
	}

	@PostMapping(consumes = "application/json")
	@Operation(summary = "Create a subscription; the answer shows its signing secret, once")
	Mono<ResponseEntity<SubscriptionResponse>> create(@Valid @RequestBody SubscriptionRequest request) {
		return this.subscriptions.create(request)
			.map((created) -> ResponseEntity.created(URI.create(PATH + "/" + created.id())).body(created));
	}

	@GetMapping
	@Operation(summary = "List subscriptions, oldest first, a page at a time")
	Mono<ResponseEntity<Page<SubscriptionResponse>>> list(@RequestParam(required = false) Integer limit,
			@RequestParam(required = false) String cursor, ServerWebExchange exchange) {
		return Mono.fromCallable(() -> PageRequest.of(limit, cursor))
			.flatMap(this.subscriptions::list)
			.map((page) -> withLink(page, exchange));
	}

	@GetMapping("/{id}")
	@Operation(summary = "Read a subscription (without its secret)")
	Mono<SubscriptionResponse> get(@PathVariable String id) {
		return this.subscriptions.get(id);
	}

	@PutMapping(path = "/{id}", consumes = "application/json")
	@Operation(summary = "Replace a subscription's URL, description and filter")
	Mono<SubscriptionResponse> replace(@PathVariable String id, @Valid @RequestBody SubscriptionRequest request) {
		return this.subscriptions.replace(id, request);
	}

	@PostMapping("/{id}/pause")
	@Operation(summary = "Stop sending; changes are still queued")
	Mono<SubscriptionResponse> pause(@PathVariable String id) {
		return this.subscriptions.pause(id);
	}

	@PostMapping("/{id}/resume")
	@Operation(summary = "Send again (also turns a disabled subscription back on)")
	Mono<SubscriptionResponse> resume(@PathVariable String id) {
		return this.subscriptions.resume(id);
	}

	@PostMapping("/{id}/rotate-secret")
	@Operation(summary = "A new signing secret, shown once; the old one keeps signing beside it for 24 h")
	Mono<SubscriptionResponse> rotateSecret(@PathVariable String id) {
		return this.subscriptions.rotateSecret(id);
	}

	@DeleteMapping("/{id}")
	@Operation(summary = "Delete a subscription and its queued deliveries")
	Mono<ResponseEntity<Void>> delete(@PathVariable String id) {
		return this.subscriptions.delete(id).then(Mono.just(ResponseEntity.noContent().build()));
	}

	private static <T> ResponseEntity<Page<T>> withLink(Page<T> page, ServerWebExchange exchange) {
		ResponseEntity.BodyBuilder ok = ResponseEntity.ok();
		if (page.next() != null) {
			ok.header(HttpHeaders.LINK, Links.next(exchange, page.next()));
		}
		return ok.body(page);
	}

}
