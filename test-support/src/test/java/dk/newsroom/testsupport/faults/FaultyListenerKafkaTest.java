package dk.newsroom.testsupport.faults;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import dk.newsroom.embedded.FreePorts;
import dk.newsroom.embedded.InProcessKafka;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * One broker, two ways in: its own listener, and a listener advertised at a
 * {@link FaultProxy}'s port, so that a client bootstrapping through the proxy stays
 * behind it. Stalling the proxy stalls that client only.
 */
@Timeout(value = 180, unit = TimeUnit.SECONDS)
class FaultyListenerKafkaTest {

	private static final String TOPIC = "artikler";

	@TempDir
	Path dir;

	@Test
	void aStalledListenerHoldsItsClientsRecordsWhileTheDirectListenerServesOthers() throws Exception {
		int proxyPort = FreePorts.find();
		InProcessKafka kafka = new InProcessKafka(this.dir, 0).withListener("FAULTY", proxyPort);
		try (kafka; FaultProxy proxy = new FaultProxy("localhost", kafka.listenerPort("FAULTY"), proxyPort)) {
			kafka.start();
			try (Admin admin = Admin.create(Map.of("bootstrap.servers", kafka.bootstrapServers()))) {
				admin.createTopics(List.of(new NewTopic(TOPIC, 1, (short) 1))).all().get(60, TimeUnit.SECONDS);
			}
			try (KafkaProducer<String, String> faulty = producer("localhost:" + proxyPort);
					KafkaProducer<String, String> direct = producer(kafka.bootstrapServers())) {
				faulty.send(new ProducerRecord<>(TOPIC, "k", "via proxy")).get(60, TimeUnit.SECONDS);
				assertThat(proxy.connectionsAccepted()).isPositive();
				direct.send(new ProducerRecord<>(TOPIC, "k", "direct")).get(60, TimeUnit.SECONDS);

				proxy.stall();
				Future<RecordMetadata> stalled = faulty.send(new ProducerRecord<>(TOPIC, "k", "stalled"));
				assertThatExceptionOfType(TimeoutException.class).isThrownBy(() -> stalled.get(2, TimeUnit.SECONDS));
				assertThat(proxy.bytesHeld()).isPositive();
				// The other way in is unaffected.
				direct.send(new ProducerRecord<>(TOPIC, "k", "direct while stalled")).get(30, TimeUnit.SECONDS);
				assertThat(stalled).isNotDone();

				proxy.pass();
				assertThat(stalled.get(60, TimeUnit.SECONDS).offset()).isEqualTo(3);
			}
			assertThat(readAll(kafka.bootstrapServers(), 4)).containsExactly("via proxy", "direct",
					"direct while stalled", "stalled");
		}
	}

	private static KafkaProducer<String, String> producer(String bootstrapServers) {
		return new KafkaProducer<>(Map.of("bootstrap.servers", bootstrapServers, "acks", "all", "linger.ms", 0,
				"request.timeout.ms", 60_000, "delivery.timeout.ms", 120_000), new StringSerializer(),
				new StringSerializer());
	}

	private static List<String> readAll(String bootstrapServers, int count) {
		try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(Map.of("bootstrap.servers", bootstrapServers),
				new StringDeserializer(), new StringDeserializer())) {
			TopicPartition partition = new TopicPartition(TOPIC, 0);
			consumer.assign(List.of(partition));
			consumer.seekToBeginning(List.of(partition));
			List<String> values = new ArrayList<>();
			long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
			while (values.size() < count && System.nanoTime() < deadline) {
				for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(500))) {
					values.add(record.value());
				}
			}
			return values;
		}
	}

}
