package dk.newsroom.gateway.search.analysis;

import java.util.List;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.tartarus.snowball.ext.DanishStemmer;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The compound splitter with the shipped word list: which words it splits, and where.
 */
class DanishCompoundSplitterTest {

	private static final DanishCompoundSplitter SPLITTER = DanishCompoundSplitter.shipped(true);

	private static String parts(String word) {
		return SPLITTER.split(word, new DanishStemmer())
			.stream()
			.map((part) -> word.substring(part[0], part[1]))
			.collect(Collectors.joining(" "));
	}

	@ParameterizedTest(name = "{0}: {1}")
	@CsvSource(textBlock = """
			cybersikkerhed,          cyber sikkerhed
			datacentre,              data centre
			datacenter,              data center
			virksomhedsdata,         virksomhed data
			dataindsamling,          data indsamling
			dataanalyse,             data analyse
			netværkssikkerhed,       netværk sikkerhed
			arbejdsmarkedet,         arbejd marked
			sundhedsvæsenet,         sundhed væsen
			folketingsvalget,        folketing valg
			kandidatansøgninger,     kandidat ansøgning
			ransomwareangreb,        ransomware angreb
			driftsforstyrrelser,     drift forstyrrelse
			cybersikkerhedsløsning,  cyber cybersikkerhed sikkerhed sikkerhedsløsning løsning
			sikkerhedsdagen,         sikkerhed dag
			bestyrelsesmedlem,       bestyrelse medlem
			""")
	void splits(String word, String parts) {
		assertThat(parts(word)).isEqualTo(parts);
	}

	@ParameterizedTest
	@ValueSource(strings = { "sikkerhed", "kommunerne", "kandidat", "skyldig", "planeten", "kabinettet", "digital",
			"hospital", "protest", "statistikken", "vejret", "regeringen", "forsikring", "analysen", "betaling",
			"elevatorer", "it", "covid19", "x-faktor", "fredagen", "mandag", "hverdag" })
	void leavesWholeWhatIsNoCompoundOfTheList(String word) {
		assertThat(parts(word)).isEmpty();
	}

	@Test
	void withoutUnknownModifiersOnlyWordsCoveredByTheListAreSplit() {
		DanishCompoundSplitter listedOnly = new DanishCompoundSplitter(
				DanishCompoundSplitter.readWordList(DanishCompoundSplitter.WORD_LIST), false);
		assertThat(listedOnly.split("ransomwareangreb", new DanishStemmer())).isEmpty();
		assertThat(listedOnly.split("cybersikkerhed", new DanishStemmer())).hasSize(2);
	}

	@Test
	void theWordListIsLowerCaseDanishWordsOfThreeLettersOrMoreWithoutDuplicates() {
		List<String> words = DanishCompoundSplitter.readWordList(DanishCompoundSplitter.WORD_LIST);
		assertThat(words).hasSizeGreaterThan(300).doesNotHaveDuplicates().contains("sikkerhed", "løsning", "væsen");
		assertThat(words).allSatisfy((word) -> assertThat(word).matches("[a-zæøå]{3,}"));
	}

}
