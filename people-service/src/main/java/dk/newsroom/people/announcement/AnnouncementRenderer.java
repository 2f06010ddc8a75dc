package dk.newsroom.people.announcement;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Renders a notice in the site's house style, one sentence per fact:
 * <ol>
 * <li>the opening, which depends on the {@link NoticeKind} ("Nordlys Data har pr. 1.
 * november 2025 ansat …, 38 år, som …");</li>
 * <li>"Hun skal især beskæftige sig med …" (focus areas);</li>
 * <li>"Hun kommer fra en stilling som … hos …" (previous position);</li>
 * <li>"Hun er uddannet …" (education);</li>
 * <li>"Hun har tidligere beskæftiget sig med …" (earlier experience).</li>
 * </ol>
 * A sentence whose facts are missing is left out; a retirement tells neither focus areas
 * nor previous position.
 */
public final class AnnouncementRenderer {

	private AnnouncementRenderer() {
	}

	public static Announcement render(AnnouncementFacts facts) {
		String pronoun = DanishText.capitalize(DanishText.lowerCase(required(facts.pronoun(), "pronoun")));
		List<String> sentences = new ArrayList<>();
		sentences.add(opening(facts));
		if (facts.kind().isNewWork()) {
			List<String> focus = facts.focusAreas()
				.stream()
				.map((area) -> DanishText.withoutLeadingWord(DanishText.phrase(area), "med"))
				.filter(Objects::nonNull)
				.toList();
			if (!focus.isEmpty()) {
				sentences.add(pronoun + " skal især beskæftige sig med " + DanishText.enumerate(focus));
			}
			String previous = previousPosition(facts);
			if (previous != null) {
				sentences.add(pronoun + " kommer fra " + previous);
			}
		}
		String education = DanishText.withoutLeadingWord(DanishText.phrase(facts.education()), "uddannet");
		if (education != null) {
			sentences.add(pronoun + " er uddannet " + education);
		}
		String experience = DanishText.withoutLeadingWord(DanishText.phrase(facts.earlierExperience()), "med");
		if (experience != null) {
			sentences.add(pronoun + " har tidligere beskæftiget sig med " + experience);
		}
		return new Announcement(String.join(" ", sentences.stream().map(DanishText::sentence).toList()),
				facts.kind().label());
	}

	private static String opening(AnnouncementFacts facts) {
		String company = required(facts.company(), "company");
		String title = DanishText.withoutLeadingWord(required(facts.title(), "title"), "som");
		String date = DanishDates.format(Objects.requireNonNull(facts.effectiveDate(), "effectiveDate"));
		String person = required(facts.name(), "name");
		if (facts.age() != null) {
			person = person + ", " + facts.age() + " år,";
		}
		return switch (facts.kind()) {
			case NEW_JOB -> company + " har pr. " + date + " ansat " + person + " som " + title;
			case PROMOTION -> company + " har pr. " + date + " udnævnt " + person + " til "
					+ DanishText.withoutLeadingWord(title, "til");
			case NEW_ROLE -> company + " har pr. " + date + " givet " + person + " en ny rolle som " + title;
			case BOARD_SEAT -> person + " indtræder pr. " + date + " i bestyrelsen for " + company + " som " + title;
			case RETIREMENT ->
				person + " går pr. " + date + " på pension fra stillingen som " + title + " hos " + company;
		};
	}

	/** "en stilling som X hos Y", "en stilling som X", or just "Y". */
	private static String previousPosition(AnnouncementFacts facts) {
		String title = DanishText.withoutLeadingWord(DanishText.phrase(facts.previousTitle()), "som");
		String company = DanishText.withoutLeadingWord(DanishText.phrase(facts.previousCompany()), "hos");
		if (title == null) {
			return company;
		}
		return "en stilling som " + title + ((company != null) ? " hos " + company : "");
	}

	private static String required(String value, String name) {
		String cleaned = DanishText.phrase(value);
		if (cleaned == null) {
			throw new IllegalArgumentException(name + " is required for an announcement");
		}
		return cleaned;
	}

}
