package dk.newsroom.embedded;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

class InProcessKafkaTest {

	@TempDir
	Path dir;

	@Test
	void keepsRecordsAndPortAcrossRestart() throws Exception {
		try (InProcessKafka kafka = new InProcessKafka(this.dir, 0).start()) {
			Map<String, Object> common = Map.of("bootstrap.servers", kafka.bootstrapServers());
			try (Admin admin = Admin.create(common)) {
				admin.createTopics(List.of(new NewTopic("t", 1, (short) 1))).all().get();
			}
			try (KafkaProducer<String, String> producer = new KafkaProducer<>(common, new StringSerializer(),
					new StringSerializer())) {
				producer.send(new ProducerRecord<>("t", "k", "før genstart")).get();
			}
			kafka.stop();
			assertThat(kafka.isRunning()).isFalse();
			kafka.start();
			try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(common, new StringDeserializer(),
					new StringDeserializer())) {
				TopicPartition partition = new TopicPartition("t", 0);
				consumer.assign(List.of(partition));
				consumer.seekToBeginning(List.of(partition));
				List<ConsumerRecord<String, String>> records = consumer.poll(Duration.ofSeconds(10)).records(partition);
				assertThat(records).extracting(ConsumerRecord::value).containsExactly("før genstart");
			}
		}
	}

	@Test
	void anExtraListenerSendsItsClientsToItsAdvertisedAddress() throws Exception {
		try (ServerSocket advertised = new ServerSocket()) {
			advertised.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
			advertised.setSoTimeout(60_000);
			InProcessKafka kafka = new InProcessKafka(this.dir, 0).withListener("EXTRA", advertised.getLocalPort());
			int listenerPort = kafka.listenerPort("EXTRA");
			assertThat(listenerPort).isNotIn(kafka.port(), advertised.getLocalPort());
			try (kafka) {
				kafka.start();
				Map<String, Object> common = Map.of("bootstrap.servers", kafka.bootstrapServers());
				try (Admin admin = Admin.create(common)) {
					admin.createTopics(List.of(new NewTopic("t", 1, (short) 1))).all().get();
				}
				// Bootstrapped on the listener's own port, the producer is told the
				// broker is
				// at the advertised address and goes there.
				KafkaProducer<String, String> redirectedProducer = new KafkaProducer<>(
						Map.of("bootstrap.servers", "localhost:" + listenerPort, "max.block.ms", 60_000),
						new StringSerializer(), new StringSerializer());
				try {
					redirectedProducer.send(new ProducerRecord<>("t", "k", "v"));
					try (Socket redirected = advertised.accept()) {
						assertThat(redirected.isConnected()).isTrue();
					}
				}
				finally {
					// Its record can never be delivered: no waiting for it.
					redirectedProducer.close(Duration.ZERO);
				}
				// The main listener is unchanged.
				try (KafkaProducer<String, String> producer = new KafkaProducer<>(common, new StringSerializer(),
						new StringSerializer())) {
					producer.send(new ProducerRecord<>("t", "k", "direct")).get();
				}
				assertThatIllegalStateException().isThrownBy(() -> kafka.withListener("LATE", 1));
				kafka.stop();
				assertThat(kafka.listenerPort("EXTRA")).isEqualTo(listenerPort);
			}
		}
	}

	@Test
	void refusesBadListeners() {
		InProcessKafka kafka = new InProcessKafka(this.dir, 0).withListener("FAULTY", 9999);
		assertThatIllegalArgumentException().isThrownBy(() -> kafka.withListener("faulty", 9998));
		assertThatIllegalArgumentException().isThrownBy(() -> kafka.withListener("FAULTY", 9998));
		assertThatIllegalArgumentException().isThrownBy(() -> kafka.withListener("PLAINTEXT", 9998));
		assertThatIllegalArgumentException().isThrownBy(() -> kafka.withListener("CONTROLLER", 9998));
		assertThatIllegalArgumentException().isThrownBy(() -> kafka.withListener("OTHER", 0));
		assertThatIllegalArgumentException().isThrownBy(() -> kafka.listenerPort("OTHER"));
	}

}
