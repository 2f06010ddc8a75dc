package dk.newsroom.people.notice;

import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.media.Schema.RequiredMode;

/**
 * The person a notice is about.
 *
 * @param age in years; may be null
 * @param pronoun how the announcement refers to the person after the first sentence, in
 * lower case: "han", "hun", "hen" or the person's chosen pronoun
 * @param photo may be null
 */
@Schema(description = "The person a notice is about")
public record Person(@Schema(requiredMode = RequiredMode.REQUIRED, example = "Mette Kjær Sørensen") String name,
		@Schema(requiredMode = RequiredMode.REQUIRED, nullable = true, description = "In years; null when not given",
				example = "38") Integer age,
		@Schema(requiredMode = RequiredMode.REQUIRED,
				description = "How the announcement refers to the person, lower case", example = "hun") String pronoun,
		@Schema(requiredMode = RequiredMode.REQUIRED, nullable = true,
				description = "The portrait; null when none") Photo photo) {

}
