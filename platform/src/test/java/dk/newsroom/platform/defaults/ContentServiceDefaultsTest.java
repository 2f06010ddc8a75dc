package dk.newsroom.platform.defaults;

import java.util.Map;

import org.junit.jupiter.api.Test;

import org.springframework.boot.SpringApplication;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;

import static org.assertj.core.api.Assertions.assertThat;

class ContentServiceDefaultsTest {

	private final ContentServiceDefaults defaults = new ContentServiceDefaults();

	@Test
	void aContentServiceGetsTheSharedSettingsAndItsOwnStillWin() {
		StandardEnvironment environment = environment(Map.of("newsroom.outbox.topic", "newsroom.podcasts.v1",
				"spring.http.codecs.max-in-memory-size", "64KB"));

		this.defaults.postProcessEnvironment(environment, new SpringApplication());
		this.defaults.postProcessEnvironment(environment, new SpringApplication());

		assertThat(environment.getProperty("management.endpoint.health.probes.enabled")).isEqualTo("true");
		assertThat(environment.getProperty("server.shutdown")).isEqualTo("graceful");
		assertThat(environment.getProperty("spring.http.codecs.max-in-memory-size")).isEqualTo("64KB");
		assertThat(environment.getPropertySources().stream().map((source) -> source.getName()))
			.filteredOn((name) -> name.startsWith(ContentServiceDefaults.SOURCE))
			.hasSize(1);
		assertThat(environment.getPropertySources().stream().reduce((first, second) -> second).orElseThrow().getName())
			.startsWith(ContentServiceDefaults.SOURCE);
	}

	@Test
	void anApplicationThatIsNotAContentServiceIsLeftAlone() {
		StandardEnvironment environment = environment(Map.of("spring.application.name", "gateway"));

		this.defaults.postProcessEnvironment(environment, new SpringApplication());

		assertThat(environment.getProperty("management.endpoint.health.probes.enabled")).isNull();
	}

	private static StandardEnvironment environment(Map<String, Object> own) {
		StandardEnvironment environment = new StandardEnvironment();
		environment.getPropertySources().addFirst(new MapPropertySource("application", own));
		return environment;
	}

}
