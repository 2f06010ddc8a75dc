package dk.newsroom.platform.defaults;

import java.io.IOException;
import java.io.UncheckedIOException;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.io.ClassPathResource;

/**
 * The settings every content service shares (graceful shutdown, trace propagation, token
 * audience, body limit, probes, metrics, tracing), from {@value #DEFAULTS}, added below
 * every other property source: a service's application.yml and environment variables
 * still override each of them. Only an application that names its outbox topic
 * ({@code newsroom.outbox.topic}) is a content service.
 */
public class ContentServiceDefaults implements EnvironmentPostProcessor, Ordered {

	static final String DEFAULTS = "META-INF/newsroom/content-service-defaults.yml";

	static final String SOURCE = "newsroomContentServiceDefaults";

	/** After Boot's config data, so {@code addLast} puts the defaults below it. */
	@Override
	public int getOrder() {
		return Ordered.LOWEST_PRECEDENCE;
	}

	@Override
	public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
		// Only for a content service (it names its outbox topic), and only once.
		if (!environment.containsProperty("newsroom.outbox.topic")
				|| environment.getPropertySources().contains(SOURCE)) {
			return;
		}
		try {
			new YamlPropertySourceLoader().load(SOURCE, new ClassPathResource(DEFAULTS))
				.forEach(environment.getPropertySources()::addLast);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read " + DEFAULTS, ex);
		}
	}

}
