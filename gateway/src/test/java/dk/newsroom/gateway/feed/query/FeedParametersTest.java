package dk.newsroom.gateway.feed.query;

import java.util.Set;

import dk.newsroom.gateway.feed.ContentType;
import dk.newsroom.gateway.feed.FeedQuery;
import org.junit.jupiter.api.Test;

import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class FeedParametersTest {

	@Test
	void theStreamsPositionIsNoFilterAndIsReadAsGiven() {
		MultiValueMap<String, String> params = params("type", "article", "lastEventId", " k3j2x9aq-42 ");

		FeedQuery query = FeedParameters.parseStream(params);

		assertThat(query.types()).isEqualTo(Set.of(ContentType.ARTICLE));
		assertThat(query.tag()).isNull();
		assertThat(FeedParameters.lastEventId(params)).isEqualTo("k3j2x9aq-42");
	}

	@Test
	void anyValueIsAPositionForTheStreamToJudgeAndABlankOneIsNone() {
		assertThat(FeedParameters.lastEventId(params("lastEventId", "not-an-id"))).isEqualTo("not-an-id");
		assertThat(FeedParameters.lastEventId(params("lastEventId", " "))).isNull();
		assertThat(FeedParameters.lastEventId(params())).isNull();
		FeedParameters.parseStream(params("lastEventId", ""));
	}

	@Test
	void thePositionGivenTwiceIsRejectedWithTheOtherInvalidParameters() {
		assertThatExceptionOfType(InvalidFeedRequestException.class)
			.isThrownBy(() -> FeedParameters
				.parseStream(params("type", "video", "lastEventId", "e-1", "lastEventId", "e-2", "limit", "5")))
			.satisfies((ex) -> assertThat(ex.errors()).extracting(InvalidParameter::field)
				.containsExactly("type", "lastEventId", "limit"));
	}

	private static MultiValueMap<String, String> params(String... namesAndValues) {
		MultiValueMap<String, String> params = new LinkedMultiValueMap<>();
		for (int i = 0; i < namesAndValues.length; i += 2) {
			params.add(namesAndValues[i], namesAndValues[i + 1]);
		}
		return params;
	}

}
