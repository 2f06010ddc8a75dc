package dk.newsroom.bench.perf;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import dk.newsroom.bench.perf.Bootstrap.FeedRecords;
import dk.newsroom.bench.perf.Bootstrap.FeedRecords.ArticleText;
import dk.newsroom.bench.perf.Bootstrap.FeedRecords.EventText;
import dk.newsroom.bench.perf.Bootstrap.FeedRecords.ItemText;
import dk.newsroom.bench.perf.Bootstrap.FeedRecords.NoticeText;

/**
 * The items and queries of the search measure: Danish text composed from the words of
 * {@code search-vocabulary.txt} (IT and news words, their inflected forms and compounds,
 * common words, names, places), each item from a {@link Random} seeded by the corpus's
 * seed, its type and its number, so the same run writes the same records every time and a
 * record sent again is the same. Words are drawn with a Zipf-like skew (a few common,
 * many rare), as in real text, and the nouns include {@value #COMPOUNDS} compounds of two
 * of the vocabulary's nouns, ranked after them: each is rare, its parts are common, as in
 * Danish news. (A vocabulary of its few hundred nouns alone made every word common: the
 * queries matched 17 % of the items on average, against 0.9 % for the judged queries of
 * the gateway's relevance set.) An article has a headline of 6–10 words, a lead of about
 * 20 and a body of about 80 in 2–4 paragraphs; an event a title, a teaser, a description,
 * a venue and a city; a Navnenyt notice a person's name, companies, titles and an
 * announcement.
 * <p>
 * The queries are drawn from the same words with a generator of their own, their nouns
 * with the flatter skew {@value #QUERY_SKEW} (readers search for what an item is about
 * more than for the words every item has; with the seed of the measure a query matches 4
 * % of 100 000 items on average, a median one 0.3 %): one to three words in any inflected
 * form, quoted phrases that occur in the texts, words of eight letters or more with one
 * typo, names and places; some filtered by type or section, some sorted by publication,
 * ten results a page.
 */
final class SearchCorpus implements FeedRecords.Texts {

	static final String VOCABULARY = "search-vocabulary.txt";

	/** The skew of the texts' draws: the word of rank r comes with weight r^-SKEW. */
	private static final double SKEW = 0.75;

	/**
	 * The skew of the queries' nouns: flatter than the texts', as readers search for what
	 * an item is about more than for the words every item has.
	 */
	static final double QUERY_SKEW = 0.5;

	/**
	 * Compound nouns made of two of the vocabulary's nouns (a modifier's base form and a
	 * head in each of its forms, "kommune" + "systemerne"), ranked after them: Danish
	 * news writes many compounds, each rare, while their parts are common.
	 */
	static final int COMPOUNDS = 4000;

	private static final Instant FIRST_EVENT_DAY = Instant.parse("2027-01-04T08:00:00Z");

	private static final String[] MONTHS = { "januar", "februar", "marts", "april", "maj", "juni", "juli", "august",
			"september", "oktober", "november", "december" };

	private final long seed;

	/** Each noun's forms, in the order of how common it is. */
	private final List<List<String>> nouns;

	private final List<List<String>> verbs;

	private final List<List<String>> adjectives;

	private final List<String> function;

	private final List<String> phrases;

	private final List<String> firstNames;

	private final List<String> lastNames;

	private final List<String> companies;

	private final List<String> titles;

	private final List<String> focus;

	private final List<String> venues;

	private final List<String> cities;

	private final List<String> sections;

	private final List<String> tracks;

	private final List<String> tags;

	private final double[] nounWeights;

	private final double[] queryNounWeights;

	private final double[] verbWeights;

	private final double[] adjectiveWeights;

	private SearchCorpus(long seed, Map<String, List<String>> sections) {
		this.seed = seed;
		Random order = new Random(seed);
		List<List<String>> nouns = shuffled(forms(required(sections, "nouns")), order);
		List<List<String>> all = new ArrayList<>(nouns);
		all.addAll(compounds(nouns, COMPOUNDS, order));
		this.nouns = List.copyOf(all);
		this.verbs = shuffled(forms(required(sections, "verbs")), order);
		this.adjectives = shuffled(forms(required(sections, "adjectives")), order);
		this.function = flat(required(sections, "function"));
		this.phrases = required(sections, "phrases");
		this.firstNames = flat(required(sections, "first-names"));
		this.lastNames = flat(required(sections, "last-names"));
		this.companies = required(sections, "companies");
		this.titles = required(sections, "titles");
		this.focus = required(sections, "focus");
		this.venues = required(sections, "venues");
		this.cities = required(sections, "cities");
		this.sections = required(sections, "sections");
		this.tracks = required(sections, "tracks");
		this.tags = required(sections, "tags");
		this.nounWeights = cumulative(this.nouns.size(), SKEW);
		this.queryNounWeights = cumulative(this.nouns.size(), QUERY_SKEW);
		this.verbWeights = cumulative(this.verbs.size(), SKEW);
		this.adjectiveWeights = cumulative(this.adjectives.size(), SKEW);
	}

