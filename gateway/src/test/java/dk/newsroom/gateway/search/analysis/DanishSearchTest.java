package dk.newsroom.gateway.search.analysis;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import org.apache.lucene.analysis.Analyzer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Queries analysed with the query analyzer against a tiny index built with the index
 * analyzer: the matches issue 17 asks for, and words that must not match.
 */
class DanishSearchTest {

	private static final Map<String, String> TEXTS = new LinkedHashMap<>();

	static {
		TEXTS.put("cyber", "Cybersikkerhed i kommunerne");
		TEXTS.put("datacentre", "Kommunen bygger nye datacentre");
		TEXTS.put("aabenraa", "Åbenrå Kommune sparer på skolerne");
		TEXTS.put("oedegaard", "Lars Ødegaard bliver direktør");
		TEXTS.put("cafe", "Ny café åbner ved havnen");
		TEXTS.put("kandidat", "Kandidatansøgninger strømmer ind");
		TEXTS.put("skyldig", "Skyldig i bedrageri");
		TEXTS.put("planet", "Planeten bliver varmere");
		TEXTS.put("sikker", "Sikker betaling på nettet");
		TEXTS.put("regering", "Regeringen vil styrke forsikringen");
	}

	private static final DanishAnalysis ANALYSIS = DanishAnalysis.load();

	private static final Analyzer QUERY = ANALYSIS.queryAnalyzer();

	private static TestIndex index;

	@BeforeAll
	static void index() {
		index = new TestIndex(TEXTS, Map.of("text", ANALYSIS.indexAnalyzer()));
	}

	@AfterAll
	static void close() throws Exception {
		index.close();
	}

	@ParameterizedTest(name = "\"{0}\" finds {1}")
	@CsvSource(delimiter = '|', textBlock = """
			sikkerhed        | cyber
			cybersikkerhed   | cyber
			datacenter       | datacentre
			datacentret      | datacentre
			kommune          | cyber datacentre aabenraa
			kommunerne       | cyber datacentre aabenraa
			Aabenraa         | aabenraa
			Åbenrå kommune   | aabenraa
			aabenraa kommune | aabenraa
			Oedegaard        | oedegaard
			ødegård          | oedegaard
			cafe             | cafe
			CAFÉEN           | cafe
			skole            | aabenraa
			data             | datacentre
			ansøgning        | kandidat
			sikker           | sikker
			net              | sikker
			regering         | regering
			""")
	void finds(String query, String ids) {
		assertThat(index.search(TestIndex.allWords(QUERY, "text", query))).containsExactlyInAnyOrder(ids.split(" "));
	}

	@ParameterizedTest(name = "\"{0}\" finds nothing")
	@CsvSource(delimiter = '|', textBlock = """
			og i på det
			de er ikke
			sky
			ring
			center i Aalborg
			sikkerheder i planeterne
			""")
	void findsNothing(String query) {
		assertThat(index.search(TestIndex.allWords(QUERY, "text", query))).isEqualTo(Set.of());
	}

}
