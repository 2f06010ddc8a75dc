package dk.newsroom.people.announcement;

import java.time.LocalDate;
import java.util.List;

/**
 * Dates the way Danish copy writes them: "1. november 2025" (day with a period, month in
 * lower case, no leading zero).
 */
public final class DanishDates {

	private static final List<String> MONTHS = List.of("januar", "februar", "marts", "april", "maj", "juni", "juli",
			"august", "september", "oktober", "november", "december");

	private DanishDates() {
	}

	public static String format(LocalDate date) {
		return date.getDayOfMonth() + ". " + MONTHS.get(date.getMonthValue() - 1) + " " + date.getYear();
	}

}
