package dk.newsroom.gateway.search.analysis;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.function.UnaryOperator;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.compound.DictionaryCompoundWordTokenFilter;
import org.apache.lucene.analysis.miscellaneous.RemoveDuplicatesTokenFilter;
import org.apache.lucene.analysis.ngram.NGramTokenFilter;
import org.apache.lucene.analysis.snowball.SnowballFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.tartarus.snowball.ext.DanishStemmer;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Measures ways of letting a part of a Danish compound find the compound on a small
 * judged collection of headlines: every query has the set of headlines it should find,
 * and every other headline it finds is a false match. Prints recall and false matches per
 * design (docs/search.md, "Danish analysis"), and holds the chosen design to its numbers.
 */
class CompoundDesignComparisonTest {

	private static final Map<String, String> HEADLINES = new LinkedHashMap<>();

	private static final Map<String, Set<String>> JUDGEMENTS = new LinkedHashMap<>();

	static {
		headline("d1", "Cybersikkerhed i kommunerne");
		headline("d2", "Kommunen bygger nye datacentre");
		headline("d3", "Åbenrå Kommune sparer på skolerne");
		headline("d4", "Lars Ødegaard bliver direktør");
		headline("d5", "Ny café åbner ved havnen");
		headline("d6", "Ransomwareangreb lammer hospital");
		headline("d7", "Virksomhedsdata lækket på nettet");
		headline("d8", "Dataindsamling bekymrer borgerne");
		headline("d9", "Kandidatansøgninger strømmer ind");
		headline("d10", "Skyldig i bedrageri");
		headline("d11", "Planeten bliver varmere");
		headline("d12", "Netværkssikkerhed halter i staten");
		headline("d13", "Ny sikkerhedsløsning til skoler");
		headline("d14", "Skyløsninger vinder frem");
		headline("d15", "Driftsforstyrrelser hos DSB");
		headline("d16", "Softwareudvikling i det offentlige");
		headline("d17", "Folketingsvalget er udskrevet");
		headline("d18", "Skolereformen evalueres");
		headline("d19", "Kameraovervågning i Aalborg");
		headline("d20", "Sundhedsdata deles med forskere");
		headline("d21", "Sygehusbyggeriet er forsinket");
		headline("d22", "Dataanalyse i sundhedsvæsenet");
		headline("d23", "Artiklerne om regeringen");
		headline("d24", "Nye regler for elbiler");
		headline("d25", "Sundhedscentret lukker");
		headline("d26", "Energiaftalen er på plads");
		headline("d27", "Regeringen og forsikringsselskaberne");
		headline("d28", "Stabil drift i sommer");
		headline("d29", "Analysen viser fremgang");
		headline("d30", "Forsikring mod oversvømmelse");
		headline("d31", "Kabinettet mødes");
		headline("d32", "Sikkerhedsrådet mødes");
		headline("d33", "Generalforsamling i foreningen");
		headline("d34", "Sikker betaling på nettet");
		headline("d35", "Protest mod nedskæringer");
		headline("d36", "Digital signatur til alle");
		headline("d37", "Vejret bliver vådt");
		headline("d38", "Statistikken er klar");

		judged("sikkerhed", "d1 d12 d13 d32");
		judged("cybersikkerhed", "d1");
		judged("sikkerhedsløsning", "d13");
		judged("datacenter", "d2");
		judged("center", "d2 d25");
		judged("kommune", "d1 d2 d3");
		judged("Aabenraa", "d3");
		judged("Oedegaard", "d4");
		judged("cafe", "d5");
		judged("angreb", "d6");
		judged("data", "d2 d7 d8 d20 d22");
		judged("indsamling", "d8");
		judged("ansøgning", "d9");
		judged("sky", "d14");
		judged("net", "d7 d34");
		judged("netværk", "d12");
		judged("løsning", "d13 d14");
		judged("drift", "d15 d28");
		judged("udvikling", "d16");
		judged("valg", "d17");
		judged("skole", "d3 d13 d18");
		judged("reform", "d18");
		judged("kamera", "d19");
		judged("overvågning", "d19");
		judged("Ålborg", "d19");
		judged("sundhed", "d20 d22 d25");
		judged("byggeri", "d21");
		judged("analyse", "d22 d29");
		judged("artikel", "d23");
		judged("regel", "d24");
		judged("elbil", "d24");
		judged("energi", "d26");
		judged("aftale", "d26");
		judged("forsikring", "d27 d30");
		judged("selskab", "d27");
		judged("regering", "d23 d27");
		judged("råd", "d32");
		judged("sikker", "d34");
		judged("test", "");
		judged("ring", "");
		judged("tal", "");
		judged("lys", "");
		judged("kabine", "");
		judged("vej", "");
		judged("stat", "d12");
		judged("og i på det", "");
	}

	private static void headline(String id, String text) {
		HEADLINES.put(id, text);
	}

	private static void judged(String query, String ids) {
		JUDGEMENTS.put(query, ids.isEmpty() ? Set.of() : Set.of(ids.split(" ")));
	}

