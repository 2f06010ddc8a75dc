package dk.newsroom.localstack.app;

import java.net.URI;
import java.nio.file.Path;
import java.util.List;

/**
 * An app the stack runs as {@code java -jar <jar> <arguments>}.
 *
 * @param name the app's name, also the name of its log file
 * @param jar its executable jar
 * @param port its HTTP port
 * @param portSetting the setting that changes its port, e.g.
 * {@code newsroom.gateway.port}
 * @param arguments its command-line arguments (Spring Boot properties)
 */
public record App(String name, Path jar, int port, String portSetting, List<String> arguments) {

	/** Spring Boot's readiness probe; UP (200) once the app can take traffic. */
	public static final String READINESS_PATH = "/actuator/health/readiness";

	public App {
		arguments = List.copyOf(arguments);
	}

	public URI baseUrl() {
		return URI.create("http://localhost:" + this.port);
	}

	public URI readinessUrl() {
		return baseUrl().resolve(READINESS_PATH);
	}

}
