package dk.newsroom.localstack.settings;

import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * Looks a setting up as a system property ({@code -Dnewsroom.kafka.port=19092}), then as
 * an environment variable whose name is the key in upper case with dots and dashes as
 * underscores ({@code NEWSROOM_KAFKA_PORT}).
 */
public final class SettingSource {

	private final UnaryOperator<String> properties;

	private final UnaryOperator<String> environment;

	private SettingSource(UnaryOperator<String> properties, UnaryOperator<String> environment) {
		this.properties = properties;
		this.environment = environment;
	}

	/** The settings of this JVM: its system properties and its environment. */
	public static SettingSource system() {
		return new SettingSource(System::getProperty, System::getenv);
	}

	/** Fixed settings, for tests. */
	public static SettingSource of(Map<String, String> properties, Map<String, String> environment) {
		return new SettingSource(properties::get, environment::get);
	}

	/**
	 * @param key a dotted key such as {@code newsroom.kafka.port}
	 * @return the environment variable that sets it, e.g. {@code NEWSROOM_KAFKA_PORT}
	 */
	public static String environmentName(String key) {
		return key.toUpperCase(Locale.ROOT).replace('.', '_').replace('-', '_');
	}

	public Optional<String> find(String key) {
		String value = this.properties.apply(key);
		if (value == null || value.isBlank()) {
			value = this.environment.apply(environmentName(key));
		}
		return (value == null || value.isBlank()) ? Optional.empty() : Optional.of(value.strip());
	}

	public String text(String key, String fallback) {
		return find(key).orElse(fallback);
	}

	public int port(String key, int fallback) {
		Optional<String> value = find(key);
		if (value.isEmpty()) {
			return fallback;
		}
		try {
			int port = Integer.parseInt(value.get());
			if (port >= 1 && port <= 65535) {
				return port;
			}
		}
		catch (NumberFormatException ex) {
			// reported below
		}
		throw invalid(key, "a port number from 1 to 65535", value.get());
	}

	public Duration seconds(String key, Duration fallback) {
		Optional<String> value = find(key);
		if (value.isEmpty()) {
			return fallback;
		}
		try {
			long seconds = Long.parseLong(value.get());
			if (seconds > 0) {
				return Duration.ofSeconds(seconds);
			}
		}
		catch (NumberFormatException ex) {
			// reported below
		}
		throw invalid(key, "a positive number of seconds", value.get());
	}

	public boolean flag(String key, boolean fallback) {
		Optional<String> value = find(key);
		if (value.isEmpty()) {
			return fallback;
		}
		return switch (value.get().toLowerCase(Locale.ROOT)) {
			case "true", "yes", "1" -> true;
			case "false", "no", "0" -> false;
			default -> throw invalid(key, "true or false", value.get());
		};
	}

	private static InvalidSettingException invalid(String key, String expected, String actual) {
		return new InvalidSettingException(
				key + " (or " + environmentName(key) + ") must be " + expected + " but was '" + actual + "'");
	}

}
