package dk.newsroom.people.announcement;

import java.time.LocalDate;
import java.util.List;

/**
 * What the announcement is made from. Optional facts are null (or an empty list), and the
 * sentence that would tell them is left out.
 *
 * @param pronoun the person's pronoun as it stands mid-sentence, e.g. "hun", "han", "hen"
 * @param title the new title; for {@link NoticeKind#RETIREMENT} the title the person
 * leaves
 * @param age optional
 * @param focusAreas what the person will work on; may be empty
 * @param previousTitle optional
 * @param previousCompany optional
 * @param education optional, e.g. "cand.merc.it fra CBS"
 * @param earlierExperience optional, e.g. "drift, salg og rådgivning"
 */
public record AnnouncementFacts(NoticeKind kind, String name, Integer age, String pronoun, String company, String title,
		LocalDate effectiveDate, List<String> focusAreas, String previousTitle, String previousCompany,
		String education, String earlierExperience) {

	public AnnouncementFacts {
		focusAreas = (focusAreas != null) ? List.copyOf(focusAreas) : List.of();
	}

}
