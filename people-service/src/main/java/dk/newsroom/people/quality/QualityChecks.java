package dk.newsroom.people.quality;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import dk.newsroom.people.announcement.NoticeKind;

/**
 * The checks an editor would otherwise have to remember. Each finds something that is
 * probably, not certainly, wrong, so it warns instead of rejecting.
 */
public final class QualityChecks {

	/** Youngest plausible age in a job-change notice (a trainee). */
	public static final int MIN_AGE = 15;

	/** Oldest plausible age (board members can be old, not this old). */
	public static final int MAX_AGE = 100;

	private QualityChecks() {
	}

	/**
	 * @param today the date the notice is written, in Copenhagen
	 */
	public static List<QualityWarning> check(QualityFacts facts, LocalDate today) {
		List<QualityWarning> warnings = new ArrayList<>();
		if (facts.hasPhoto()) {
			if (facts.photoCaption() == null || facts.photoCaption().isBlank()) {
				warnings.add(new QualityWarning(WarningCode.CAPTION_MISSING, "person.photo.caption",
						"The photo has no caption; the site's captions name the person"));
			}
			else {
				warnings.addAll(CaptionCheck.check(facts.name(), facts.photoCaption()));
			}
		}
		checkEffectiveDate(facts.effectiveDate(), today, warnings);
		if (facts.age() != null && (facts.age() < MIN_AGE || facts.age() > MAX_AGE)) {
			warnings.add(new QualityWarning(WarningCode.AGE_IMPLAUSIBLE, "person.age",
					"An age of " + facts.age() + " is outside " + MIN_AGE + "–" + MAX_AGE + "; is it a typing error?"));
		}
		checkKind(facts, warnings);
		return List.copyOf(warnings);
	}

	private static void checkEffectiveDate(LocalDate date, LocalDate today, List<QualityWarning> warnings) {
		if (date.isBefore(today.minusYears(1))) {
			warnings.add(new QualityWarning(WarningCode.EFFECTIVE_DATE_LONG_AGO, "effectiveDate",
					"The effective date " + date + " is more than a year ago; is the year right?"));
		}
		else if (date.isAfter(today.plusYears(1))) {
			warnings.add(new QualityWarning(WarningCode.EFFECTIVE_DATE_FAR_AHEAD, "effectiveDate",
					"The effective date " + date + " is more than a year ahead; is the year right?"));
		}
	}

	private static void checkKind(QualityFacts facts, List<QualityWarning> warnings) {
		if (!facts.kind().isNewWork()) {
			if (facts.hasFocusAreas()) {
				warnings.add(notShown("focusAreas", facts.kind()));
			}
			if (facts.hasPreviousPosition()) {
				warnings.add(notShown("previousPosition", facts.kind()));
			}
		}
		if (facts.kind() == NoticeKind.NEW_JOB && facts.previousCompany() != null
				&& key(facts.previousCompany()).equals(key(facts.company()))) {
			warnings.add(new QualityWarning(WarningCode.KIND_LOOKS_INTERNAL, "kind",
					"The previous position is at the same company; a move inside a company is usually "
							+ NoticeKind.PROMOTION + " or " + NoticeKind.NEW_ROLE));
		}
	}

	private static QualityWarning notShown(String field, NoticeKind kind) {
		return new QualityWarning(WarningCode.FIELD_NOT_SHOWN, field,
				"The announcement of a " + kind + " notice does not tell " + field);
	}

	private static String key(String company) {
		return company.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
	}

}
