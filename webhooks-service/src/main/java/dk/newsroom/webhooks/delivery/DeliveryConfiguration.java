package dk.newsroom.webhooks.delivery;

import java.time.Clock;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import dk.newsroom.webhooks.subscription.SubscriptionStore;
import dk.newsroom.webhooks.subscription.Subscriptions;
import dk.newsroom.webhooks.endpoint.TargetGuard;
import io.micrometer.core.instrument.MeterRegistry;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.bson.types.ObjectId;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.boot.kafka.autoconfigure.KafkaConnectionDetails;
import org.springframework.boot.kafka.autoconfigure.KafkaProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.listener.CommonErrorHandler;
import org.springframework.kafka.listener.DefaultErrorHandler;
import org.springframework.util.backoff.ExponentialBackOff;

@Configuration(proxyBeanMethods = false)
class DeliveryConfiguration {

	DeliveryConfiguration() {
		// ObjectId's class initialiser reads /dev/urandom: here, not on an event loop.
		new ObjectId();
	}

	@Bean
	ChangeReader changeReader(JsonMapper json) {
		return new ChangeReader(json);
	}

	@Bean
	CloudEventBodies cloudEventBodies(JsonMapper json) {
		return new CloudEventBodies(json);
	}

	@Bean
	RetrySchedule retrySchedule(DeliveryProperties properties) {
		return new RetrySchedule(properties.retrySchedule(), properties.jitter(),
				() -> ThreadLocalRandom.current().nextDouble());
	}

	@Bean
	WebhookSender webhookSender(DeliveryProperties properties) {
		return new WebhookSender(properties);
	}

	@Bean
	DeliveryMetrics deliveryMetrics(MeterRegistry registry, DeliveryStore deliveries, SubscriptionStore subscriptions,
			Clock clock) {
		return new DeliveryMetrics(registry, deliveries, subscriptions, clock);
	}

	@Bean
	Dispatcher dispatcher(DeliveryStore deliveries, SubscriptionStore subscriptions, TargetGuard targets,
			WebhookSender sender, RetrySchedule schedule, DeliveryProperties properties, DeliveryMetrics metrics,
			Clock clock) {
		return new Dispatcher(deliveries, subscriptions, targets, sender, schedule, properties, metrics, clock);
	}

	@Bean
	DeliveryIntake deliveryIntake(SubscriptionStore subscriptions, DeliveryStore deliveries, CloudEventBodies bodies,
			Clock clock) {
		return new DeliveryIntake(subscriptions, deliveries, bodies, clock);
	}

	@Bean
	ChangeListener changeListener(ChangeReader reader, DeliveryIntake intake, Dispatcher dispatcher) {
		return new ChangeListener(reader, intake, dispatcher);
	}

	@Bean
	Replayer replayer(KafkaProperties kafka, KafkaConnectionDetails connection, ChangeReader reader) {
		Map<String, Object> config = new HashMap<>(kafka.buildConsumerProperties());
		config.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, connection.getConsumer().getBootstrapServers());
		return new Replayer(config, reader);
	}

	@Bean
	Deliveries deliveries(Subscriptions subscriptions, DeliveryStore store, DeliveryIntake intake, Replayer replayer,
			Dispatcher dispatcher, TargetGuard targets, WebhookSender sender, CloudEventBodies bodies, Clock clock) {
		return new Deliveries(subscriptions, store, intake, replayer, dispatcher, targets, sender, bodies, clock);
	}

	/**
	 * A batch whose deliveries could not be stored is read again, without end, waiting up
	 * to 30 s between tries: its offsets are never committed before.
	 */
	@Bean
	CommonErrorHandler intakeErrorHandler() {
		ExponentialBackOff backOff = new ExponentialBackOff(500, 2);
		backOff.setMaxInterval(30_000);
		backOff.setMaxElapsedTime(Long.MAX_VALUE);
		return new DefaultErrorHandler(backOff);
	}

}
