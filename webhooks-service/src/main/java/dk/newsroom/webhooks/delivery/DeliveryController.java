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
@RequestMapping("/api/webhooks/subscriptions/{id}")
@Tag(name = "Deliveries")
class DeliveryController {

	private final Deliveries deliveries;

	DeliveryController(Deliveries deliveries) {
		this.deliveries = deliveries;
	}

	@GetMapping("/attempts")
	@Operation(summary = "The delivery log: every attempt, newest first, a page at a time")
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
	@Operation(summary = "One delivery and where it stands")
	Mono<DeliveryResponse> delivery(@PathVariable String id, @PathVariable String deliveryId) {
		return this.deliveries.delivery(id, deliveryId);
	}

	@PostMapping("/deliveries/{deliveryId}/redeliver")
	@ResponseStatus(HttpStatus.ACCEPTED)
	@Operation(summary = "Send one delivery again, with a fresh retry schedule")
	Mono<DeliveryResponse> redeliver(@PathVariable String id, @PathVariable String deliveryId) {
		return this.deliveries.redeliver(id, deliveryId);
	}

	@PostMapping(path = "/replay", consumes = "application/json")
	@ResponseStatus(HttpStatus.ACCEPTED)
	@Operation(summary = "Send again every change since a time that the subscription's filter matches")
	Mono<ReplayResponse> replay(@PathVariable String id, @Valid @RequestBody ReplayRequest request) {
		return this.deliveries.replay(id, request.since());
	}

	@PostMapping("/ping")
	@Operation(summary = "Send a signed ping now and tell what the receiver answered")
	Mono<PingResponse> ping(@PathVariable String id) {
		return this.deliveries.ping(id);
	}

}
