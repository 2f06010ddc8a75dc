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
 * @param managementPort the port of its actuator (health, readiness): its HTTP port
 * unless it has a separate management server
 * @param managementPortSetting the setting that changes the management port; the same as
 * {@code portSetting} when there is no separate one
 */
public record App(String name, Path jar, int port, String portSetting, List<String> arguments, int managementPort,
		String managementPortSetting) {

	/** Spring Boot's readiness probe; UP (200) once the app can take traffic. */
	public static final String READINESS_PATH = "/actuator/health/readiness";

	public App {
		arguments = List.copyOf(arguments);
	}

	/** An app whose actuator is on its HTTP port. */
	public App(String name, Path jar, int port, String portSetting, List<String> arguments) {
		this(name, jar, port, portSetting, arguments, port, portSetting);
	}

	public URI baseUrl() {
		return URI.create("http://localhost:" + this.port);
	}

	/** Whether the actuator has a port of its own. */
	public boolean hasManagementPort() {
		return this.managementPort != this.port;
	}

	public URI readinessUrl() {
		return URI.create("http://localhost:" + this.managementPort + READINESS_PATH);
	}

}
