package dk.newsroom.gateway.search.analysis;

import java.util.List;

import org.apache.lucene.analysis.Analyzer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The terms the index and query analyzers make of Danish text.
 */
class DanishAnalysisTest {

	private static final DanishAnalysis ANALYSIS = DanishAnalysis.load();

	private static final Analyzer INDEX = ANALYSIS.indexAnalyzer();

	private static final Analyzer QUERY = ANALYSIS.queryAnalyzer();

	@Test
	void indexAnalyzerAddsThePartsOfACompoundAtItsPosition() {
		assertThat(Tokens.positions(INDEX, "Cybersikkerhed i kommunerne"))
			.containsExactly(List.of("cybersikker", "cyb", "sikker"), List.of("kommun"));
		assertThat(Tokens.positions(INDEX, "nye datacentre")).containsExactly(List.of("nye"),
				List.of("datacent", "data", "cent"));
	}

	@Test
	void queryAnalyzerLeavesCompoundsWhole() {
		assertThat(Tokens.positions(QUERY, "Cybersikkerhed i kommunerne")).containsExactly(List.of("cybersikker"),
				List.of("kommun"));
	}

	@Test
	void runsOfPartsOfALongCompoundAreTermsToo() {
		assertThat(Tokens.terms(INDEX, "cybersikkerhedsløsninger")).containsExactlyInAnyOrder("cybersikkerhedsløsning",
				"cyb", "cybersikker", "sikker", "sikkerhedsløsning", "løsning");
	}

	@ParameterizedTest(name = "\"{0}\" and \"{1}\" are the same term")
	@CsvSource(textBlock = """
			Aabenraa,    Åbenrå
			AALBORG,     Ålborg
			Oedegaard,   Ødegård
			Saeby,       Sæby
			Østergaard,  Oestergaard
			Göteborg,    Gøteborg
			Bär,         bær
			cafe,        café
			caféen,      cafe
			Citroën,     Citroen
			kommune,     kommunerne
			kommune,     kommunens
			artikel,     artiklerne
			regel,       regler
			datacenter,  datacentre
			center,      centret
			nummer,      numrene
			løsning,     løsningerne
			sikkerhed,   sikkerheden
			""")
	void sameTerm(String one, String other) {
		assertThat(Tokens.terms(QUERY, one)).hasSize(1).isEqualTo(Tokens.terms(QUERY, other));
	}

	@ParameterizedTest(name = "\"{0}\" and \"{1}\" are different terms")
	@CsvSource(textBlock = """
			vej,    vejret
			ord,    ordre
			sikker, sikkerhed
			data,   kandidat
			sky,    skyldig
			""")
	void differentTerms(String one, String other) {
		assertThat(Tokens.terms(QUERY, one)).isNotEqualTo(Tokens.terms(QUERY, other));
	}

	@Test
	void stopWordsAloneGiveNoTerms() {
		assertThat(Tokens.terms(INDEX, "og i på det er ikke")).isEmpty();
		assertThat(Tokens.terms(QUERY, "Og da var det, at han ikke")).isEmpty();
	}

	@Test
	void theAsciiSpellingOfAStopWordIsAStopWordToo() {
		assertThat(Tokens.terms(QUERY, "paa naar saadan")).isEmpty();
	}

	@Test
	void wordsAreKeptWhereTheStemmerWouldMakeThemTooShortForFuzzyMatching() {
		// fuzzy matching (edit distance 1 or 2) is for query words of 5 letters or more;
		// their
		// terms keep at least three letters, and short words are not shortened to nothing
		assertThat(Tokens.terms(QUERY, "Ålborg kommunerne datacentrene")).containsExactly("ålborg", "kommun",
				"datacent");
		assertThat(Tokens.terms(QUERY, "it ø ny")).containsExactly("it", "ø", "ny");
	}

	@Test
	void hyphenatedWordsAreSplitByTheTokenizer() {
		assertThat(Tokens.terms(QUERY, "it-sikkerhed")).containsExactly("it", "sikker");
	}

	@Test
	void numbersAndMixedTermsAreLeftAlone() {
		assertThat(Tokens.terms(INDEX, "5G-netværk 2025 covid19")).containsExactly("5g", "netværk", "2025", "covid19");
	}

	@Test
	void normalizationForMultiTermQueriesFoldsSpellingsButDoesNotStem() {
		assertThat(QUERY.normalize("text", "Aabenraa").utf8ToString()).isEqualTo("åbenrå");
		assertThat(QUERY.normalize("text", "Kommunerne").utf8ToString()).isEqualTo("kommunerne");
		assertThat(QUERY.normalize("text", "Café").utf8ToString()).isEqualTo("cafe");
	}

}
