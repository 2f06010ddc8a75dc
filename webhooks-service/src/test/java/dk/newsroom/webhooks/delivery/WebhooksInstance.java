package dk.newsroom.webhooks.delivery;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import dk.newsroom.security.Scopes;
import dk.newsroom.testsupport.TestBackends;
import dk.newsroom.testsupport.TestTokens;
import dk.newsroom.webhooks.WebhooksApplication;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.http.client.ReactorResourceFactory;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * A webhooks-service started in the test JVM as {@code main} would start it, on the
 * backends the test-support switch picked (containers or in-process), with a MongoDB
 * database and a Kafka consumer group of its own: instances started under the same name
 * are the same service started again, and no other test's application shares their
 * deliveries or their consumer position.
 */
final class WebhooksInstance implements AutoCloseable {

	private final ConfigurableApplicationContext context;

	private final WebTestClient http;

	private WebhooksInstance(ConfigurableApplicationContext context) {
		this.context = context;
		int port = ((WebServerApplicationContext) context).getWebServer().getPort();
		this.http = WebTestClient.bindToServer()
			.baseUrl("http://localhost:" + port)
			.responseTimeout(Duration.ofSeconds(30))
			.build();
	}

	/**
	 * Starts an instance.
	 * @param name its database and consumer group
	 * @param clock the clock it tells time by, or null for the system's
	 * @param settings further {@code name=value} settings, over the tests' own
	 */
	static WebhooksInstance start(String name, Clock clock, String... settings) {
		List<String> arguments = new ArrayList<>(List.of("--server.port=0", "--spring.main.banner-mode=off",
				"--spring.kafka.bootstrap-servers=" + TestBackends.kafka().bootstrapServers(),
				"--spring.mongodb.uri=" + TestBackends.mongo().connectionString(), "--spring.mongodb.database=" + name,
				"--spring.data.mongodb.database=" + name, "--spring.kafka.consumer.group-id=" + name,
				"--spring.reactor.netty.shutdown-quiet-period=0s",
				// The API document is another test's concern; building it at each start
				// costs
				// CPU on a 2-core CI machine.
				"--springdoc.api-docs.enabled=false"));
		TestTokens.applicationProperties().forEach((key, value) -> arguments.add("--" + key + "=" + value));
		for (String setting : settings) {
			arguments.add("--" + setting);
		}
		SpringApplicationBuilder builder = new SpringApplicationBuilder(WebhooksApplication.class)
			.initializers((context) -> context.getBeanFactory().addBeanPostProcessor(new OwnNettyResources()));
		if (clock != null) {
			// Registered before the configuration is read: the service's own Clock bean
			// steps aside (@ConditionalOnMissingBean).
			builder.initializers((context) -> context.getBeanFactory().registerSingleton("clock", clock));
		}
		return new WebhooksInstance(builder.run(arguments.toArray(String[]::new)));
	}

	/**
	 * Gives the instance event loops of its own: with Reactor Netty's global ones (the
	 * default), closing it would dispose the loops every other server in the JVM runs on
	 * (the receivers', the other tests' application).
	 */
	private static final class OwnNettyResources implements BeanPostProcessor {

		@Override
		public Object postProcessBeforeInitialization(Object bean, String beanName) {
			if (bean instanceof ReactorResourceFactory resources) {
				resources.setUseGlobalResources(false);
			}
			return bean;
		}

	}

	WebTestClient admin() {
		return TestTokens.authorized(this.http, Scopes.WEBHOOKS_ADMIN);
	}

	/**
	 * Creates a subscription to the changes with this tag.
	 * @return its id
	 */
	String subscribe(String url, String tag) {
		return admin().post()
			.uri("/api/webhooks/subscriptions")
			.bodyValue(Map.of("url", url, "filter", Map.of("tags", List.of(tag))))
			.exchange()
			.expectStatus()
			.isCreated()
			.expectBody(Map.class)
			.returnResult()
			.getResponseBody()
			.get("id")
			.toString();
	}

	ReactiveMongoTemplate mongo() {
		return this.context.getBean(ReactiveMongoTemplate.class);
	}

	boolean isRunning() {
		return this.context.isActive();
	}

	@Override
	public void close() {
		this.context.close();
	}

}
