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
public record NoticeRequest(@NotBlank @Pattern(regexp = KINDS, message = KINDS_MESSAGE) String kind,
		@NotNull @Valid PersonRequest person, @NotBlank @Size(max = 120) @PlainText String company,
		@NotBlank @Size(max = 150) @PlainText String title,
		@NotNull @JsonFormat(lenient = OptBoolean.FALSE) LocalDate effectiveDate,
		@Size(max = 10) List<@NotBlank @Size(max = 200) @PlainText String> focusAreas,
		@Valid PositionRequest previousPosition, @Size(max = 300) @PlainText(multiline = true) String education,
		@Size(max = 600) @PlainText(multiline = true) String earlierExperience,
		@Size(max = 20) List<@NotBlank @Size(max = 50) @PlainText String> tags) implements ContentRequest<Notice> {

	/** The names of {@link NoticeKind}; a unit test keeps the two in step. */
	static final String KINDS = "NEW_JOB|PROMOTION|NEW_ROLE|BOARD_SEAT|RETIREMENT";

	static final String KINDS_MESSAGE = "must be one of NEW_JOB, PROMOTION, NEW_ROLE, BOARD_SEAT, RETIREMENT";

	/**
	 * @param age in years; implausible ages are warned about, impossible ones refused
	 * @param pronoun one word, e.g. han, hun or hen
	 */
	public record PersonRequest(@NotBlank @Size(max = 120) @PlainText String name, @Min(0) @Max(130) Integer age,
			@NotBlank @Size(max = 20) @Pattern(regexp = "\\p{L}+",
					message = "must be one word, e.g. han, hun or hen") String pronoun,
			@Valid PhotoRequest photo) {

		Person toPerson() {
			return new Person(this.name.strip(), this.age, this.pronoun.toLowerCase(Locale.forLanguageTag("da")),
					(this.photo != null) ? this.photo.toPhoto() : null);
		}

	}

	/**
	 * @param url absolute http(s) URL of the picture
	 */
	public record PhotoRequest(@NotNull @HttpUrl @Size(max = 2000) String url,
			@Size(max = 300) @PlainText(multiline = true) String caption, @Size(max = 200) @PlainText String credit) {

		Photo toPhoto() {
			return new Photo(this.url.strip(), optional(this.caption), optional(this.credit));
		}

	}

	public record PositionRequest(@Size(max = 150) @PlainText String title,
			@Size(max = 120) @PlainText String company) {

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
