package dk.newsroom.webhooks.delivery;

import io.swagger.v3.oas.annotations.media.Schema;

/** What a replay queued. */
@Schema(description = "What a replay queued")
record ReplayResponse(@Schema(description = "Changes queued again for the subscription") long queued) {

}