	@Test
	void compareDesigns() throws Exception {
		List<String> words = DanishCompoundSplitter.readWordList(DanishCompoundSplitter.WORD_LIST);
		Map<String, Score> scores = new LinkedHashMap<>();
		Analyzer noSplitting = new DanishTextAnalyzer(null, true);
		scores.put("no splitting", score(noSplitting, noSplitting));
		Analyzer chosen = DanishAnalysis.load().indexAnalyzer();
		scores.put("cover splitter + unknown modifiers (chosen)", score(chosen, noSplitting));
		scores.put("cover splitter, listed modifiers only",
				score(new DanishTextAnalyzer(new DanishCompoundSplitter(words, false), true), noSplitting));
		scores.put("cover splitter, query split too", score(chosen, chosen));
		scores.put("Lucene DictionaryCompoundWordTokenFilter", score(luceneDictionary(words, false), noSplitting));
		scores.put("Lucene DictionaryCompoundWordTokenFilter, longest match",
				score(luceneDictionary(words, true), noSplitting));
		scores.put("3-gram subfield", ngrams(noSplitting, 3));
		scores.put("4-gram subfield", ngrams(noSplitting, 4));

		int relevant = JUDGEMENTS.values().stream().mapToInt(Set::size).sum();
		System.out.printf("%-58s %8s %6s%n", "design (" + relevant + " relevant matches)", "found", "false");
		scores.forEach((design, score) -> System.out.printf("%-58s %8d %6d  missed %s false %s%n", design, score.found,
				score.falseMatches.size(), score.missed, score.falseMatches));

		Score best = scores.get("cover splitter + unknown modifiers (chosen)");
		assertThat(best.missed).isEmpty();
		assertThat(best.falseMatches).isEmpty();
	}

	private static Score score(Analyzer index, Analyzer query) throws Exception {
		try (TestIndex testIndex = new TestIndex(HEADLINES, Map.of("text", index))) {
			return score(testIndex, (text) -> TestIndex.allWords(query, "text", text));
		}
	}

	/** Each query term matches itself in "text" or all its n-grams in "grams". */
	private static Score ngrams(Analyzer words, int n) throws Exception {
		Analyzer grams = chain((stream) -> new NGramTokenFilter(stream, n, n, true), null);
		try (TestIndex testIndex = new TestIndex(HEADLINES, Map.of("text", words, "grams", grams))) {
			return score(testIndex, (text) -> TestIndex.allWords(words, text, (term) -> {
				BooleanQuery.Builder either = new BooleanQuery.Builder();
				either.add(new TermQuery(new Term("text", term)), Occur.SHOULD);
				if (term.length() >= n) {
					BooleanQuery.Builder all = new BooleanQuery.Builder();
					for (int i = 0; i + n <= term.length(); i++) {
						all.add(new TermQuery(new Term("grams", term.substring(i, i + n))), Occur.MUST);
					}
					either.add(all.build(), Occur.SHOULD);
				}
				return either.build();
			}));
		}
	}

	private static Score score(TestIndex index, Function<String, Query> queries) {
		Score score = new Score();
		JUDGEMENTS.forEach((query, relevant) -> {
			Set<String> found = index.search(queries.apply(query));
			for (String id : relevant) {
				if (found.contains(id)) {
					score.found++;
				}
				else {
					score.missed.add(query + "→" + id);
				}
			}
			for (String id : found) {
				if (!relevant.contains(id)) {
					score.falseMatches.add(query + "→" + id);
				}
			}
		});
		return score;
	}

	/**
	 * The chosen chain with Lucene's substring-based decompounder in place of the
	 * splitter.
	 */
	private static Analyzer luceneDictionary(Collection<String> words, boolean longestOnly) {
		CharArraySet dictionary = new CharArraySet(words, false);
		return chain(UnaryOperator.identity(),
				(stream) -> new DictionaryCompoundWordTokenFilter(stream, dictionary, 5, 3, 20, longestOnly));
	}

	private static Analyzer chain(UnaryOperator<TokenStream> after, @Nullable UnaryOperator<TokenStream> compounds) {
		return new Analyzer() {
			@Override
			protected TokenStreamComponents createComponents(String fieldName) {
				StandardTokenizer tokenizer = new StandardTokenizer();
				TokenStream stream = new LowerCaseFilter(tokenizer);
				stream = new SpellingFilter(stream, SpellingFilter.Step.FOLD_ACCENTS);
				if (compounds != null) {
					stream = compounds.apply(stream);
				}
				stream = new SpellingFilter(stream, SpellingFilter.Step.NORMALIZE_LETTERS);
				stream = new StopFilter(stream, DanishAnalysis.stopWords());
				stream = new SnowballFilter(stream, new DanishStemmer());
				stream = new SpellingFilter(stream, SpellingFilter.Step.NORMALIZE_STEM);
				stream = new RemoveDuplicatesTokenFilter(stream);
				return new TokenStreamComponents(tokenizer, after.apply(stream));
			}
		};
	}

	private static final class Score {

		int found;

		final List<String> missed = new ArrayList<>();

		final Set<String> falseMatches = new TreeSet<>();

	}

}
