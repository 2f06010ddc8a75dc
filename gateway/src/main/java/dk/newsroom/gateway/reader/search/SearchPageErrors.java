package dk.newsroom.gateway.reader.search;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import dk.newsroom.gateway.feed.query.InvalidParameter;
import dk.newsroom.gateway.search.query.SearchRequests;
import dk.newsroom.gateway.search.query.SearchText;

import org.springframework.util.MultiValueMap;

/**
 * What the search page's Danish 400 page says about the parameters
 * {@link SearchRequests#parse} rejected. Its own messages are English (for the API); the
 * reader is told in Danish what to do, one sentence per parameter.
 */
final class SearchPageErrors {

	private SearchPageErrors() {
	}

	/**
	 * @param errors the rejected parameters
	 * @param params the request's query parameters
	 * @return one Danish text for them all
	 */
	static String message(List<InvalidParameter> errors, MultiValueMap<String, String> params) {
		Set<String> sentences = new LinkedHashSet<>();
		for (InvalidParameter error : errors) {
			sentences.add(sentence(error.field(), params));
		}
		return String.join(" ", sentences);
	}

	private static String sentence(String field, MultiValueMap<String, String> params) {
		if (!SearchRequests.PARAMETERS.contains(field)) {
			return "Parameteren »" + field + "« hører ikke til søgningen.";
		}
		List<String> values = present(params, field);
		if (values.size() > 1 && !field.equals(SearchRequests.TYPE)) {
			return "Parameteren »" + field + "« må kun angives én gang.";
		}
		String value = values.isEmpty() ? "" : values.get(0);
		return switch (field) {
			case SearchRequests.Q -> (value.strip().length() > SearchText.MAX_LENGTH)
					? "Søgningen er for lang: skriv højst " + SearchText.MAX_LENGTH + " tegn."
					: "Søgningen har et anførselstegn, der ikke er lukket. Sæt anførselstegn om begge ender af en "
							+ "frase, \"sådan her\", eller fjern det.";
			case SearchRequests.CURSOR -> "Adressen peger ikke på en side i denne søgning. Brug linket "
					+ "»Flere resultater« på siden, eller søg igen.";
			case SearchRequests.TYPE -> "Typen kan kun være article, event, person eller podcast.";
			case SearchRequests.SORT ->
				"Sorteringen kan kun være relevance (bedste match) eller newest (nyeste først).";
			case SearchRequests.FROM, SearchRequests.TO ->
				"Datoen i »" + field + "« skal skrives som 2027-02-04, og »from« må ikke ligge efter »to«.";
			case SearchRequests.LIMIT ->
				"Antallet af resultater pr. side skal være et helt tal fra 1 til " + SearchRequests.MAX_LIMIT + ".";
			default -> "Værdien af »" + field + "« er for lang.";
		};
	}

	private static List<String> present(MultiValueMap<String, String> params, String name) {
		List<String> values = params.get(name);
		return (values != null) ? values.stream().filter((value) -> value != null && !value.isBlank()).toList()
				: List.of();
	}

}
