package dk.newsroom.webhooks.subscription;

import java.net.URI;

import dk.newsroom.platform.web.Links;
import dk.newsroom.platform.web.Page;
import dk.newsroom.platform.web.PageRequest;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.headers.Header;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
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
@RequestMapping(path = SubscriptionController.PATH, produces = "application/json")
@Tag(name = "Subscriptions")
class SubscriptionController {

	static final String PATH = "/api/webhooks/subscriptions";

	private final Subscriptions subscriptions;

	SubscriptionController(Subscriptions subscriptions) {
		this.subscriptions = subscriptions;
	}

	@PostMapping(consumes = "application/json")
	@Operation(operationId = "createSubscription",
			summary = "Create a subscription; the answer shows its signing secret, once", description = """
					The receiver's URL must be https and resolve to public addresses only (plain http and local
					addresses only where the service is configured to allow them); it is checked again before every
					delivery. The answer carries the signing secret (`whsec_...`): keep it, it is never shown again.
					Changes published from now on that the filter matches are delivered.""")
	@ApiResponse(responseCode = "201", description = "Created; `Location` names it, and the body shows its secret once",
			headers = @Header(name = "Location", description = "The new subscription's path",
					schema = @Schema(type = "string")))
	Mono<ResponseEntity<SubscriptionResponse>> create(@Valid @RequestBody SubscriptionRequest request) {
		return this.subscriptions.create(request)
			.map((created) -> ResponseEntity.created(URI.create(PATH + "/" + created.id())).body(created));
	}

	@GetMapping
	@Operation(operationId = "listSubscriptions", summary = "List subscriptions, oldest first, a page at a time",
			description = """
					`limit` 1-100 (default 20); `next` (and a `Link: ...; rel="next"` header) is the cursor of the next
					page, null on the last. Secrets are never listed.""")
	Mono<ResponseEntity<Page<SubscriptionResponse>>> list(@RequestParam(required = false) Integer limit,
			@RequestParam(required = false) String cursor, ServerWebExchange exchange) {
		return Mono.fromCallable(() -> PageRequest.of(limit, cursor))
			.flatMap(this.subscriptions::list)
			.map((page) -> withLink(page, exchange));
	}

	@GetMapping("/{id}")
	@Operation(operationId = "getSubscription", summary = "Read a subscription (without its secret)", description = """
			Its URL, description, filter, status (ACTIVE, PAUSED, DISABLED with the reason) and when its
			previous secret stops signing, if it was rotated.""")
	Mono<SubscriptionResponse> get(@PathVariable String id) {
		return this.subscriptions.get(id);
	}

	@PutMapping(path = "/{id}", consumes = "application/json")
	@Operation(operationId = "replaceSubscription", summary = "Replace a subscription's URL, description and filter",
			description = """
					The same body as create, checked the same way; the secret and the status stay.""")
	Mono<SubscriptionResponse> replace(@PathVariable String id, @Valid @RequestBody SubscriptionRequest request) {
		return this.subscriptions.replace(id, request);
	}

	@PostMapping("/{id}/pause")
	@Operation(operationId = "pauseSubscription", summary = "Stop sending; changes are still queued", description = """
			Nothing is sent while paused; matching changes are queued and sent, in order, on resume.""")
	Mono<SubscriptionResponse> pause(@PathVariable String id) {
		return this.subscriptions.pause(id);
	}

	@PostMapping("/{id}/resume")
	@Operation(operationId = "resumeSubscription", summary = "Send again (also turns a disabled subscription back on)",
			description = """
					Sends what was queued, oldest first per resource. A subscription disabled after a 410 or after
					continuous failure is turned back on, with a fresh retry schedule for what it had queued.""")
	Mono<SubscriptionResponse> resume(@PathVariable String id) {
		return this.subscriptions.resume(id);
	}

	@PostMapping("/{id}/rotate-secret")
	@Operation(operationId = "rotateSubscriptionSecret",
			summary = "A new signing secret, shown once; the old one keeps signing beside it for 24 h",
			description = """
					Every delivery is signed with both secrets (two `v1,` signatures) until the old one expires, so
					the receiver can switch over without losing a delivery.""")
	Mono<SubscriptionResponse> rotateSecret(@PathVariable String id) {
		return this.subscriptions.rotateSecret(id);
	}

	@DeleteMapping("/{id}")
	@Operation(operationId = "deleteSubscription", summary = "Delete a subscription and its queued deliveries",
			description = """
					Removes the subscription, its queued deliveries and its delivery log; nothing more is sent.""")
	@ApiResponse(responseCode = "204", description = "Deleted")
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
