package dk.newsroom.platform.store;

import com.mongodb.MongoClientSettings;
import com.mongodb.connection.AsyncTransportSettings;
import org.junit.jupiter.api.Test;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.mongodb.autoconfigure.MongoClientSettingsBuilderCustomizer;
import org.springframework.boot.mongodb.autoconfigure.MongoReactiveAutoConfiguration;
import org.springframework.boot.test.context.runner.ReactiveWebApplicationContextRunner;

import static org.assertj.core.api.Assertions.assertThat;

class MongoTransportAutoConfigurationTest {

	private final ReactiveWebApplicationContextRunner runner = new ReactiveWebApplicationContextRunner()
		.withConfiguration(
				AutoConfigurations.of(MongoTransportAutoConfiguration.class, MongoReactiveAutoConfiguration.class))
		.withPropertyValues("spring.mongodb.uri=mongodb://mongo.example:27999/articles");

	@Test
	void theClientIsBuiltWithTheDriversOwnTransportNotNettyAndStillWithTheConfiguredServer() {
		this.runner.run((context) -> {
			// What Boot's client factory does: start from the settings bean, apply every
			// customizer (Boot's Netty customizer among them).
			MongoClientSettings.Builder builder = MongoClientSettings
				.builder(context.getBean(MongoClientSettings.class));
			context.getBeanProvider(MongoClientSettingsBuilderCustomizer.class)
				.orderedStream()
				.forEach((customizer) -> customizer.customize(builder));

			MongoClientSettings settings = builder.build();
			assertThat(settings.getTransportSettings()).isInstanceOf(AsyncTransportSettings.class);
			assertThat(settings.getClusterSettings().getHosts()).extracting(Object::toString)
				.containsExactly("mongo.example:27999");
		});
	}

}
