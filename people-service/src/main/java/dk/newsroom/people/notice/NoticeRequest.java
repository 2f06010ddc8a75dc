package dk.newsroom.people.notice;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.OptBoolean;
import dk.newsroom.people.announcement.NoticeKind;
import dk.newsroom.platform.content.HttpUrl;
import dk.newsroom.platform.content.PlainText;
import dk.newsroom.platform.resource.ContentRequest;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * What a submitter sends to create, fully update or preview a notice. Only what is not an
 * input at all is refused here; what is merely implausible (an age of 12, a date three
 * years ago) is accepted and reported as a warning.
 *
 * @param kind one of {@link NoticeKind}
 * @param effectiveDate ISO-8601 {@code 2025-11-01}; strictly, so a number is not read as
 * days since 1970
 * @param title the new title; for a retirement the title the person leaves
 */
@Schema(description = """
		What a submitter sends to create, fully update or preview a notice. What is merely implausible (an age of \
		12, a date three years ago) is accepted and reported as a warning. No text may contain control characters, \
		unpaired surrogates or U+FFFE/U+FFFF; one-line fields no tab or line break either. The announcement, \
		label and warnings are the service's to write: sending them is a 400 like any unknown field.""")
public record NoticeRequest(
		@Schema(description = "What the notice announces; it decides the opening sentence and the label",
				implementation = NoticeKind.class,
				example = "NEW_JOB") @NotBlank @Pattern(regexp = KINDS, message = KINDS_MESSAGE) String kind,
		@Schema(description = "Who the notice is about") @NotNull @Valid PersonRequest person,
		@Schema(description = "One line",
				example = "Nordlys Data") @NotBlank @Size(max = 120) @PlainText String company,
		@Schema(description = "The new title; for `RETIREMENT` the title the person leaves; one line",
				example = "seniorrådgiver") @NotBlank @Size(max = 150) @PlainText String title,
		@Schema(description = "A calendar date, exactly `YYYY-MM-DD` (no time, no number)",
				example = "2026-12-01") @NotNull @JsonFormat(lenient = OptBoolean.FALSE) LocalDate effectiveDate,
		@ArraySchema(arraySchema = @Schema(description = "What the person will work with; not told on a retirement"),
				schema = @Schema(description = "One line", example = "cloudsikkerhed")) @Size(
						max = 10) List<@NotBlank @Size(max = 200) @PlainText String> focusAreas,
		@Schema(description = "Where the person comes from; both parts blank means none; not told on a retirement") @Valid PositionRequest previousPosition,
		@Schema(description = "Optional", example = "cand.scient. i datalogi fra Aarhus Universitet") @Size(
				max = 300) @PlainText(multiline = true) String education,
		@Schema(description = "Optional; a text, not a list", example = "netværk, drift og rådgivning") @Size(
				max = 600) @PlainText(multiline = true) String earlierExperience,
		@ArraySchema(arraySchema = @Schema(description = "Exact tags; duplicates are dropped"),
				schema = @Schema(example = "cloud")) @Size(
						max = 20) List<@NotBlank @Size(max = 50) @PlainText String> tags)
		implements
			ContentRequest<Notice> {

	/** The names of {@link NoticeKind}; a unit test keeps the two in step. */
	static final String KINDS = "NEW_JOB|PROMOTION|NEW_ROLE|BOARD_SEAT|RETIREMENT";

	static final String KINDS_MESSAGE = "must be one of NEW_JOB, PROMOTION, NEW_ROLE, BOARD_SEAT, RETIREMENT";

	/**
	 * @param age in years; implausible ages are warned about, impossible ones refused
	 * @param pronoun one word, e.g. han, hun or hen
	 */
	@Schema(description = "Who the notice is about")
	public record PersonRequest(
			@Schema(description = "One line",
					example = "Mette Kjær Sørensen") @NotBlank @Size(max = 120) @PlainText String name,
			@Schema(description = "In years; optional (outside 15 to 100 a warning)",
					example = "38") @Min(0) @Max(130) Integer age,
			@Schema(description = """
					How the announcement refers to the person after the first sentence: one word of letters, e.g. \
					`han`, `hun` or `hen`; stored in lower case""", example = "hun") @NotBlank @Size(max = 20) @Pattern(
					regexp = "\\p{L}+", message = "must be one word, e.g. han, hun or hen") String pronoun,
			@Schema(description = "The person's portrait; optional") @Valid PhotoRequest photo) {

		Person toPerson() {
			return new Person(this.name.strip(), this.age, this.pronoun.toLowerCase(Locale.forLanguageTag("da")),
					(this.photo != null) ? this.photo.toPhoto() : null);
		}

	}

	/**
	 * @param url absolute http(s) URL of the picture
	 */
	@Schema(description = "The person's portrait")
	public record PhotoRequest(@Schema(description = """
			An absolute http(s) URL with a host, printable ASCII only (no whitespace, no credentials)""",
			example = "https://billeder.newsroom.dk/navnenyt/mette.jpg") @NotNull @HttpUrl @Size(max = 2000) String url,
			@Schema(description = "The site's captions name the person (else a warning)",
					example = "Mette Kjær Sørensen") @Size(max = 300) @PlainText(multiline = true) String caption,
			@Schema(description = "Who took it, one line",
					example = "Foto: Nordlys Data") @Size(max = 200) @PlainText String credit) {

		Photo toPhoto() {
			return new Photo(this.url.strip(), optional(this.caption), optional(this.credit));
		}

	}

	@Schema(description = "Where the person comes from")
	public record PositionRequest(
			@Schema(description = "One line", example = "sikkerhedsarkitekt") @Size(max = 150) @PlainText String title,
			@Schema(description = "One line", example = "Fjordnet A/S") @Size(max = 120) @PlainText String company) {

		/** Null when it says nothing. */
		PreviousPosition toPosition() {
			String positionTitle = optional(this.title);
			String positionCompany = optional(this.company);
			return (positionTitle == null && positionCompany == null) ? null
					: new PreviousPosition(positionTitle, positionCompany);
		}

	}

	@Override
	public Notice toContent() {
		return Notice.unrendered(new NoticeContent(NoticeKind.valueOf(this.kind), this.person.toPerson(),
				this.company.strip(), this.title.strip(), this.effectiveDate,
				(this.focusAreas != null) ? this.focusAreas.stream().map(String::strip).toList() : List.of(),
				(this.previousPosition != null) ? this.previousPosition.toPosition() : null, optional(this.education),
				optional(this.earlierExperience),
				(this.tags != null) ? this.tags.stream().map(String::strip).distinct().toList() : List.of()));
	}

	private static String optional(String text) {
		return (text != null && !text.isBlank()) ? text.strip() : null;
	}

}
