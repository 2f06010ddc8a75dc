package dk.newsroom.webhooks.delivery;

import java.time.Instant;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/**
 * Which changes to send again: exactly one of {@code since} and {@code after}.
 *
 * @param since changes at or after this time
 * @param after the changes a client of {@code /api/changes} at this token has not seen
 */
@Schema(description = "Send again every change since a time, or after a `/api/changes` token: exactly one of the two")
record ReplayRequest(
		@Schema(description = "Changes at or after this time (UTC)",
				example = "2026-11-26T08:00:00Z") @Nullable @PastOrPresent Instant since,
		@Schema(description = """
				A token of the gateway's `/api/changes` (its `next`, or a stream event's id): every change after \
				it""", example = "1..1f_9.a.3", maxLength = 2000) @Nullable @Size(max = 2000) String after) {

}
