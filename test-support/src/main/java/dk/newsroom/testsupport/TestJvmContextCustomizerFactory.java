package dk.newsroom.testsupport;

import java.util.List;
import java.util.Map;

import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;
import org.springframework.test.context.ContextConfigurationAttributes;
import org.springframework.test.context.ContextCustomizer;
import org.springframework.test.context.ContextCustomizerFactory;
import org.springframework.test.context.MergedContextConfiguration;

/**
 * Settings for applications that share a test JVM with many others, below the
 * application's own configuration: Reactor Netty's resources are let go without the
 * two-second quiet period. A test JVM closes every cached application at its exit, one
 * after the other, and a dozen quiet periods made the gateway's test fork outlast
 * Surefire's 30 s exit limit. Registered in {@code META-INF/spring.factories}.
 */
class TestJvmContextCustomizerFactory implements ContextCustomizerFactory {

	static final Map<String, Object> SETTINGS = Map.of("spring.reactor.netty.shutdown-quiet-period", "0s");

	@Override
	public ContextCustomizer createContextCustomizer(Class<?> testClass,
			List<ContextConfigurationAttributes> configAttributes) {
		return new SharedJvm();
	}

	private static final class SharedJvm implements ContextCustomizer {

		@Override
		public void customizeContext(ConfigurableApplicationContext context, MergedContextConfiguration config) {
			context.getEnvironment().getPropertySources().addLast(new MapPropertySource("newsroomTestJvm", SETTINGS));
		}

		@Override
		public boolean equals(Object other) {
			return other instanceof SharedJvm;
		}

		@Override
		public int hashCode() {
			return SharedJvm.class.hashCode();
		}

	}

}
