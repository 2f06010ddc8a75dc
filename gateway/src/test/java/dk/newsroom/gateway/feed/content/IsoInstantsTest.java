package dk.newsroom.gateway.feed.content;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.DatabindException;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.annotation.JsonDeserialize;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class IsoInstantsTest {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	record Dated(@JsonDeserialize(using = IsoInstants.class) Instant at) {
	}

	@Test
	void readsTheServicesFormAsJavaDoes() {
		Random random = new Random(42);
		for (int i = 0; i < 20_000; i++) {
			Instant instant = Instant.ofEpochSecond(random.nextLong(-62_000_000_000L, 250_000_000_000L),
					random.nextInt(1_000_000_000));
			// Every precision from whole seconds to nanoseconds.
			Instant truncated = switch (i % 4) {
				case 0 -> instant.truncatedTo(ChronoUnit.SECONDS);
				case 1 -> instant.truncatedTo(ChronoUnit.MILLIS);
				case 2 -> instant.truncatedTo(ChronoUnit.MICROS);
				default -> instant;
			};
			String text = truncated.toString();
			if (text.length() <= 30 && text.charAt(4) == '-') {
				assertThat(IsoInstants.parseUtc(text)).as(text).isEqualTo(Instant.parse(text));
			}
		}
	}

	@ParameterizedTest
	@ValueSource(strings = { "2026-12-04T09:30:00Z", "2026-12-04T09:30:00.1Z", "2026-12-04T09:30:00.123456789Z",
			"2024-02-29T23:59:59.5Z", "0001-01-01T00:00:00Z", "9999-12-31T23:59:59.999999999Z" })
	void readsEveryFractionLength(String text) {
		assertThat(IsoInstants.parseUtc(text)).isEqualTo(Instant.parse(text));
	}

	@ParameterizedTest
	@ValueSource(strings = { "2026-12-04T09:30:00+01:00", "2026-12-04T09:30:00", "2026-12-04t09:30:00Z",
			"2026-12-04T09:30:00.Z", "2026-12-04T09:30:00.1234567890Z", "2026-12-04T24:00:00Z", "2026-12-04T23:59:60Z",
			"2026-02-30T09:30:00Z", "2026-13-04T09:30:00Z", "2026-12-04T09:3a:00Z", "+2026-12-04T09:30:00Z",
			"2026/12/04T09:30:00Z" })
	void leavesAnyOtherFormToJackson(String text) {
		assertThat(IsoInstants.parseUtc(text)).isNull();
	}

	@Test
	void jacksonReadsTheOtherForms() {
		assertThat(JSON.readValue("{\"at\":\"2026-12-04T10:30:00+01:00\"}", Dated.class).at())
			.isEqualTo(Instant.parse("2026-12-04T09:30:00Z"));
		assertThat(JSON.readValue("{\"at\":\"2026-12-04T09:30:00.25Z\"}", Dated.class).at())
			.isEqualTo(Instant.parse("2026-12-04T09:30:00.25Z"));
		assertThat(JSON.readValue("{\"at\":null}", Dated.class).at()).isNull();
	}

	@Test
	void aMalformedInstantIsJacksonsError() {
		assertThatThrownBy(() -> JSON.readValue("{\"at\":\"2026-02-30T09:30:00Z\"}", Dated.class))
			.isInstanceOf(DatabindException.class);
		assertThatThrownBy(() -> JSON.readValue("{\"at\":\"soon\"}", Dated.class))
			.isInstanceOf(DatabindException.class);
	}

}
