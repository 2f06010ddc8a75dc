package dk.newsroom.people.announcement;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.junit.jupiter.params.provider.Arguments.arguments;

/**
 * The house style, row by row: each kind, each pronoun, every optional sentence present
 * and absent, and input as messy as submitters type it. Then properties every output must
 * have, over the table and over every combination of optional facts.
 */
class AnnouncementRendererTest {

	private static final LocalDate NOVEMBER_FIRST = LocalDate.of(2025, 11, 1);

	static Stream<Arguments> table() {
		return Stream.of(arguments("new job, every fact, hun",
				facts(NoticeKind.NEW_JOB, "Mette Kjær Sørensen", 38, "hun", "Nordlys Data", "seniorrådgiver",
						NOVEMBER_FIRST, List.of("cloudsikkerhed", "compliance"), "sikkerhedsarkitekt", "Fjordnet A/S",
						"cand.scient. i datalogi fra Aarhus Universitet", "netværk, drift og rådgivning"),
				"Nordlys Data har pr. 1. november 2025 ansat Mette Kjær Sørensen, 38 år, som seniorrådgiver. "
						+ "Hun skal især beskæftige sig med cloudsikkerhed og compliance. "
						+ "Hun kommer fra en stilling som sikkerhedsarkitekt hos Fjordnet A/S. "
						+ "Hun er uddannet cand.scient. i datalogi fra Aarhus Universitet. "
						+ "Hun har tidligere beskæftiget sig med netværk, drift og rådgivning.",
				"Nyt job"),
				arguments("new job, only the required facts, han",
						facts(NoticeKind.NEW_JOB, "Jonas Brink", null, "han", "Fjordnet A/S", "it-konsulent",
								LocalDate.of(2025, 10, 1), List.of(), null, null, null, null),
						"Fjordnet A/S har pr. 1. oktober 2025 ansat Jonas Brink som it-konsulent.", "Nyt job"),
				arguments("promotion, hen, three focus areas",
						facts(NoticeKind.PROMOTION, "Alex Holm", 44, "hen", "Datavejen ApS", "udviklingschef",
								LocalDate.of(2026, 1, 15), List.of("platform", "data", "arkitektur"), null, null, null,
								null),
						"Datavejen ApS har pr. 15. januar 2026 udnævnt Alex Holm, 44 år, til udviklingschef. "
								+ "Hen skal især beskæftige sig med platform, data og arkitektur.",
						"Forfremmelse"),
				arguments("new role, previous title without company",
						facts(NoticeKind.NEW_ROLE, "Sara Lund", 41, "hun", "Kystkraft A/S", "produktchef",
								LocalDate.of(2026, 3, 1), List.of(), "teamleder", null, null, null),
						"Kystkraft A/S har pr. 1. marts 2026 givet Sara Lund, 41 år, en ny rolle som produktchef. "
								+ "Hun kommer fra en stilling som teamleder.",
						"Ny rolle"),
				arguments("board seat, previous company without title",
						facts(NoticeKind.BOARD_SEAT, "Peter Ravn", 61, "han", "Kystkraft A/S", "bestyrelsesmedlem",
								LocalDate.of(2026, 5, 1), List.of(), null, "Nordlys Data", null,
								"energi og infrastruktur"),
						"Peter Ravn, 61 år, indtræder pr. 1. maj 2026 i bestyrelsen for Kystkraft A/S som "
								+ "bestyrelsesmedlem. Han kommer fra Nordlys Data. "
								+ "Han har tidligere beskæftiget sig med energi og infrastruktur.",
						"Bestyrelsespost"),
				arguments("board seat without age",
						facts(NoticeKind.BOARD_SEAT, "Peter Ravn", null, "han", "Kystkraft A/S", "formand",
								LocalDate.of(2026, 5, 1), List.of(), null, null, null, null),
						"Peter Ravn indtræder pr. 1. maj 2026 i bestyrelsen for Kystkraft A/S som formand.",
						"Bestyrelsespost"),
				arguments("retirement leaves out focus areas and previous position",
						facts(NoticeKind.RETIREMENT, "Birgit Mose", 67, "hun", "Region Vest", "it-direktør",
								LocalDate.of(2025, 12, 31), List.of("golf"), "it-chef", "Region Vest", "civilingeniør",
								"offentlig digitalisering"),
						"Birgit Mose, 67 år, går pr. 31. december 2025 på pension fra stillingen som it-direktør "
								+ "hos Region Vest. Hun er uddannet civilingeniør. "
								+ "Hun har tidligere beskæftiget sig med offentlig digitalisering.",
						"Pension"),
				arguments("the person's chosen pronoun",
						facts(NoticeKind.NEW_JOB, "Kim Dahl", 29, "de", "Nordlys Data", "udvikler",
								LocalDate.of(2026, 2, 1), List.of("mobilapps"), null, null, "datamatiker", null),
						"Nordlys Data har pr. 1. februar 2026 ansat Kim Dahl, 29 år, som udvikler. "
								+ "De skal især beskæftige sig med mobilapps. De er uddannet datamatiker.",
						"Nyt job"),
				arguments("pronoun typed in capitals",
						facts(NoticeKind.NEW_JOB, "Kim Dahl", null, "HUN", "Nordlys Data", "udvikler",
								LocalDate.of(2026, 2, 1), List.of(), null, null, "datamatiker", null),
						"Nordlys Data har pr. 1. februar 2026 ansat Kim Dahl som udvikler. Hun er uddannet datamatiker.",
						"Nyt job"),
				arguments("messy input: doubled spaces, words the sentence already has, stray punctuation",
						facts(NoticeKind.NEW_JOB, "  Mette   Kjær Sørensen ", 38, "hun", "Nordlys  Data",
								"som seniorrådgiver ,", NOVEMBER_FIRST, List.of("med med support ", " ", "drift."),
								"som  supporter", "hos Fjordnet A/S.", "uddannet cand.jur.", "med salg .."),
						"Nordlys Data har pr. 1. november 2025 ansat Mette Kjær Sørensen, 38 år, som seniorrådgiver. "
								+ "Hun skal især beskæftige sig med support og drift. "
								+ "Hun kommer fra en stilling som supporter hos Fjordnet A/S. "
								+ "Hun er uddannet cand.jur. Hun har tidligere beskæftiget sig med salg.",
						"Nyt job"),
				arguments("a title that ends the sentence with an abbreviation",
						facts(NoticeKind.PROMOTION, "Lars Bæk", 52, "han", "Datavejen ApS", "adm. dir.",
								LocalDate.of(2026, 6, 9), List.of(), null, null, null, null),
						"Datavejen ApS har pr. 9. juni 2026 udnævnt Lars Bæk, 52 år, til adm. dir.", "Forfremmelse"));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("table")
	void rendersTheHouseStyle(String row, AnnouncementFacts facts, String text, String label) {
		Announcement announcement = AnnouncementRenderer.render(facts);

		assertThat(announcement.text()).isEqualTo(text);
		assertThat(announcement.label()).isEqualTo(label);
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("table")
	void everyTableRowReadsCleanly(String row, AnnouncementFacts facts, String text, String label) {
		assertReadsCleanly(facts, AnnouncementRenderer.render(facts).text());
	}

	/**
	 * Every kind × pronoun × age present or not × each of the five optional facts present
	 * or not: the text has one sentence per fact the kind tells, and reads cleanly.
	 */
	@ParameterizedTest(name = "{0}")
	@MethodSource("combinations")
	void everyCombinationOfOptionalFactsReadsCleanly(String row, AnnouncementFacts facts, int expectedSentences) {
		String text = AnnouncementRenderer.render(facts).text();

		assertReadsCleanly(facts, text);
		assertThat(sentences(text)).as(text).hasSize(expectedSentences);
		assertThat(text.contains(" år,")).isEqualTo(facts.age() != null);
	}

	static Stream<Arguments> combinations() {
		List<Arguments> rows = new ArrayList<>();
		for (NoticeKind kind : NoticeKind.values()) {
			for (String pronoun : List.of("han", "hun", "hen")) {
				for (int present = 0; present < 64; present++) {
					boolean age = (present & 1) != 0;
					boolean focus = (present & 2) != 0;
					boolean previousTitle = (present & 4) != 0;
					boolean previousCompany = (present & 8) != 0;
					boolean education = (present & 16) != 0;
					boolean experience = (present & 32) != 0;
					AnnouncementFacts facts = facts(kind, "Mette Kjær Sørensen", age ? 38 : null, pronoun,
							"Nordlys Data", "seniorrådgiver", NOVEMBER_FIRST,
							focus ? List.of("cloud", "sikkerhed") : List.of(), previousTitle ? "arkitekt" : null,
							previousCompany ? "Fjordnet A/S" : null, education ? "cand.it" : null,
							experience ? "drift og salg" : null);
					int expected = 1 + ((kind.isNewWork() && focus) ? 1 : 0)
							+ ((kind.isNewWork() && (previousTitle || previousCompany)) ? 1 : 0) + (education ? 1 : 0)
							+ (experience ? 1 : 0);
					rows.add(arguments(kind + " " + pronoun + " " + Integer.toBinaryString(present), facts, expected));
				}
			}
		}
		return rows.stream();
	}

	@Test
	void refusesToRenderWithoutTheFactsOfTheOpeningSentence() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> AnnouncementRenderer.render(facts(NoticeKind.NEW_JOB, " ", 38, "hun", "Nordlys Data",
					"udvikler", NOVEMBER_FIRST, List.of(), null, null, null, null)))
			.withMessageContaining("name");
	}

