package dk.newsroom.testsupport;

import java.util.List;

import com.mongodb.ConnectionString;
import org.testcontainers.kafka.KafkaContainer;
import org.testcontainers.mongodb.MongoDBContainer;

import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.kafka.autoconfigure.KafkaConnectionDetails;
import org.springframework.boot.mongodb.autoconfigure.MongoConnectionDetails;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.testcontainers.service.connection.ServiceConnection;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.type.AnnotatedTypeMetadata;

/**
 * Connects a Spring Boot test to the backends {@link TestBackends} picked: containers
 * through {@code @ServiceConnection}, or the in-process stand-ins through the same
 * connection-details contracts. Import it (or use {@link NewsroomIntegrationTest}) and
 * the application under test cannot tell which one it got.
 */
@TestConfiguration(proxyBeanMethods = false)
public class TestBackendsConfiguration {

	/**
	 * Only applications that talk to MongoDB get a MongoDB backend (the gateway does
	 * not).
	 */
	static final String REACTIVE_MONGO_CLIENT = "com.mongodb.reactivestreams.client.MongoClient";

	@Configuration(proxyBeanMethods = false)
	@Conditional(DockerBackends.class)
	static class Containers {

		@Bean(destroyMethod = "")
		@ServiceConnection
		@ConditionalOnClass(name = REACTIVE_MONGO_CLIENT)
		MongoDBContainer mongoContainer() {
			return TestBackends.mongoContainer();
		}

		@Bean(destroyMethod = "")
		@ServiceConnection
		KafkaContainer kafkaContainer() {
			return TestBackends.kafkaContainer();
		}

	}

	@Configuration(proxyBeanMethods = false)
	@Conditional(InProcessBackends.class)
	static class InProcess {

		@Bean
		@ConditionalOnClass(name = REACTIVE_MONGO_CLIENT)
		MongoConnectionDetails mongoConnectionDetails() {
			ConnectionString connectionString = new ConnectionString(TestBackends.mongo().connectionString() + "/test");
			return () -> connectionString;
		}

		@Bean
		KafkaConnectionDetails kafkaConnectionDetails() {
			List<String> servers = List.of(TestBackends.kafka().bootstrapServers());
			return () -> servers;
		}

	}

	static class DockerBackends implements Condition {

		@Override
		public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
			return TestBackends.useContainers();
		}

	}

	static class InProcessBackends implements Condition {

		@Override
		public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
			return !TestBackends.useContainers();
		}

	}

}
