package dk.newsroom.people.quality;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Captions against the notice's name: what an editor accepts, what is a misspelling (like
 * the seed's caption that drops a letter of the surname), and what names someone else.
 */
class CaptionCheckTest {

	private static final String NAME = "Mette Kjær Sørensen";

	@ParameterizedTest(name = "accepts \"{0}\"")
	@CsvSource(delimiter = '|',
			value = { "Mette Kjær Sørensen", "Mette Sørensen", "METTE KJÆR SØRENSEN",
					"Mette Kjær Sørensen er ny seniorrådgiver hos Nordlys Data.", "Mette Sørensens første arbejdsdag",
					"Foto af Mette Kjær Sørensen (t.v.) og Jonas Brink" })
	void acceptsCaptionsThatNameThePerson(String caption) {
		assertThat(CaptionCheck.check(NAME, caption)).isEmpty();
	}

	@ParameterizedTest(name = "\"{0}\" misspells the name")
	@CsvSource(delimiter = '|',
			value = { "Mette Kjær Sørnsen|Sørnsen|Sørensen", "Mette Kjær Sørenesn|Sørenesn|Sørensen",
					"Mete Kjær Sørensen|Mete|Mette", "Mette Kær Sørensen|Kær|Kjær",
					"Mette Kjær Sorensen|Sorensen|Sørensen" })
	void flagsAMisspelledName(String caption, String written, String name) {
		String detail = "'" + written + "' where the notice has '" + name + "'";
		assertThat(CaptionCheck.check(NAME, caption)).singleElement().satisfies((warning) -> {
			assertThat(warning.code()).isEqualTo(WarningCode.CAPTION_MISSPELLS_NAME);
			assertThat(warning.field()).isEqualTo("person.photo.caption");
			assertThat(warning.message()).contains(detail);
		});
	}

	@ParameterizedTest(name = "\"{0}\" does not name the person")
	@CsvSource(delimiter = '|', value = { "Jonas Brink", "Mette", "Kjær Sørensen", "Nordlys Datas nye kontor" })
	void flagsACaptionThatDoesNotNameThePerson(String caption) {
		assertThat(CaptionCheck.check(NAME, caption)).extracting(QualityWarning::code)
			.containsExactly(WarningCode.CAPTION_LACKS_NAME);
	}

	@ParameterizedTest(name = "short names must match exactly: \"{0}\"")
	@CsvSource(delimiter = '|', value = { "Bob Ravn", "Ib Ravn" })
	void comparesShortNamesExactly(String caption) {
		assertThat(CaptionCheck.check("Bo Ravn", caption)).extracting(QualityWarning::code)
			.containsExactly(WarningCode.CAPTION_LACKS_NAME);
	}

	@ParameterizedTest(name = "hyphenated and accented names: \"{0}\"")
	@CsvSource(delimiter = '|',
			value = { "Anne-Marie Léfèvre|true", "Anne-Marie Lefèvre|false", "Anne Marie Léfèvre|false" })
	void keepsHyphensAndAccentsAsPartOfTheName(String caption, boolean accepted) {
		assertThat(CaptionCheck.check("Anne-Marie Léfèvre", caption).isEmpty()).isEqualTo(accepted);
	}

}
