package dk.newsroom.events.event;

import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;

import dk.newsroom.platform.content.HttpUrl;
import dk.newsroom.platform.content.PlainText;
import dk.newsroom.platform.resource.ContentRequest;
import dk.newsroom.platform.web.OffsetDateTimeText;
import dk.newsroom.platform.content.RichText;
import dk.newsroom.platform.content.InvalidInputException;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import tools.jackson.databind.annotation.JsonDeserialize;

/**
 * What an editor sends to create or fully update an event.
 *
 * @param description HTML; sanitised against the news allowlist before it is stored
 * @param startsAt ISO-8601 with an offset, e.g. {@code 2026-03-12T09:00:00+01:00}; stored
 * in UTC
 * @param eventStatus one of {@link EventStatus}, {@code SCHEDULED} when absent; a string
 * here, so that a number (an enum's ordinal to the JSON reader) is refused rather than
 * read
 */
@Schema(description = """
		What an editor sends to create or fully update an event. No text may contain control characters, \
		unpaired surrogates or U+FFFE/U+FFFF; one-line fields no tab or line break either.""")
public record EventRequest(
		@Schema(description = "One line",
				example = "Cybersikkerhed i den offentlige sektor") @NotBlank @Size(max = 200) @PlainText String title,
		@Schema(description = "What the event is about, for lists",
				example = "Tre kommuner fortæller, hvad de lærte, da de øvede et angreb på borgerservicen.") @NotBlank @Size(
						max = 600) @PlainText(multiline = true) String teaser,
		@Schema(description = """
				Optional HTML, sanitised as an article's body; if given, not empty after sanitising""",
				example = "<p>Hør hvordan kommunerne øver beredskab året rundt.</p>") @Size(
						max = 100_000) @PlainText(multiline = true) String description,
		@Schema(description = "One line", example = "Sikkerhed") @NotBlank @Size(max = 60) @PlainText String track,
		@Schema(description = "Where it takes place; absent for an online event") @Valid VenueRequest venue,
		@Schema(description = """
				ISO-8601 with an offset (`+01:00` or `Z`); numbers and local times are refused. Stored in UTC, \
				truncated to milliseconds""", example = "2027-03-12T09:00:00+01:00") @NotNull @JsonDeserialize(
				using = OffsetDateTimeText.class) OffsetDateTime startsAt,
		@Schema(description = "As `startsAt`, and after it (else a 400 naming `endsAt`)",
				example = "2027-03-12T16:00:00+01:00") @NotNull @JsonDeserialize(
						using = OffsetDateTimeText.class) OffsetDateTime endsAt,
		@Schema(description = "An absolute http(s) URL with a host, printable ASCII only; optional",
				example = "https://events.newsroom.dk/tilmelding/cybersikkerhed-offentlig") @HttpUrl @Size(
						max = 2000) String registrationUrl,
		@Schema(description = "One line; optional",
				example = "Newsroom Events") @Size(max = 200) @PlainText String organiser,
		@Schema(description = "The picture that presents the event; optional") @Valid ImageRequest image,
		@ArraySchema(arraySchema = @Schema(description = "Exact tags; duplicates are dropped"),
				schema = @Schema(example = "beredskab")) @Size(
						max = 20) List<@NotBlank @Size(max = 50) @PlainText String> tags,
		@Schema(description = "The event's own status; `SCHEDULED` when absent", implementation = EventStatus.class,
				example = "SCHEDULED") @Pattern(regexp = "SCHEDULED|SOLD_OUT|CANCELLED",
						message = "must be one of SCHEDULED, SOLD_OUT, CANCELLED") String eventStatus)
		implements
			ContentRequest<EventContent> {

	/**
	 * @param address street and postcode, optional
	 */
	@Schema(description = "Where an event takes place")
	public record VenueRequest(
			@Schema(description = "One line",
					example = "Nordhavn Konferencecenter") @NotBlank @Size(max = 200) @PlainText String name,
			@Schema(description = "Street and postcode; optional", example = "Århusgade 88, 2100 København Ø") @Size(
					max = 300) @PlainText(multiline = true) String address,
			@Schema(description = "One line",
					example = "København Ø") @NotBlank @Size(max = 100) @PlainText String city) {

		Venue toVenue() {
			return new Venue(this.name.strip(), blankToNull(this.address), this.city.strip());
		}

	}

	/**
	 * @param url absolute http(s) URL of the picture
	 */
	@Schema(description = "A picture with its caption and credit")
	public record ImageRequest(
			@Schema(description = """
					An absolute http(s) URL with a host, printable ASCII only (no whitespace, no credentials)""",
					example = "https://billeder.newsroom.dk/events/beredskab.jpg") @NotNull @HttpUrl @Size(
							max = 2000) String url,
			@Schema(description = "What the picture shows",
					example = "Deltagere øver beredskab") @Size(max = 300) @PlainText(multiline = true) String caption,
			@Schema(description = "Who took it, one line",
					example = "Foto: Søren Ågård") @Size(max = 200) @PlainText String credit) {

		Image toImage() {
			return new Image(this.url, blankToNull(this.caption), blankToNull(this.credit));
		}

	}

	/**
	 * @throws InvalidInputException when the event ends before it starts, or the
	 * description has nothing left after sanitising
	 */
	@Override
	public EventContent toContent() {
		return new EventContent(this.title.strip(), this.teaser.strip(), sanitisedDescription(), this.track.strip(),
				(this.venue != null) ? this.venue.toVenue() : null,
				this.startsAt.toInstant().truncatedTo(ChronoUnit.MILLIS),
				this.endsAt.toInstant().truncatedTo(ChronoUnit.MILLIS), blankToNull(this.registrationUrl),
				blankToNull(this.organiser), (this.image != null) ? this.image.toImage() : null,
				(this.tags != null) ? this.tags.stream().map(String::strip).distinct().toList() : List.of(),
				(this.eventStatus != null) ? EventStatus.valueOf(this.eventStatus) : EventStatus.SCHEDULED);
	}

	private String sanitisedDescription() {
		if (this.description == null || this.description.isBlank()) {
			return null;
		}
		String clean = RichText.sanitize(this.description);
		if (clean.isBlank()) {
			throw new InvalidInputException("description", "has no content left after removing disallowed HTML");
		}
		return clean;
	}

	private static String blankToNull(String value) {
		return (value != null && !value.isBlank()) ? value.strip() : null;
	}

}
