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
public record EventRequest(@NotBlank @Size(max = 200) @PlainText String title,
		@NotBlank @Size(max = 600) @PlainText(multiline = true) String teaser,
		@Size(max = 100_000) @PlainText(multiline = true) String description,
		@NotBlank @Size(max = 60) @PlainText String track, @Valid VenueRequest venue,
		@NotNull @JsonDeserialize(using = OffsetDateTimeText.class) OffsetDateTime startsAt,
		@NotNull @JsonDeserialize(using = OffsetDateTimeText.class) OffsetDateTime endsAt,
		@HttpUrl @Size(max = 2000) String registrationUrl, @Size(max = 200) @PlainText String organiser,
		@Valid ImageRequest image, @Size(max = 20) List<@NotBlank @Size(max = 50) @PlainText String> tags,
		@Pattern(regexp = "SCHEDULED|SOLD_OUT|CANCELLED",
				message = "must be one of SCHEDULED, SOLD_OUT, CANCELLED") String eventStatus)
		implements
			ContentRequest<EventContent> {

	/**
	 * @param address street and postcode, optional
	 */
	public record VenueRequest(@NotBlank @Size(max = 200) @PlainText String name,
			@Size(max = 300) @PlainText(multiline = true) String address,
			@NotBlank @Size(max = 100) @PlainText String city) {

		Venue toVenue() {
			return new Venue(this.name.strip(), blankToNull(this.address), this.city.strip());
		}

	}

	/**
	 * @param url absolute http(s) URL of the picture
	 */
	public record ImageRequest(@NotNull @HttpUrl @Size(max = 2000) String url,
			@Size(max = 300) @PlainText(multiline = true) String caption, @Size(max = 200) @PlainText String credit) {

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
