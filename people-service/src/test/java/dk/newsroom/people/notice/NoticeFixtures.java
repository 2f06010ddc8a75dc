package dk.newsroom.people.notice;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Request bodies for the tests: a valid Danish notice that a test then spoils or tags.
 * The maps are mutable all the way down.
 */
final class NoticeFixtures {

	/** Two weeks ahead: a plausible effective date whenever the tests run. */
	static final LocalDate EFFECTIVE = LocalDate.now(ZoneId.of("Europe/Copenhagen")).plusDays(14);

	private NoticeFixtures() {
	}

	static Map<String, Object> validNotice(String tag) {
		Map<String, Object> photo = new LinkedHashMap<>();
		photo.put("url", "https://billeder.newsroom.dk/navnenyt/mette-kjaer-soerensen.jpg");
		photo.put("caption", "Mette Kjær Sørensen");
		photo.put("credit", "Foto: Nordlys Data");
		Map<String, Object> person = new LinkedHashMap<>();
		person.put("name", "Mette Kjær Sørensen");
		person.put("age", 38);
		person.put("pronoun", "hun");
		person.put("photo", photo);
		Map<String, Object> previous = new LinkedHashMap<>();
		previous.put("title", "sikkerhedsarkitekt");
		previous.put("company", "Fjordnet A/S");
		Map<String, Object> notice = new LinkedHashMap<>();
		notice.put("kind", "NEW_JOB");
		notice.put("person", person);
		notice.put("company", "Nordlys Data");
		notice.put("title", "seniorrådgiver");
		notice.put("effectiveDate", EFFECTIVE.toString());
		notice.put("focusAreas", new ArrayList<>(List.of("cloudsikkerhed", "compliance")));
		notice.put("previousPosition", previous);
		notice.put("education", "cand.scient. i datalogi fra Aarhus Universitet");
		notice.put("earlierExperience", "netværk, drift og rådgivning");
		notice.put("tags", new ArrayList<>(List.of(tag, "cloud")));
		return notice;
	}

	/** Another person at another company, of the given kind. */
	static Map<String, Object> otherNotice(String tag, String kind, String company) {
		Map<String, Object> notice = validNotice(tag);
		notice.put("kind", kind);
		notice.put("company", company);
		notice.put("title", "udviklingschef");
		notice.remove("previousPosition");
		person(notice).put("name", "Jonas Brink");
		person(notice).put("pronoun", "han");
		photo(notice).put("caption", "Jonas Brink");
		return notice;
	}

	@SuppressWarnings("unchecked")
	static Map<String, Object> person(Map<String, Object> notice) {
		return (Map<String, Object>) notice.get("person");
	}

	@SuppressWarnings("unchecked")
	static Map<String, Object> photo(Map<String, Object> notice) {
		return (Map<String, Object>) person(notice).get("photo");
	}

	static String uniqueTag() {
		return "test-" + UUID.randomUUID().toString().substring(0, 8);
	}

}
