package dk.newsroom.people.announcement;

import java.time.LocalDate;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class DanishDatesTest {

	@ParameterizedTest
	@CsvSource({ "2025-11-01,1. november 2025", "2026-01-15,15. januar 2026", "2026-02-28,28. februar 2026",
			"2026-03-09,9. marts 2026", "2026-04-30,30. april 2026", "2026-05-01,1. maj 2026",
			"2026-06-21,21. juni 2026", "2026-07-04,4. juli 2026", "2026-08-31,31. august 2026",
			"2026-09-10,10. september 2026", "2025-10-01,1. oktober 2025", "2025-12-31,31. december 2025",
			"2028-02-29,29. februar 2028" })
	void writesDatesTheDanishWay(LocalDate date, String danish) {
		assertThat(DanishDates.format(date)).isEqualTo(danish);
	}

}
