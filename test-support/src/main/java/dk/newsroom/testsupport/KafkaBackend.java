package dk.newsroom.testsupport;

/**
 * The Kafka broker the tests of this JVM share. A test may stop it to simulate an outage;
 * it comes back on the same address.
 */
public interface KafkaBackend {

	String bootstrapServers();

	/** Makes the broker unreachable until {@link #start()}; acknowledged data is kept. */
	void stop();

	void start();

}
