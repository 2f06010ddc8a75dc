package dk.newsroom.events.event;

import java.time.Instant;

import dk.newsroom.platform.web.Cursors;
import dk.newsroom.platform.content.FieldProblem;
import dk.newsroom.platform.content.InvalidInputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class EventListParametersTest {

	@ParameterizedTest(name = "from={0}")
	@CsvSource({ "2027-03-12, 2027-03-11T23:00:00Z", "2027-07-01, 2027-06-30T22:00:00Z",
			"2027-03-12T09:00:00, 2027-03-12T08:00:00Z", "2027-03-12T09:00:00+01:00, 2027-03-12T08:00:00Z",
			"2027-03-12T09:00:00 01:00, 2027-03-12T08:00:00Z", "2027-03-12T09:00:00Z, 2027-03-12T09:00:00Z",
			"2027-03-12T09:00:00-05:00, 2027-03-12T14:00:00Z" })
	void readsFromAsCopenhagenTime(String from, String expected) {
		assertThat(parameters(null, from, null).toQuery(true).from()).isEqualTo(Instant.parse(expected));
	}

	@Test
	void readsADateAsUpperBoundUpToTheEndOfThatDay() {
		assertThat(parameters(null, null, "2027-10-31").toQuery(true).to())
			.isEqualTo(Instant.parse("2027-10-31T23:00:00Z"));
		assertThat(parameters(null, null, "2027-10-31T12:00:00Z").toQuery(true).to())
			.isEqualTo(Instant.parse("2027-10-31T12:00:00Z"));
	}

	@Test
	void defaultsToUpcomingAndMatchesNamesAsSlugs() {
		EventQuery query = new EventListParameters(null, null, " Digital Transformation ", "København Ø", "ai", null,
				null, null, null)
			.toQuery(true);

		assertThat(query.timeline()).isEqualTo(Timeline.UPCOMING);
		assertThat(query.trackKey()).isEqualTo("digital-transformation");
		assertThat(query.cityKey()).isEqualTo("koebenhavn-oe");
		assertThat(query.tag()).isEqualTo("ai");
		assertThat(query.limit()).isEqualTo(20);
		assertThat(query.publicOnly()).isTrue();
	}

	@Test
	void readsBackTheCursorsItsPagesGive() {
		EventCursor cursor = new EventCursor(Instant.parse("2027-03-12T08:00:00Z"), "6745a1f0c2a4b81e2f3d9a10");
		String encoded = Cursors.encode(cursor.key(Timeline.PAST));

		assertThat(parameters("past", null, null, encoded).toQuery(true).after()).isEqualTo(cursor);
		assertProblem(() -> parameters("upcoming", null, null, encoded).toQuery(true), "cursor");
		assertProblem(
				() -> parameters("past", null, null, Cursors.encode("p|x|6745a1f0c2a4b81e2f3d9a10")).toQuery(true),
				"cursor");
		assertProblem(() -> parameters("past", null, null, Cursors.encode("p|1|../../etc")).toQuery(true), "cursor");
	}

	@Test
	void namesEachBadParameter() {
		assertProblem(() -> parameters("tomorrow", null, null).toQuery(true), "when");
		assertProblem(() -> parameters(null, "12/03/2027", null).toQuery(true), "from");
		assertProblem(() -> parameters(null, null, "2027-13-01").toQuery(true), "to");
		assertProblem(() -> parameters(null, "2027-03-12", "2027-03-11").toQuery(true), "to");
		assertProblem(
				() -> new EventListParameters(null, "DRAFT", null, null, null, null, null, null, null).toQuery(true),
				"status");
		assertThat(new EventListParameters(null, "DRAFT", null, null, null, null, null, null, null).toQuery(false)
			.status()).hasToString("DRAFT");
	}

	private static EventListParameters parameters(String when, String from, String to) {
		return parameters(when, from, to, null);
	}

	private static EventListParameters parameters(String when, String from, String to, String cursor) {
		return new EventListParameters(when, null, null, null, null, from, to, null, cursor);
	}

	private static void assertProblem(Runnable call, String field) {
		assertThatThrownBy(call::run).isInstanceOfSatisfying(InvalidInputException.class,
				(ex) -> assertThat(ex.problems()).extracting(FieldProblem::field).containsExactly(field));
	}

}
