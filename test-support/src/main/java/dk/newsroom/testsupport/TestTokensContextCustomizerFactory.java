package dk.newsroom.testsupport;

import java.util.List;

import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;
import org.springframework.test.context.ContextConfigurationAttributes;
import org.springframework.test.context.ContextCustomizer;
import org.springframework.test.context.ContextCustomizerFactory;
import org.springframework.test.context.MergedContextConfiguration;

/**
 * Makes every Spring test context trust {@link TestTokens}: the public key, issuer and
 * audience become the resource-server properties, ahead of whatever the application's own
 * configuration says. Registered in {@code META-INF/spring.factories}.
 */
class TestTokensContextCustomizerFactory implements ContextCustomizerFactory {

	@Override
	public ContextCustomizer createContextCustomizer(Class<?> testClass,
			List<ContextConfigurationAttributes> configAttributes) {
		return new TrustTestTokens();
	}

	private static final class TrustTestTokens implements ContextCustomizer {

		@Override
		public void customizeContext(ConfigurableApplicationContext context, MergedContextConfiguration config) {
			context.getEnvironment()
				.getPropertySources()
				.addFirst(new MapPropertySource("newsroomTestTokens", TestTokens.applicationProperties()));
		}

		@Override
		public boolean equals(Object other) {
			return other instanceof TrustTestTokens;
		}

		@Override
		public int hashCode() {
			return TrustTestTokens.class.hashCode();
		}

	}

}
