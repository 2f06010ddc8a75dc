package dk.newsroom.events.event;

import java.time.Instant;
import java.util.List;

import dk.newsroom.platform.content.ContentItem;
import dk.newsroom.platform.content.PublicationStatus;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.media.Schema.RequiredMode;

/**
 * An event as the API returns it, and as its change events carry it (docs/design.md §4).
 *
 * @param status the publication status ({@code DRAFT}, {@code PUBLISHED},
 * {@code WITHDRAWN})
 * @param eventStatus the event's own status ({@code SCHEDULED}, {@code SOLD_OUT},
 * {@code CANCELLED})
 */
@Schema(description = "An event as the API returns it and its topic carries it; every member is always present")
public record EventResponse(
		@Schema(requiredMode = RequiredMode.REQUIRED,
				description = "Given by the server: 24 hexadecimal digits, ordered by creation time",
				example = "6b0871d13cdeb9852da6d6b1") String id,
		@Schema(requiredMode = RequiredMode.REQUIRED, description = """
				Made from the title at creation (`æ` as `ae`, `ø` as `oe`, `å` as `aa`), unique, never changed \
				afterwards""", example = "cybersikkerhed-i-den-offentlige-sektor") String slug,
		@Schema(requiredMode = RequiredMode.REQUIRED, description = """
				The publication status: `DRAFT`, then `PUBLISHED`, which `WITHDRAWN` and publishing again \
				alternate""") PublicationStatus status, @Schema(requiredMode = RequiredMode.REQUIRED, description = """
				The event's own status, set with a full update: a cancelled event stays public, marked \
				cancelled; `SOLD_OUT` is informational""") EventStatus eventStatus,
		@Schema(requiredMode = RequiredMode.REQUIRED, example = "Cybersikkerhed i den offentlige sektor") String title,
		@Schema(requiredMode = RequiredMode.REQUIRED,
				example = "Tre kommuner fortæller, hvad de lærte, da de øvede et angreb på borgerservicen.") String teaser,
		@Schema(requiredMode = RequiredMode.REQUIRED, nullable = true, description = "Sanitised HTML; null when none",
				example = "<p>Hør hvordan kommunerne øver <strong>beredskab</strong> året rundt.</p>") String description,
		@Schema(requiredMode = RequiredMode.REQUIRED, example = "Sikkerhed") String track,
		@Schema(requiredMode = RequiredMode.REQUIRED, nullable = true,
				description = "Null for an event that is online only") Venue venue,
		@Schema(requiredMode = RequiredMode.REQUIRED, description = "UTC, millisecond precision",
				example = "2027-03-12T08:00:00Z") Instant startsAt,
		@Schema(requiredMode = RequiredMode.REQUIRED, description = "UTC, after `startsAt`",
				example = "2027-03-12T15:00:00Z") Instant endsAt,
		@Schema(requiredMode = RequiredMode.REQUIRED, nullable = true,
				example = "https://events.newsroom.dk/tilmelding/cybersikkerhed-offentlig") String registrationUrl,
		@Schema(requiredMode = RequiredMode.REQUIRED, nullable = true, example = "Newsroom Events") String organiser,
		@Schema(requiredMode = RequiredMode.REQUIRED, nullable = true,
				description = "The picture that presents the event; null when none") Image image,
		@Schema(requiredMode = RequiredMode.REQUIRED, example = "[\"beredskab\", \"kommuner\"]") List<String> tags,
		@Schema(requiredMode = RequiredMode.REQUIRED, nullable = true, description = """
				When the event is or was to be public; null for a draft never published, in the future for a \
				scheduled one""", example = "2026-11-26T09:00:00Z") Instant publishedAt,
		@Schema(requiredMode = RequiredMode.REQUIRED, example = "2026-11-26T08:40:00Z") Instant createdAt,
		@Schema(requiredMode = RequiredMode.REQUIRED, example = "2026-11-26T09:00:00Z") Instant updatedAt,
		@Schema(requiredMode = RequiredMode.REQUIRED, minimum = "1", description = """
				One more with every change; also the `ETag` (`"2"`), the change event's `ce_entityversion` and \
				the iCalendar `SEQUENCE`""", example = "2") long version) {

	static EventResponse from(ContentItem<EventContent> event) {
		EventContent content = event.content();
		return new EventResponse(event.id(), event.slug(), event.status(), content.eventStatus(), content.title(),
				content.teaser(), content.description(), content.track(), content.venue(), content.startsAt(),
				content.endsAt(), content.registrationUrl(), content.organiser(), content.image(), content.tags(),
				event.publishedAt(), event.createdAt(), event.updatedAt(), event.version());
	}

}
