package dk.newsroom.webhooks.delivery;

import java.time.Instant;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;

/** Which changes to send again. */
@Schema(description = "Send again every change since a time")
record ReplayRequest(@Schema(description = "Changes at or after this time (UTC)",
		example = "2026-11-26T08:00:00Z") @NotNull @PastOrPresent Instant since) {

}
