package dk.newsroom.localstack.settings;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;

/**
 * What the launcher starts and where. Every value can be set as a system property or an
 * environment variable (see {@link SettingSource}); the keys are the constants below.
 *
 * @param home the repository root the apps' jars are found under
 * @param dataDir where the broker, the MongoDB stand-in, the logs and the demo marker
 * keep their files
 * @param kafkaPort the broker's client port
 * @param mongoPort the MongoDB stand-in's port
 * @param appJvmOptions the JVM options of each app's process
 * @param readyTimeout how long an app may take to report ready
 * @param loadDemo whether to load the demo content on the first start
 * @param source where per-app settings (their ports) are read from
 */
public record StackSettings(Path home, Path dataDir, int kafkaPort, int mongoPort, List<String> appJvmOptions,
		Duration readyTimeout, boolean loadDemo, SettingSource source) {

	public static final String HOME = "newsroom.home";

	public static final String DATA_DIR = "newsroom.data-dir";

	public static final String KAFKA_PORT = "newsroom.kafka.port";

	public static final String MONGO_PORT = "newsroom.mongo.port";

	public static final String APP_JVM_OPTIONS = "newsroom.app.jvm-options";

	public static final String READY_TIMEOUT = "newsroom.ready-timeout";

	public static final String DEMO = "newsroom.demo";

	/**
	 * The gateway's management port: its actuator (health, readiness) is served there,
	 * not on its public port.
	 */
	public static final String GATEWAY_MANAGEMENT_PORT = "newsroom.gateway.management-port";

	public static final int DEFAULT_GATEWAY_MANAGEMENT_PORT = 8180;

	/** Modest heaps: four apps and the broker share a developer's machine. */
	public static final String DEFAULT_APP_JVM_OPTIONS = "-Xmx384m -XX:+UseSerialGC -XX:TieredStopAtLevel=1";

	public static StackSettings from(SettingSource source, Path workingDir, String classPath) {
		Path home = home(source, workingDir, classPath);
		Path dataDir = dataDir(source, home);
		List<String> jvmOptions = Arrays.stream(source.text(APP_JVM_OPTIONS, DEFAULT_APP_JVM_OPTIONS).split("\\s+"))
			.filter((option) -> !option.isEmpty())
			.toList();
		return new StackSettings(home, dataDir, source.port(KAFKA_PORT, 9092), source.port(MONGO_PORT, 27017),
				jvmOptions, source.seconds(READY_TIMEOUT, Duration.ofSeconds(180)), source.flag(DEMO, true), source);
	}

	/**
	 * Only the data folder, as {@link #from} finds it: for tools that share the stack's
	 * data folder but none of its other settings.
	 */
	public static Path dataDir(SettingSource source, Path workingDir, String classPath) {
		return dataDir(source, home(source, workingDir, classPath));
	}

	private static Path home(SettingSource source, Path workingDir, String classPath) {
		Path home = source.find(HOME).map(Path::of).orElseGet(() -> Home.locate(workingDir, classPath));
		return home.toAbsolutePath().normalize();
	}

	private static Path dataDir(SettingSource source, Path home) {
		return source.find(DATA_DIR).map(Path::of).orElse(home.resolve("data")).toAbsolutePath().normalize();
	}

	/** The settings of this JVM, started from the working directory. */
	public static StackSettings fromSystem() {
		return from(SettingSource.system(), Path.of(""), System.getProperty("java.class.path"));
	}

	/**
	 * @param app the app's short name, e.g. {@code gateway} or {@code articles}
	 * @param fallback its usual port
	 * @return the port set by {@code newsroom.<app>.port}, else the fallback
	 */
	public int appPort(String app, int fallback) {
		return this.source.port(appPortKey(app), fallback);
	}

	/**
	 * @return the gateway's management port, set by {@value #GATEWAY_MANAGEMENT_PORT}
	 */
	public int gatewayManagementPort() {
		return this.source.port(GATEWAY_MANAGEMENT_PORT, DEFAULT_GATEWAY_MANAGEMENT_PORT);
	}

	public static String appPortKey(String app) {
		return "newsroom." + app + ".port";
	}

}
