package dk.newsroom.embedded;

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

}
