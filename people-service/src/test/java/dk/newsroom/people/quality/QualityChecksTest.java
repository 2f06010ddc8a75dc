package dk.newsroom.people.quality;

import java.time.LocalDate;

import dk.newsroom.people.announcement.NoticeKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class QualityChecksTest {

	private static final LocalDate TODAY = LocalDate.of(2026, 11, 26);

	@Test
	void findsNothingWrongWithAPlausibleNotice() {
		assertThat(QualityChecks.check(facts(), TODAY)).isEmpty();
	}

	@Test
	void warnsAboutACaptionThatMisspellsTheName() {
		QualityFacts facts = new QualityFacts(NoticeKind.NEW_JOB, "Mette Kjær Sørensen", 38, "Nordlys Data", TODAY,
				true, "Mette Kjær Sørnsen", false, false, null);

		assertThat(QualityChecks.check(facts, TODAY)).extracting(QualityWarning::code)
			.containsExactly(WarningCode.CAPTION_MISSPELLS_NAME);
	}

	@Test
	void acceptsACaptionWithoutTheMiddleName() {
		QualityFacts facts = new QualityFacts(NoticeKind.NEW_JOB, "Mette Kjær Sørensen", 38, "Nordlys Data", TODAY,
				true, "Mette Sørensen", false, false, null);

		assertThat(QualityChecks.check(facts, TODAY)).isEmpty();
	}

	@Test
	void warnsAboutAPhotoWithoutCaptionButNotAboutNoPhoto() {
		QualityFacts captionless = new QualityFacts(NoticeKind.NEW_JOB, "Mette Sørensen", 38, "Nordlys Data", TODAY,
				true, " ", false, false, null);
		QualityFacts photoless = new QualityFacts(NoticeKind.NEW_JOB, "Mette Sørensen", 38, "Nordlys Data", TODAY,
				false, null, false, false, null);

		assertThat(QualityChecks.check(captionless, TODAY)).extracting(QualityWarning::code)
			.containsExactly(WarningCode.CAPTION_MISSING);
		assertThat(QualityChecks.check(photoless, TODAY)).isEmpty();
	}

	@ParameterizedTest(name = "effective {0}: {1}")
	@CsvSource({ "2025-11-26,", "2025-11-25,EFFECTIVE_DATE_LONG_AGO", "2027-11-26,",
			"2027-11-27,EFFECTIVE_DATE_FAR_AHEAD", "2026-11-26,", "2015-11-01,EFFECTIVE_DATE_LONG_AGO",
			"2052-01-01,EFFECTIVE_DATE_FAR_AHEAD" })
	void warnsAboutAnEffectiveDateMoreThanAYearAwayEitherWay(LocalDate effective, WarningCode expected) {
		QualityFacts facts = new QualityFacts(NoticeKind.NEW_JOB, "Mette Sørensen", 38, "Nordlys Data", effective,
				false, null, false, false, null);

		if (expected == null) {
			assertThat(QualityChecks.check(facts, TODAY)).isEmpty();
		}
		else {
			assertThat(QualityChecks.check(facts, TODAY)).singleElement().satisfies((warning) -> {
				assertThat(warning.code()).isEqualTo(expected);
				assertThat(warning.field()).isEqualTo("effectiveDate");
				assertThat(warning.message()).contains(effective.toString());
			});
		}
	}

	@ParameterizedTest(name = "age {0} plausible: {1}")
	@CsvSource({ "14,false", "15,true", "38,true", "100,true", "101,false", "0,false", "130,false" })
	void warnsAboutAnImplausibleAge(int age, boolean plausible) {
		QualityFacts facts = new QualityFacts(NoticeKind.NEW_JOB, "Mette Sørensen", age, "Nordlys Data", TODAY, false,
				null, false, false, null);

		assertThat(QualityChecks.check(facts, TODAY)).extracting(QualityWarning::field)
			.isEqualTo(plausible ? java.util.List.of() : java.util.List.of("person.age"));
	}

	@Test
	void acceptsAMissingAge() {
		QualityFacts facts = new QualityFacts(NoticeKind.NEW_JOB, "Mette Sørensen", null, "Nordlys Data", TODAY, false,
				null, false, false, null);

		assertThat(QualityChecks.check(facts, TODAY)).isEmpty();
	}

	@Test
	void warnsThatARetirementDoesNotTellFocusAreasOrPreviousPosition() {
		QualityFacts facts = new QualityFacts(NoticeKind.RETIREMENT, "Birgit Mose", 67, "Region Vest", TODAY, false,
				null, true, true, "Region Vest");

		assertThat(QualityChecks.check(facts, TODAY)).extracting(QualityWarning::code, QualityWarning::field)
			.containsExactly(org.assertj.core.groups.Tuple.tuple(WarningCode.FIELD_NOT_SHOWN, "focusAreas"),
					org.assertj.core.groups.Tuple.tuple(WarningCode.FIELD_NOT_SHOWN, "previousPosition"));
	}

	@Test
	void warnsThatANewJobAtTheSameCompanyLooksLikeAnInternalMove() {
		QualityFacts newJob = new QualityFacts(NoticeKind.NEW_JOB, "Sara Lund", 41, "Kystkraft A/S", TODAY, false, null,
				false, true, " kystkraft  a/s");
		QualityFacts promotion = new QualityFacts(NoticeKind.PROMOTION, "Sara Lund", 41, "Kystkraft A/S", TODAY, false,
				null, false, true, "Kystkraft A/S");

		assertThat(QualityChecks.check(newJob, TODAY)).extracting(QualityWarning::code)
			.containsExactly(WarningCode.KIND_LOOKS_INTERNAL);
		assertThat(QualityChecks.check(promotion, TODAY)).isEmpty();
	}

	private static QualityFacts facts() {
		return new QualityFacts(NoticeKind.NEW_JOB, "Mette Kjær Sørensen", 38, "Nordlys Data", TODAY.plusDays(5), true,
				"Mette Kjær Sørensen", true, true, "Fjordnet A/S");
	}

}
