package dk.newsroom.gateway.routing;

import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.validation.autoconfigure.ValidationAutoConfiguration;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.env.SystemEnvironmentPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/** How {@code newsroom.routes.concurrency.*} binds, and which values stop the start. */
class RouteConcurrencyPropertiesTest {

	private final ApplicationContextRunner context = new ApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(ValidationAutoConfiguration.class))
		.withUserConfiguration(WithProperties.class);

	@Test
	void withoutSettingsEveryServiceHasTheDefaults() {
		this.context.run((context) -> assertThat(context.getBean(RouteConcurrencyProperties.class).limits("articles"))
			.isEqualTo(new RouteConcurrencyProperties.Limits(64, 128, Duration.ofSeconds(2))));
	}

	@Test
	void aServiceOverridesSomeLimitsAndKeepsTheDefaultsOfTheOthers() {
		this.context
			.withPropertyValues("newsroom.routes.concurrency.max-wait=1s",
					"newsroom.routes.concurrency.services.people.max-concurrent=8",
					"newsroom.routes.concurrency.services.people.max-queued=0")
			.run((context) -> {
				RouteConcurrencyProperties properties = context.getBean(RouteConcurrencyProperties.class);
				assertThat(properties.limits("people"))
					.isEqualTo(new RouteConcurrencyProperties.Limits(8, 0, Duration.ofSeconds(1)));
				assertThat(properties.limits("events"))
					.isEqualTo(new RouteConcurrencyProperties.Limits(64, 128, Duration.ofSeconds(1)));
			});
	}

	@Test
	void bindsFromTheEnvironmentVariablesTheDocsName() {
		this.context.withInitializer((context) -> context.getEnvironment()
			.getPropertySources()
			.addFirst(new SystemEnvironmentPropertySource(StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME,
					Map.of("NEWSROOM_ROUTES_CONCURRENCY_MAX_CONCURRENT", "32", "NEWSROOM_ROUTES_CONCURRENCY_MAX_WAIT",
							"500ms", "NEWSROOM_ROUTES_CONCURRENCY_SERVICES_ARTICLES_MAX_QUEUED", "16"))))
			.run((context) -> {
				RouteConcurrencyProperties properties = context.getBean(RouteConcurrencyProperties.class);
				assertThat(properties.limits("articles")).as(properties.toString())
					.isEqualTo(new RouteConcurrencyProperties.Limits(32, 16, Duration.ofMillis(500)));
				assertThat(properties.limits("people"))
					.isEqualTo(new RouteConcurrencyProperties.Limits(32, 128, Duration.ofMillis(500)));
			});
	}

	@Test
	void limitsThatAreNoLimitsStopTheStart() {
		for (String invalid : new String[] { "newsroom.routes.concurrency.max-concurrent=0",
				"newsroom.routes.concurrency.max-queued=-1", "newsroom.routes.concurrency.max-wait=0s",
				"newsroom.routes.concurrency.services.events.max-concurrent=0",
				"newsroom.routes.concurrency.services.events.max-wait=-1s" }) {
			this.context.withPropertyValues(invalid).run((context) -> assertThat(context).as(invalid).hasFailed());
		}
	}

	@Configuration(proxyBeanMethods = false)
	@EnableConfigurationProperties(RouteConcurrencyProperties.class)
	static class WithProperties {

	}

}
