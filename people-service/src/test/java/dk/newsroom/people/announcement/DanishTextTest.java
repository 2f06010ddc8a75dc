package dk.newsroom.people.announcement;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class DanishTextTest {

	@ParameterizedTest
	@CsvSource(delimiter = '|', value = { "'  drift   og  salg '|drift og salg", "'salg ..'|salg.",
			"'salg , drift ,'|salg, drift", "'cand.jur.'|cand.jur.", "'   '|", "'a;'|a" })
	void cleansWhatSubmittersType(String raw, String clean) {
		assertThat(DanishText.clean(raw)).isEqualTo(clean);
	}

	@Test
	void joinsListsWithOg() {
		assertThat(DanishText.enumerate(List.of())).isEmpty();
		assertThat(DanishText.enumerate(List.of("cloud"))).isEqualTo("cloud");
		assertThat(DanishText.enumerate(List.of("cloud", "data"))).isEqualTo("cloud og data");
		assertThat(DanishText.enumerate(List.of("cloud", "data", "ai"))).isEqualTo("cloud, data og ai");
	}

	@Test
	void endsASentenceWithOneStop() {
		assertThat(DanishText.sentence("Hun er uddannet cand.jur.")).isEqualTo("Hun er uddannet cand.jur.");
		assertThat(DanishText.sentence("Hun er uddannet jurist")).isEqualTo("Hun er uddannet jurist.");
		assertThat(DanishText.sentence("Hvem er hun?")).isEqualTo("Hvem er hun?");
	}

	@Test
	void dropsALeadingWordTheSentenceSupplies() {
		assertThat(DanishText.withoutLeadingWord("med support", "med")).isEqualTo("support");
		assertThat(DanishText.withoutLeadingWord("Med support", "med")).isEqualTo("support");
		assertThat(DanishText.withoutLeadingWord("medicinsk udstyr", "med")).isEqualTo("medicinsk udstyr");
		assertThat(DanishText.capitalize("øjvind")).isEqualTo("Øjvind");
	}

}
