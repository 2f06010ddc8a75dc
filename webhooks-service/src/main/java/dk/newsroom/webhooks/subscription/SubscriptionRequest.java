package dk.newsroom.webhooks.subscription;

import dk.newsroom.platform.content.HttpUrl;
import dk.newsroom.platform.content.PlainText;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** A subscription as a client creates or replaces it. */
@Schema(description = "A subscription: where to deliver, and which changes")
record SubscriptionRequest(
		@Schema(description = """
				The receiver's URL: https, reaching a public address (checked again at every delivery)""",
				example = "https://partner.example/hooks/newsroom") @NotNull @HttpUrl String url,
		@Schema(description = "What the subscription is for",
				example = "Partner CMS: articles in Cloud") @PlainText @Size(max = 500) String description,
		@Valid FilterRequest filter) {

	ChangeFilter changeFilter() {
		return (this.filter != null) ? this.filter.toFilter() : ChangeFilter.everything();
	}

}
