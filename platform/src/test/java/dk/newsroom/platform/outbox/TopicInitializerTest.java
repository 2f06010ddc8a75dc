package dk.newsroom.platform.outbox;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import dk.newsroom.testsupport.TestBackends;
import org.apache.kafka.clients.admin.AdminClient;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.Config;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.config.ConfigResource;
import org.apache.kafka.common.config.TopicConfig;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The topic is made as the design needs it and never bent: created compacted with the
 * configured partitions and {@code min.insync.replicas}; an existing topic with another
 * partition count, or not compacted, stops the start and keeps its partitions; a wrong
 * {@code min.insync.replicas} is corrected. On the test broker of this JVM.
 */
class TopicInitializerTest {

	private static AdminClient admin;

	@BeforeAll
	static void connect() {
		admin = AdminClient.create(adminConfig());
	}

	@AfterAll
	static void disconnect() {
		admin.close();
	}

	@Test
	void createsAMissingTopicCompactedWithThePartitionsAndMinInsyncReplicas() throws Exception {
		String topic = newTopicName();
		TopicInitializer initializer = new TopicInitializer(adminConfig(), properties(topic, 3, 1));
		initializer.afterPropertiesSet();

		assertThat(initializer.isReady()).isTrue();
		assertThat(partitions(topic)).isEqualTo(3);
		Config config = config(topic);
		assertThat(config.get(TopicConfig.CLEANUP_POLICY_CONFIG).value()).isEqualTo("compact");
		assertThat(config.get(TopicConfig.MIN_IN_SYNC_REPLICAS_CONFIG).value()).isEqualTo("1");
	}

	@Test
	void refusesToStartOnATopicWithAnotherPartitionCountAndNeverAddsPartitions() throws Exception {
		String topic = newTopicName();
		admin.createTopics(List.of(new NewTopic(topic, 2, (short) 1)
			.configs(Map.of(TopicConfig.CLEANUP_POLICY_CONFIG, TopicConfig.CLEANUP_POLICY_COMPACT)))).all().get();

		TopicInitializer initializer = new TopicInitializer(adminConfig(), properties(topic, 3, 1));

		assertThatThrownBy(initializer::afterPropertiesSet).isInstanceOf(TopicInitializer.TopicMismatchException.class)
			.hasMessageContaining("has 2 partitions but newsroom.outbox.partitions is 3")
			.hasMessageContaining("newsroom.outbox.partitions=2");
		assertThat(initializer.isReady()).isFalse();
		assertThat(partitions(topic)).isEqualTo(2);
	}

	@Test
	void refusesATopicThatIsNotCompacted() throws Exception {
		String topic = newTopicName();
		admin.createTopics(List.of(new NewTopic(topic, 3, (short) 1))).all().get();

		assertThatThrownBy(new TopicInitializer(adminConfig(), properties(topic, 3, 1))::afterPropertiesSet)
			.isInstanceOf(TopicInitializer.TopicMismatchException.class)
			.hasMessageContaining("cleanup.policy=delete");
	}

	@Test
	void correctsMinInsyncReplicasOfAnExistingTopic() throws Exception {
		String topic = newTopicName();
		admin.createTopics(List.of(new NewTopic(topic, 3, (short) 1).configs(Map.of(TopicConfig.CLEANUP_POLICY_CONFIG,
				TopicConfig.CLEANUP_POLICY_COMPACT, TopicConfig.MIN_IN_SYNC_REPLICAS_CONFIG, "2"))))
			.all()
			.get();

		new TopicInitializer(adminConfig(), properties(topic, 3, 1)).afterPropertiesSet();

		assertThat(config(topic).get(TopicConfig.MIN_IN_SYNC_REPLICAS_CONFIG).value()).isEqualTo("1");
	}

	@Test
	void minInsyncReplicasIsTwoWhereTheTopicHasThreeReplicasUnlessSet() {
		assertThat(properties("t", 3, null).effectiveMinInsyncReplicas()).isEqualTo(1);
		assertThat(withReplicas((short) 3, null).effectiveMinInsyncReplicas()).isEqualTo(2);
		assertThat(withReplicas((short) 5, 3).effectiveMinInsyncReplicas()).isEqualTo(3);
	}

	private static int partitions(String topic) throws Exception {
		return admin.describeTopics(List.of(topic)).allTopicNames().get().get(topic).partitions().size();
	}

	private static Config config(String topic) throws Exception {
		ConfigResource resource = new ConfigResource(ConfigResource.Type.TOPIC, topic);
		return admin.describeConfigs(List.of(resource)).all().get().get(resource);
	}

	private static Map<String, Object> adminConfig() {
		return Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, TestBackends.kafka().bootstrapServers());
	}

	private static String newTopicName() {
		return "topic-check-" + UUID.randomUUID();
	}

	static OutboxProperties properties(String topic, int partitions, Integer minInsyncReplicas) {
		return new OutboxProperties("articles", topic, "/articles-service", "dk.newsroom.article", partitions,
				(short) 1, minInsyncReplicas, java.time.Duration.ofSeconds(2), java.time.Duration.ofMillis(250),
				java.time.Duration.ofSeconds(15), java.time.Duration.ofSeconds(30), 100, null, true,
				java.time.Duration.ofSeconds(10));
	}

	private static OutboxProperties withReplicas(short replicas, Integer minInsyncReplicas) {
		OutboxProperties p = properties("t", 3, minInsyncReplicas);
		return new OutboxProperties(p.collection(), p.topic(), p.source(), p.eventTypePrefix(), p.partitions(),
				replicas, p.minInsyncReplicas(), p.sweepInterval(), p.pollInterval(), p.lease(), p.sendTimeout(),
				p.batchSize(), p.transactionalIdPrefix(), p.autoStart(), p.shutdownTimeout());
	}

}
