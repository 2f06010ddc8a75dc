package dk.newsroom.platform.content;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class SlugsTest {

	@ParameterizedTest
	@CsvSource(delimiter = '|',
			value = { "Østjysk it-firma åbner i Århus|oestjysk-it-firma-aabner-i-aarhus",
					"Ærø får 5G: Mobilnet til hele øen|aeroe-faar-5g-mobilnet-til-hele-oeen",
					"  Hvad  koster   AI?  |hvad-koster-ai", "Café Léfelius – über alles|cafe-lefelius-uber-alles",
					"ÆØÅ æøå|aeoeaa-aeoeaa", "!!!|indhold" })
	void makesUrlSafeSlugsFromDanishText(String text, String slug) {
		assertThat(Slugs.of(text)).isEqualTo(slug);
	}

	@ParameterizedTest
	@CsvSource({ "1,slug", "2,slug-2", "3,slug-3" })
	void numbersAlternatives(int n, String expected) {
		assertThat(Slugs.withSuffix("slug", n)).isEqualTo(expected);
	}

	@org.junit.jupiter.api.Test
	void cutsLongSlugsAtAWordBoundary() {
		String slug = Slugs
			.of("Regeringen vil investere massivt i digital infrastruktur på tværs af kommuner og regioner i hele landet");
		assertThat(slug).hasSizeLessThanOrEqualTo(Slugs.MAX_LENGTH).doesNotEndWith("-").startsWith("regeringen-vil");
		assertThat(slug.split("-")).allMatch((word) -> !word.isEmpty());
	}

}
