package dk.newsroom.platform.web;

import java.util.Map;

import org.junit.jupiter.api.Test;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class JsonLimitsTest {

	private final JsonMapper mapper = JsonMapper.builder(JsonLimits.factory()).build();

	@Test
	void readsNormalDocuments() {
		assertThat(this.mapper.readValue("{\"a\":{\"b\":[1,2,{\"c\":\"æ\"}]}}", Map.class)).containsKey("a");
	}

	@Test
	void refusesDeepNesting() {
		String deep = "[".repeat(JsonLimits.MAX_NESTING_DEPTH + 1) + "]".repeat(JsonLimits.MAX_NESTING_DEPTH + 1);
		assertThatExceptionOfType(StreamConstraintsException.class)
			.isThrownBy(() -> this.mapper.readTree(deep).toString());
	}

	@Test
	void refusesHugeNumbers() {
		assertThatExceptionOfType(StreamConstraintsException.class)
			.isThrownBy(() -> this.mapper.readTree("{\"n\":" + "9".repeat(JsonLimits.MAX_NUMBER_LENGTH + 1) + "}"));
	}

	@Test
	void refusesLongPropertyNames() {
		assertThatExceptionOfType(StreamConstraintsException.class)
			.isThrownBy(() -> this.mapper.readTree("{\"" + "k".repeat(JsonLimits.MAX_NAME_LENGTH + 1) + "\":1}"));
	}

}