	/** The corpus of the vocabulary shipped with the benchmark. */
	static SearchCorpus load(long seed) {
		try (InputStream in = SearchCorpus.class.getResourceAsStream(VOCABULARY)) {
			if (in == null) {
				throw new IllegalStateException("no " + VOCABULARY + " next to " + SearchCorpus.class.getName());
			}
			return new SearchCorpus(seed, sections(new String(in.readAllBytes(), StandardCharsets.UTF_8)));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** How many different words the texts draw from (every form counted). */
	int vocabularySize() {
		Set<String> words = new LinkedHashSet<>();
		for (List<List<String>> lemmas : List.of(this.nouns, this.verbs, this.adjectives)) {
			lemmas.forEach(words::addAll);
		}
		words.addAll(this.function);
		return words.size();
	}

	@Override
	public ItemText text(FeedRecords.Type type, int i, String id) {
		Random random = new Random(this.seed * 1_000_003L + type.ordinal() * 100_000_007L + i);
		return switch (type) {
			case ARTICLE -> article(random);
			case EVENT -> event(random);
			case PERSON -> notice(random);
		};
	}

	private ArticleText article(Random random) {
		String headline = capitalise(words(random, 6 + random.nextInt(5)));
		String lead = sentences(random, 18 + random.nextInt(7));
		String body = paragraphs(random, 2 + random.nextInt(3), 70 + random.nextInt(21));
		List<String> authors = new ArrayList<>();
		authors.add(name(random));
		if (random.nextInt(5) == 0) {
			authors.add(name(random));
		}
		return new ArticleText(slug(headline), headline, lead, body, capitalise(words(random, 4 + random.nextInt(3))),
				pick(random, this.sections), authors, someTags(random));
	}

	private EventText event(Random random) {
		String title = switch (random.nextInt(4)) {
			case 0 -> "Konference om " + noun(random) + " og " + noun(random);
			case 1 -> "Temadag: " + adjective(random) + " " + noun(random);
			case 2 -> "Netværksmøde om " + noun(random) + " i " + noun(random);
			default -> capitalise(words(random, 4 + random.nextInt(3)));
		};
		title = capitalise(title);
		String[] venue = pick(random, this.venues).split("\\|", 2);
		String organiser = (random.nextInt(3) == 0) ? "Newsroom Events" : pick(random, this.companies);
		Instant startsAt = FIRST_EVENT_DAY.plus(Duration.ofDays(random.nextInt(365)));
		return new EventText(slug(title), title, sentences(random, 12 + random.nextInt(7)),
				paragraphs(random, 2 + random.nextInt(2), 45 + random.nextInt(21)), pick(random, this.tracks), venue[0],
				venue[1] + " " + (1 + random.nextInt(120)), pick(random, this.cities), organiser, startsAt,
				someTags(random));
	}

	private NoticeText notice(Random random) {
		String name = name(random);
		int age = 27 + random.nextInt(38);
		String pronoun = random.nextBoolean() ? "hun" : "han";
		String company = pick(random, this.companies);
		String title = pick(random, this.titles);
		String previousTitle = pick(random, this.titles);
		String previousCompany = pick(random, this.companies);
		String focusArea = pick(random, this.focus);
		String announcement = company + " har pr. 1. " + pick(random, List.of(MONTHS)) + " 2026 ansat " + name + ", "
				+ age + " år, som " + title + ". " + capitalise(pronoun) + " kommer fra en stilling som "
				+ previousTitle + " hos " + previousCompany + " og skal arbejde med " + focusArea + " og "
				+ noun(random) + ". " + sentences(random, 10 + random.nextInt(8));
		return new NoticeText(slug(name), name, age, pronoun, company, title, focusArea, previousTitle, previousCompany,
				someTags(random), announcement);
	}

	/**
	 * {@code count} queries, each the path and query of a {@code GET /api/search}; the
	 * same list for the same seed.
	 */
	List<String> queries(int count) {
		Random random = new Random(this.seed + 17);
		Set<String> queries = new LinkedHashSet<>();
		while (queries.size() < count) {
			queries.add(query(random));
		}
		return List.copyOf(queries);
	}

	private String query(Random random) {
		int kind = random.nextInt(100);
		String q;
		if (kind < 30) {
			q = queryNoun(random);
		}
		else if (kind < 52) {
			q = queryNoun(random) + " " + ((random.nextInt(3) == 0) ? verb(random) : queryNoun(random));
		}
		else if (kind < 62) {
			q = adjective(random) + " " + queryNoun(random) + " " + queryNoun(random);
		}
		else if (kind < 72) {
			q = '"' + pick(random, this.phrases) + '"' + ((random.nextBoolean()) ? " " + queryNoun(random) : "");
		}
		else if (kind < 84) {
			q = typo(random, longQueryNoun(random)) + ((random.nextBoolean()) ? " " + queryNoun(random) : "");
		}
		else if (kind < 92) {
			q = random.nextBoolean() ? pick(random, this.lastNames)
					: pick(random, this.firstNames) + " " + pick(random, this.lastNames);
		}
		else {
			q = random.nextBoolean() ? pick(random, this.cities) : pick(random, this.companies);
		}
		StringBuilder path = new StringBuilder("/api/search?q=").append(encode(q));
		int filter = random.nextInt(100);
		if (filter < 12) {
			path.append("&type=").append(pick(random, List.of("article", "article", "event", "person")));
		}
		else if (filter < 20) {
			path.append("&section=").append(encode(pick(random, this.sections)));
		}
		if (random.nextInt(100) < 15) {
			path.append("&sort=newest");
		}
		return path.append("&limit=10").toString();
	}

	/** The text of a query of {@link #queries}, decoded. */
	static String q(String query) {
		int start = query.indexOf("q=") + 2;
		int end = query.indexOf('&', start);
		return URLDecoder.decode(query.substring(start, (end < 0) ? query.length() : end), StandardCharsets.UTF_8);
	}

	/** One typo in a word: a letter changed, two swapped or one left out. */
	static String typo(Random random, String word) {
		char[] letters = word.toCharArray();
		while (true) {
			int at = 1 + random.nextInt(letters.length - 2);
			String typed = switch (random.nextInt(3)) {
				case 0 -> {
					char[] changed = letters.clone();
					changed[at] = "abdefgiklmnoprstuv".charAt(random.nextInt(18));
					yield new String(changed);
				}
				case 1 -> {
					char[] swapped = letters.clone();
					swapped[at] = letters[at + 1];
					swapped[at + 1] = letters[at];
					yield new String(swapped);
				}
				default -> word.substring(0, at) + word.substring(at + 1);
			};
			if (!typed.equals(word)) {
				return typed;
			}
		}
	}

	/** A query's noun in one of its forms of eight letters or more, without a hyphen. */
	private String longQueryNoun(Random random) {
		while (true) {
			String form = pick(random, this.nouns.get(draw(random, this.queryNounWeights)));
			if (form.length() >= 8 && form.indexOf('-') < 0) {
				return form;
			}
		}
	}

	private String sentences(Random random, int words) {
		StringBuilder text = new StringBuilder();
		int left = words;
		while (left > 0) {
			int length = Math.min(left, 8 + random.nextInt(9));
			if (left - length < 4) {
				length = left;
			}
			if (!text.isEmpty()) {
				text.append(' ');
			}
			text.append(capitalise(words(random, length))).append('.');
			left -= length;
		}
		return text.toString();
	}

	private String paragraphs(Random random, int count, int words) {
		StringBuilder html = new StringBuilder();
		for (int p = 0; p < count; p++) {
			int share = (p == count - 1) ? words - (count - 1) * (words / count) : words / count;
			html.append("<p>").append(sentences(random, share)).append("</p>");
		}
		return html.toString();
	}

	/**
	 * {@code count} words: nouns, verbs, adjectives and common words, now and then a
	 * phrase.
	 */
	private String words(Random random, int count) {
		StringBuilder text = new StringBuilder();
		int words = 0;
		while (words < count) {
			if (!text.isEmpty()) {
				text.append(' ');
			}
			int kind = random.nextInt(100);
			if (kind < 6 && count - words >= 2) {
				String phrase = pick(random, this.phrases);
				text.append(phrase);
				words += phrase.split(" ").length;
				continue;
			}
			if (kind < 48) {
				text.append(noun(random));
			}
			else if (kind < 62) {
				text.append(verb(random));
			}
			else if (kind < 74) {
				text.append(adjective(random));
			}
			else {
				text.append(pick(random, this.function));
			}
			words++;
		}
		return text.toString();
	}

	private String noun(Random random) {
		return pick(random, this.nouns.get(draw(random, this.nounWeights)));
	}

	private String queryNoun(Random random) {
		return pick(random, this.nouns.get(draw(random, this.queryNounWeights)));
	}

	private String verb(Random random) {
		return pick(random, this.verbs.get(draw(random, this.verbWeights)));
	}

	private String adjective(Random random) {
		return pick(random, this.adjectives.get(draw(random, this.adjectiveWeights)));
	}

	private String name(Random random) {
		String first = pick(random, this.firstNames);
		String last = pick(random, this.lastNames);
		return (random.nextInt(10) < 3) ? first + " " + pick(random, this.lastNames) + " " + last : first + " " + last;
	}

	private List<String> someTags(Random random) {
		List<String> chosen = new ArrayList<>();
		int count = 1 + random.nextInt(3);
		while (chosen.size() < count) {
			String tag = pick(random, this.tags);
			if (!chosen.contains(tag)) {
				chosen.add(tag);
			}
		}
		return chosen;
	}

	private static <T> T pick(Random random, List<T> values) {
		return values.get(random.nextInt(values.size()));
	}

	/** A rank drawn with the skew of {@link #SKEW}. */
	private static int draw(Random random, double[] cumulative) {
		double at = random.nextDouble() * cumulative[cumulative.length - 1];
		int low = 0;
		int high = cumulative.length - 1;
		while (low < high) {
			int middle = (low + high) >>> 1;
			if (cumulative[middle] < at) {
				low = middle + 1;
			}
			else {
				high = middle;
			}
		}
		return low;
	}

	private static double[] cumulative(int size, double skew) {
		double[] weights = new double[size];
		double sum = 0;
		for (int rank = 0; rank < size; rank++) {
			sum += Math.pow(rank + 1, -skew);
			weights[rank] = sum;
		}
		return weights;
	}

	private static String capitalise(String text) {
		return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
	}

	/** A slug as the services write them: ASCII, lower case, hyphens. */
	static String slug(String text) {
		String ascii = text.toLowerCase(Locale.ROOT).replace("æ", "ae").replace("ø", "oe").replace("å", "aa");
		ascii = Normalizer.normalize(ascii, Normalizer.Form.NFD).replaceAll("[^a-z0-9]+", "-");
		ascii = ascii.replaceAll("^-+|-+$", "");
		return (ascii.length() > 60) ? ascii.substring(0, 60).replaceAll("-+$", "") : ascii;
	}

	private static String encode(String text) {
		return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
	}

	private static <T> List<T> shuffled(List<T> values, Random random) {
		List<T> copy = new ArrayList<>(values);
		Collections.shuffle(copy, random);
		return List.copyOf(copy);
	}

	/**
	 * {@code count} compounds of the nouns: a modifier's base form (letters only, at most
	 * nine) joined to a head noun's forms.
	 */
	private static List<List<String>> compounds(List<List<String>> nouns, int count, Random random) {
		List<String> modifiers = nouns.stream()
			.map((forms) -> forms.get(0))
			.filter((word) -> word.length() <= 9 && word.chars().allMatch(Character::isLetter))
			.toList();
		List<List<String>> heads = nouns.stream()
			.filter((forms) -> forms.stream().allMatch((form) -> form.chars().allMatch(Character::isLetter)))
			.toList();
		Set<String> known = new LinkedHashSet<>();
		nouns.forEach((forms) -> known.add(forms.get(0)));
		List<List<String>> compounds = new ArrayList<>();
		int tries = 0;
		while (compounds.size() < count && tries++ < count * 20) {
			String modifier = pick(random, modifiers);
			List<String> head = pick(random, heads);
			if (head.get(0).startsWith(modifier) || head.get(0).endsWith(modifier)) {
				continue;
			}
			List<String> forms = head.stream().map((form) -> modifier + form).toList();
			if (known.add(forms.get(0))) {
				compounds.add(forms);
			}
		}
		return compounds;
	}

	private static List<List<String>> forms(List<String> lines) {
		return lines.stream().map((line) -> List.of(line.split("\\s+"))).toList();
	}

	private static List<String> flat(List<String> lines) {
		List<String> words = new ArrayList<>();
		lines.forEach((line) -> words.addAll(List.of(line.split("\\s+"))));
		return List.copyOf(words);
	}

	private static List<String> required(Map<String, List<String>> sections, String name) {
		List<String> lines = sections.get(name);
		if (lines == null || lines.isEmpty()) {
			throw new IllegalStateException(VOCABULARY + " has no [" + name + "]");
		}
		return lines;
	}

	/** The vocabulary's sections and their lines, comments and blank lines left out. */
	static Map<String, List<String>> sections(String text) {
		Map<String, List<String>> sections = new LinkedHashMap<>();
		List<String> current = null;
		for (String raw : text.split("\n")) {
			String line = raw.strip();
			if (line.isEmpty() || line.startsWith("#")) {
				continue;
			}
			if (line.startsWith("[") && line.endsWith("]")) {
				current = new ArrayList<>();
				sections.put(line.substring(1, line.length() - 1), current);
			}
			else if (current != null) {
				current.add(line);
			}
			else {
				throw new IllegalStateException(VOCABULARY + ": a line before the first [section]: " + line);
			}
		}
		return sections;
	}

}
