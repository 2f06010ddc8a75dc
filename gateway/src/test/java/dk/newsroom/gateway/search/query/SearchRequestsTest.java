package dk.newsroom.gateway.search.query;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;

import dk.newsroom.gateway.feed.ContentType;
import dk.newsroom.gateway.feed.query.InvalidFeedRequestException;
import dk.newsroom.gateway.feed.query.InvalidParameter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** What {@code /api/search} accepts, and the parameter each refusal names. */
class SearchRequestsTest {

	@Test
	void readsTheTextFiltersOrderAndPage() {
		SearchRequest request = SearchRequests.parse(params("q", "  cybersikkerhed \"kunstig intelligens\" kommuner ",
				"type", "article", "type", "event", "section", "Sikkerhed", "tag", "ai", "track", "Cloud", "city",
				"Aarhus C", "from", "2027-02-01", "to", "2027-02-28T12:00:00+01:00", "sort", "newest", "limit", "25"));

		assertThat(request.q()).isEqualTo("cybersikkerhed \"kunstig intelligens\" kommuner");
		assertThat(request.text().words()).containsExactly("cybersikkerhed", "kommuner");
		assertThat(request.text().phrases()).containsExactly("kunstig intelligens");
		assertThat(request.types()).containsExactlyInAnyOrder(ContentType.ARTICLE, ContentType.EVENT);
		assertThat(request.section()).isEqualTo("Sikkerhed");
		assertThat(request.from()).isEqualTo(Instant.parse("2027-01-31T23:00:00Z"));
		assertThat(request.to()).isEqualTo(Instant.parse("2027-02-28T11:00:00Z"));
		assertThat(request.sort()).isEqualTo(SearchSort.NEWEST);
		assertThat(request.limit()).isEqualTo(25);
		assertThat(SearchRequests.parse(params("q", "x", "to", "2027-02-28")).to())
			.isEqualTo(Instant.parse("2027-02-28T22:59:59.999Z"));
	}

	@Test
	void typographicQuotesMakeAPhraseAndNothingElseIsSyntax() {
		SearchText text = SearchText.parse("„kunstig intelligens“ title:(x OR y)* -z");
		assertThat(text.phrases()).containsExactly("kunstig intelligens");
		assertThat(text.words()).containsExactly("title:(x", "OR", "y)*", "-z");
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', textBlock = """
			q=                                    | q     | is required
			q=%20%20                              | q     | is required
			q=%22kunstig%20intelligens            | q     | quote that is not closed
			q=a&q=b                               | q     | only once
			q=x&limit=0                           | limit | from 1 to 50
			q=x&limit=51                          | limit | from 1 to 50
			q=x&limit=ti                          | limit | from 1 to 50
			q=x&sort=popular                      | sort  | relevance or newest
			q=x&type=video                        | type  | must be one of
			q=x&from=i%20går                      | from  | must be a date
			q=x&from=2027-02-02&to=2027-02-01     | to    | not be before
			q=x&cursor=abc                        | cursor | not a cursor of this search
			q=x&page=2                            | page  | not a parameter of the search
			q=x&section=                          |       |
			""")
	void refusesWhatItCannotRead(String query, String field, String message) {
		MultiValueMap<String, String> params = new LinkedMultiValueMap<>();
		for (String pair : query.split("&")) {
			String[] parts = pair.split("=", 2);
			params.add(parts[0], URLDecoder.decode(parts[1], StandardCharsets.UTF_8));
		}
		if (field == null) {
			assertThat(SearchRequests.parse(params).q()).isEqualTo("x");
			return;
		}
		InvalidFeedRequestException refused = catchThrowableOfType(InvalidFeedRequestException.class,
				() -> SearchRequests.parse(params));
		assertThat(refused).as(query).isNotNull();
		assertThat(refused.errors()).extracting(InvalidParameter::field).containsExactly(field);
		assertThat(refused.errors().get(0).message()).contains(message);
	}

	@Test
	void aTooLongQueryIsRefused() {
		InvalidFeedRequestException refused = catchThrowableOfType(InvalidFeedRequestException.class,
				() -> SearchRequests.parse(params("q", "a".repeat(SearchText.MAX_LENGTH + 1))));
		assertThat(refused.errors())
			.containsExactly(new InvalidParameter("q", "must be at most 200 characters but has 201"));
		assertThat(SearchRequests.parse(params("q", "a".repeat(SearchText.MAX_LENGTH))).q()).hasSize(200);
	}

	@Test
	void aCursorIsOnlyAcceptedByTheSearchItCameFrom() {
		SearchRequest first = SearchRequests.parse(params("q", "kommune", "type", "article"));
		String cursor = new SearchCursor(first.fingerprint(), 1L, 2.5f, 3L, "article:a1").encode();

		SearchRequest next = SearchRequests.parse(params("q", "kommune", "type", "article", "cursor", cursor));
		assertThat(next.cursor()).isEqualTo(new SearchCursor(first.fingerprint(), 1L, 2.5f, 3L, "article:a1"));

		for (List<String> other : List.of(List.of("q", "kommuner", "type", "article"), List.of("q", "kommune"),
				List.of("q", "kommune", "type", "article", "sort", "newest"))) {
			String[] pairs = new String[other.size() + 2];
			other.toArray(pairs);
			pairs[other.size()] = "cursor";
			pairs[other.size() + 1] = cursor;
			InvalidFeedRequestException refused = catchThrowableOfType(InvalidFeedRequestException.class,
					() -> SearchRequests.parse(params(pairs)));
			assertThat(refused.errors()).extracting(InvalidParameter::field).containsExactly("cursor");
		}
	}

	@Test
	void everyInvalidParameterIsNamedAtOnce() {
		InvalidFeedRequestException refused = catchThrowableOfType(InvalidFeedRequestException.class,
				() -> SearchRequests.parse(params("limit", "0", "sort", "x", "foo", "bar")));
		assertThat(refused.errors()).extracting(InvalidParameter::field)
			.containsExactlyInAnyOrder("foo", "q", "sort", "limit");
	}

	static MultiValueMap<String, String> params(String... pairs) {
		MultiValueMap<String, String> params = new LinkedMultiValueMap<>();
		for (int i = 0; i < pairs.length; i += 2) {
			params.add(pairs[i], pairs[i + 1]);
		}
		return params;
	}

}
