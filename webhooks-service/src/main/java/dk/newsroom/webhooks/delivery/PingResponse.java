package dk.newsroom.webhooks.delivery;

import io.swagger.v3.oas.annotations.media.Schema;

/** What the receiver answered to a ping. */
@Schema(description = "What the receiver answered to a ping")
record PingResponse(@Schema(description = "Whether it answered 2xx") boolean ok,
		@Schema(nullable = true) Integer statusCode, long latencyMs, @Schema(nullable = true) String error) {

}
