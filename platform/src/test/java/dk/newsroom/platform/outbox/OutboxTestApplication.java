package dk.newsroom.platform.outbox;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.PropertySource;

/**
 * The smallest content service the outbox can be tested in, so the outbox's integration
 * tests live next to the outbox and not in a service that happens to use it: one document
 * type, {@link Note}, written through {@code ContentDocuments} and the real
 * {@link OutboxWriter} by {@link NoteController}, with the platform's auto-configuration
 * (outbox, relay, security, tracing, metrics) as every service has it. The tests start it
 * with {@code @NewsroomIntegrationTest}, which finds it as the
 * {@code @SpringBootConfiguration} of this package and connects it to the test backends.
 * Its settings are in {@code outbox-test-application.properties}, not in an
 * {@code application.properties} that the services' tests would see in the platform's
 * test jar.
 */
@SpringBootApplication
@PropertySource("classpath:outbox-test-application.properties")
public class OutboxTestApplication {

	/** The scope a token needs to write notes. */
	static final String WRITE_SCOPE = "notes:write";

}
