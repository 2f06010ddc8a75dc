package dk.newsroom.gateway.feed.query;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;

import dk.newsroom.gateway.feed.ContentType;
import dk.newsroom.gateway.feed.FeedKey;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class FeedCursorTest {

	@Test
	void roundTripsAKeyAsAUrlSafeToken() {
		FeedKey key = new FeedKey(Instant.parse("2026-11-26T09:00:00.123456789Z"), ContentType.EVENT, "id|med|streger");

		String cursor = FeedCursor.encode(key);

		assertThat(cursor).matches("[A-Za-z0-9_-]+");
		assertThat(FeedCursor.decode(cursor)).contains(key);
	}

	@ParameterizedTest
	@ValueSource(strings = { "ikke base64!", "", "***", "a" })
	void rejectsTokensThatAreNotBase64url(String cursor) {
		assertThat(FeedCursor.decode(cursor)).isEmpty();
	}

	@ParameterizedTest
	@ValueSource(strings = { "nope", "2|2026-11-26T09:00:00Z|article|a", "1|ikke-en-dato|article|a",
			"1|2026-11-26T09:00:00Z|blog|a", "1|2026-11-26T09:00:00Z|article|", "1|2026-11-26T09:00:00Z|article" })
	void rejectsWellEncodedTokensItDidNotIssue(String plain) {
		String cursor = Base64.getUrlEncoder().withoutPadding().encodeToString(plain.getBytes(StandardCharsets.UTF_8));

		assertThat(FeedCursor.decode(cursor)).isEmpty();
	}

}
