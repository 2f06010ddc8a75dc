package dk.newsroom.webhooks.delivery;

import dk.newsroom.platform.web.Links;
import dk.newsroom.platform.web.Page;
import dk.newsroom.platform.web.PageRequest;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import reactor.core.publisher.Mono;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ServerWebExchange;

/** A subscription's deliveries: the log, redelivery, replay and ping. */
@RestController
@RequestMapping(path = "/api/webhooks/subscriptions/{id}", produces = "application/json")
@Tag(name = "Deliveries")
class DeliveryController {

	private final Deliveries deliveries;

	DeliveryController(Deliveries deliveries) {
		this.deliveries = deliveries;
	}

	@GetMapping("/attempts")
	@Operation(operationId = "listAttempts",
			summary = "The delivery log: every attempt, newest first, a page at a time", description = """
					Each attempt: when, the status code, the latency, the error, the start of the answer, the next
					attempt and the outcome (delivered, retrying, failed, gone, ping). `limit` 1-100 (default 20);
					`next` and `Link` lead to the next page.""")
	Mono<ResponseEntity<Page<AttemptResponse>>> attempts(@PathVariable String id,
			@RequestParam(required = false) Integer limit, @RequestParam(required = false) String cursor,
			ServerWebExchange exchange) {
		return Mono.fromCallable(() -> PageRequest.of(limit, cursor))
			.flatMap((page) -> this.deliveries.attempts(id, page))
			.map((page) -> {
				ResponseEntity.BodyBuilder ok = ResponseEntity.ok();
				if (page.next() != null) {
					ok.header(HttpHeaders.LINK, Links.next(exchange, page.next()));
				}
				return ok.body(page);
			});
	}

	@GetMapping("/deliveries/{deliveryId}")
	@Operation(operationId = "getDelivery", summary = "One delivery and where it stands", description = """
			Its status (PENDING, DELIVERED, FAILED), the change it carries, how many attempts were made and
			when the next is due.""")
	Mono<DeliveryResponse> delivery(@PathVariable String id, @PathVariable String deliveryId) {
		return this.deliveries.delivery(id, deliveryId);
	}

	@PostMapping("/deliveries/{deliveryId}/redeliver")
	@ResponseStatus(HttpStatus.ACCEPTED)
	@Operation(operationId = "redeliver", summary = "Send one delivery again, with a fresh retry schedule",
			description = """
					Queues the delivery again, whatever its status, as the next of its resource; the retry schedule
					starts over.""")
	Mono<DeliveryResponse> redeliver(@PathVariable String id, @PathVariable String deliveryId) {
		return this.deliveries.redeliver(id, deliveryId);
	}

	@PostMapping(path = "/replay", consumes = "application/json")
	@ResponseStatus(HttpStatus.ACCEPTED)
	@Operation(operationId = "replay",
			summary = "Send again every change since a time, or after a /api/changes token, that the filter matches",
			description = """
					Reads the topics from that time (`since`), or from where a client of the gateway's
					`/api/changes` had got to (`after`: its `next` token), and queues every matching change again (at least once: a
					receiver that had some already gets them twice; the `webhook-id` tells). Answers how many were
					queued.""")
	Mono<ReplayResponse> replay(@PathVariable String id, @Valid @RequestBody ReplayRequest request) {
		return this.deliveries.replay(id, request);
	}

	@PostMapping("/ping")
	@Operation(operationId = "ping", summary = "Send a signed ping now and tell what the receiver answered",
			description = """
					A signed CloudEvent of type `dk.newsroom.webhook.ping`, sent at once and not retried; the answer
					says whether the receiver answered 2xx, its status code, the latency and the error.""")
	Mono<PingResponse> ping(@PathVariable String id) {
		return this.deliveries.ping(id);
	}

}
