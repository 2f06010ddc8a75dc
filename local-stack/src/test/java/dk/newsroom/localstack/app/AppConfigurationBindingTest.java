package dk.newsroom.localstack.app;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import dk.newsroom.localstack.settings.SettingSource;
import dk.newsroom.localstack.settings.StackSettings;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The properties the launcher passes on the command line must be the ones the apps read:
 * Boot ignores unknown ones silently (docs/design.md §8). Reads each app's
 * application.yml from the source tree; apps without one yet, and services the gateway
 * does not route yet, are left out.
 */
class AppConfigurationBindingTest {

	private static final Path REPO = Path.of("..").toAbsolutePath().normalize();

	private static final String SERVICE_URL = "newsroom.services.";

	private static final String ROUTES = "spring.cloud.gateway.server.webflux.routes";

	/**
	 * Spring Boot's own properties, which the apps need not repeat in application.yml:
	 * Boot reads them whatever the yml says (a wrong one fails the app's start).
	 */
	private static final Set<String> BOOT_PROPERTIES = Set.of("management.server.port",
			"spring.security.oauth2.resourceserver.jwt.issuer-uri",
			"spring.security.oauth2.resourceserver.jwt.audiences",
			"spring.security.oauth2.resourceserver.jwt.public-key-location");

	@Test
	void everyPropertyTheLauncherSetsIsOneTheAppDeclares() throws IOException {
		StackSettings settings = StackSettings
			.from(SettingSource.of(Map.of("newsroom.home", REPO.toString()), Map.of()), REPO, "");
		int checked = 0;
		for (App app : AppTable.of(settings)) {
			Optional<Map<String, Object>> declared = configuration(app.name());
			if (declared.isEmpty()) {
				continue;
			}
			for (String argument : app.arguments()) {
				String key = argument.substring(2, argument.indexOf('='));
				if (BOOT_PROPERTIES.contains(key)) {
					continue;
				}
				if (!key.startsWith(SERVICE_URL) || routes(declared.get(), key)) {
					assertThat(lookup(declared.get(), key)).as("%s in %s/application.yml", key, app.name()).isNotNull();
					checked++;
				}
			}
		}
		assumeTrue(checked > 0, "no app has an application.yml yet");
	}

	/**
	 * Whether the gateway has a route to the service whose URL this key sets, e.g.
	 * {@code /api/people/**} for {@code newsroom.services.people-url}.
	 */
	@SuppressWarnings("unchecked")
	private static boolean routes(Map<String, Object> gateway, String key) {
		String collection = key.substring(SERVICE_URL.length(), key.length() - "-url".length());
		Object routes = lookup(gateway, ROUTES);
		if (!(routes instanceof List)) {
			return false;
		}
		return ((List<Object>) routes).stream()
			.filter(Map.class::isInstance)
			.map((route) -> String.valueOf(((Map<String, Object>) route).get("predicates")))
			.anyMatch((predicates) -> predicates.contains("/api/" + collection + "/"));
	}

	@SuppressWarnings("unchecked")
	private static Object lookup(Map<String, Object> yaml, String key) {
		Object node = yaml;
		for (String part : key.split("\\.")) {
			if (!(node instanceof Map)) {
				return null;
			}
			node = ((Map<String, Object>) node).get(part);
		}
		return node;
	}

	private static Optional<Map<String, Object>> configuration(String module) throws IOException {
		Path config = REPO.resolve(module).resolve("src/main/resources/application.yml");
		if (!Files.isRegularFile(config)) {
			return Optional.empty();
		}
		try (Reader reader = Files.newBufferedReader(config)) {
			return Optional.of(new Yaml().load(reader));
		}
	}

}