	private static final Pattern DOUBLED_WORD = Pattern.compile("(?iu)\\b(\\p{L}+) \\1\\b");

	private static final List<String> PRONOUNS = List.of("han", "hun", "hen", "de");

	private static void assertReadsCleanly(AnnouncementFacts facts, String text) {
		assertThat(text).as("no doubled or stray spacing and punctuation")
			.doesNotContain("  ", "..", " .", " ,", ",,", ",.", ".,")
			.doesNotStartWith(" ")
			.endsWith(".");
		assertThat(DOUBLED_WORD.matcher(text).find()).as("no doubled word in: %s", text).isFalse();
		String pronoun = facts.pronoun().strip().toLowerCase();
		List<String> sentences = sentences(text);
		assertThat(sentences.subList(1, sentences.size())).as("every later sentence starts with the pronoun")
			.allSatisfy((sentence) -> assertThat(sentence).startsWith(capitalized(pronoun) + " "));
		List<String> words = Arrays.stream(text.split("[^\\p{L}]+")).map(String::toLowerCase).toList();
		assertThat(words).as("no other pronoun than the person's")
			.doesNotContainAnyElementsOf(PRONOUNS.stream().filter((other) -> !other.equals(pronoun)).toList());
	}

	/**
	 * Sentences start after ". " followed by a capital letter (so "cand.scient. i" does
	 * not split).
	 */
	private static List<String> sentences(String text) {
		return List.of(text.split("(?<=[.!?]) (?=\\p{Lu})"));
	}

	private static String capitalized(String word) {
		return Character.toUpperCase(word.charAt(0)) + word.substring(1);
	}

	static AnnouncementFacts facts(NoticeKind kind, String name, Integer age, String pronoun, String company,
			String title, LocalDate date, List<String> focus, String previousTitle, String previousCompany,
			String education, String experience) {
		return new AnnouncementFacts(kind, name, age, pronoun, company, title, date, focus, previousTitle,
				previousCompany, education, experience);
	}

}
