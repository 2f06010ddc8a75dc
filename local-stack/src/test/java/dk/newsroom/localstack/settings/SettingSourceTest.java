package dk.newsroom.localstack.settings;

import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SettingSourceTest {

	@Test
	void namesTheEnvironmentVariableAfterTheKey() {
		assertThat(SettingSource.environmentName("newsroom.kafka.port")).isEqualTo("NEWSROOM_KAFKA_PORT");
		assertThat(SettingSource.environmentName("newsroom.app.jvm-options")).isEqualTo("NEWSROOM_APP_JVM_OPTIONS");
	}

	@Test
	void prefersTheSystemPropertyOverTheEnvironment() {
		SettingSource source = SettingSource.of(Map.of("newsroom.kafka.port", "19092"),
				Map.of("NEWSROOM_KAFKA_PORT", "29092"));

		assertThat(source.port("newsroom.kafka.port", 9092)).isEqualTo(19092);
	}

	@Test
	void readsTheEnvironmentWhenNoPropertyIsSet() {
		SettingSource source = SettingSource.of(Map.of(), Map.of("NEWSROOM_KAFKA_PORT", " 29092 "));

		assertThat(source.port("newsroom.kafka.port", 9092)).isEqualTo(29092);
	}

	@Test
	void fallsBackToTheDefaultWhenNothingOrBlankIsSet() {
		SettingSource source = SettingSource.of(Map.of("newsroom.kafka.port", " "), Map.of());

		assertThat(source.port("newsroom.kafka.port", 9092)).isEqualTo(9092);
		assertThat(source.flag("newsroom.demo", true)).isTrue();
		assertThat(source.seconds("newsroom.ready-timeout", Duration.ofSeconds(180))).hasSeconds(180);
	}

	@Test
	void rejectsAPortOutOfRangeNamingBothWaysToSetIt() {
		SettingSource source = SettingSource.of(Map.of(), Map.of("NEWSROOM_GATEWAY_PORT", "70000"));

		assertThatThrownBy(() -> source.port("newsroom.gateway.port", 8080)).isInstanceOf(InvalidSettingException.class)
			.hasMessage("newsroom.gateway.port (or NEWSROOM_GATEWAY_PORT) must be a port number from 1 to 65535"
					+ " but was '70000'");
	}

	@Test
	void readsFlagsAndSeconds() {
		SettingSource source = SettingSource.of(Map.of("newsroom.demo", "false", "newsroom.ready-timeout", "30"),
				Map.of());

		assertThat(source.flag("newsroom.demo", true)).isFalse();
		assertThat(source.seconds("newsroom.ready-timeout", Duration.ofSeconds(180))).hasSeconds(30);
	}

	@Test
	void rejectsAFlagThatIsNeitherTrueNorFalse() {
		SettingSource source = SettingSource.of(Map.of("newsroom.demo", "maybe"), Map.of());

		assertThatThrownBy(() -> source.flag("newsroom.demo", true)).hasMessageContaining("must be true or false");
	}

}
