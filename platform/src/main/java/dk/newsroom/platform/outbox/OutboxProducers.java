package dk.newsroom.platform.outbox;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tag;
import io.micrometer.core.instrument.binder.kafka.KafkaClientMetrics;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.jspecify.annotations.Nullable;

/**
 * Makes the transactional producer of an outbox shard: idempotent, {@code acks=all},
 * {@code transactional.id} from {@link OutboxProperties#transactionalId(int)}, bounded
 * waits, and its client metrics bound to the registry while it is open.
 */
public class OutboxProducers {

	private final Map<String, Object> config;

	private final OutboxProperties properties;

	private final @Nullable MeterRegistry registry;

	/**
	 * @param clientConfig the application's producer settings (bootstrap servers,
	 * security …); the outbox's own settings win over them
	 */
	public OutboxProducers(Map<String, Object> clientConfig, OutboxProperties properties,
			@Nullable MeterRegistry registry) {
		Map<String, Object> settings = new HashMap<>(clientConfig);
		settings.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
		settings.put(ProducerConfig.ACKS_CONFIG, "all");
		settings.put(ProducerConfig.MAX_IN_FLIGHT_REQUESTS_PER_CONNECTION, 5);
		settings.putIfAbsent(ProducerConfig.MAX_BLOCK_MS_CONFIG, 10_000);
		settings.putIfAbsent(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, 10_000);
		settings.putIfAbsent(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, 25_000);
		settings.putIfAbsent(ProducerConfig.LINGER_MS_CONFIG, 0);
		settings.putIfAbsent(ProducerConfig.TRANSACTION_TIMEOUT_CONFIG, 30_000);
		settings.remove(ProducerConfig.TRANSACTIONAL_ID_CONFIG);
		settings.remove(ProducerConfig.CLIENT_ID_CONFIG);
		this.config = Map.copyOf(settings);
		this.properties = properties;
		this.registry = registry;
	}

	/**
	 * A new producer for the shard, with its transactions initialised: from now on every
	 * earlier producer of the same shard, on any replica, is fenced, and a transaction it
	 * left open is aborted. Blocks up to {@code max.block.ms}.
	 */
	public ShardProducer open(int shard) {
		Map<String, Object> settings = new HashMap<>(this.config);
		String transactionalId = this.properties.transactionalId(shard);
		settings.put(ProducerConfig.TRANSACTIONAL_ID_CONFIG, transactionalId);
		settings.put(ProducerConfig.CLIENT_ID_CONFIG, transactionalId);
		KafkaProducer<String, byte[]> producer = new KafkaProducer<>(settings, new StringSerializer(),
				new ByteArraySerializer());
		KafkaClientMetrics metrics = null;
		try {
			if (this.registry != null) {
				metrics = new KafkaClientMetrics(producer, List.of(Tag.of("shard", String.valueOf(shard))));
				metrics.bindTo(this.registry);
			}
			producer.initTransactions();
			return new ShardProducer(producer, metrics);
		}
		catch (RuntimeException ex) {
			new ShardProducer(producer, metrics).close(Duration.ZERO);
			throw ex;
		}
	}

	/**
	 * A shard's open producer and the binding of its metrics.
	 */
	public static final class ShardProducer {

		private final Producer<String, byte[]> producer;

		private final @Nullable KafkaClientMetrics metrics;

		ShardProducer(Producer<String, byte[]> producer, @Nullable KafkaClientMetrics metrics) {
			this.producer = producer;
			this.metrics = metrics;
		}

		public Producer<String, byte[]> producer() {
			return this.producer;
		}

		/** Closes the producer; a transaction still open is aborted by the broker. */
		public void close(Duration timeout) {
			try {
				this.producer.close(timeout);
			}
			finally {
				if (this.metrics != null) {
					this.metrics.close();
				}
			}
		}

	}

}
