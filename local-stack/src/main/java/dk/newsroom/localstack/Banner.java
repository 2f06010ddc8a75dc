package dk.newsroom.localstack;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import dk.newsroom.localstack.app.App;
import dk.newsroom.localstack.app.AppTable;

/** The text shown once the stack is up: where everything is. */
final class Banner {

	private static final String LINE = "  %-14s %s%n";

	private Banner() {
	}

	static String text(List<App> running, String kafka, String mongo, Path data, Path logs, Path keys,
			Duration startup) {
		StringBuilder text = new StringBuilder();
		text.append(String.format(Locale.ROOT, "%nNewsroom local stack is up (started in %.1f s).%n%n",
				startup.toMillis() / 1000.0));
		Optional<App> gateway = running.stream().filter((app) -> app.name().equals("gateway")).findFirst();
		gateway.ifPresent((app) -> text.append(String.format(LINE, "Feed", app.baseUrl().resolve("/api/feed"))));
		for (App app : running) {
			if (app.name().endsWith("-service")) {
				String collection = app.name().substring(0, app.name().length() - "-service".length());
				String path = AppTable.apiPath(app.name());
				String direct = app.baseUrl().resolve(path).toString();
				String url = gateway.map((gw) -> gw.baseUrl().resolve(path) + "   (direct: " + direct + ")")
					.orElse(direct);
				text.append(String.format(LINE, capitalize(collection) + " API", url));
			}
		}
		String health = "Health";
		for (App app : running) {
			String port = app.hasManagementPort() ? ", management port " + app.managementPort() : "";
			text.append(String.format(LINE, health, app.readinessUrl() + "   (" + app.name() + port + ")"));
			health = "";
		}
		text.append(String.format(LINE, "Kafka", kafka));
		text.append(String.format(LINE, "MongoDB", mongo));
		text.append(String.format(LINE, "Data", data));
		text.append(String.format(LINE, "Logs", logs));
		text.append(String.format(LINE, "Tokens", "./dev-token.sh [scope ...]   (signing key in " + keys + ")"));
		text.append(String.format("%nPress Ctrl-C to stop.%n"));
		return text.toString();
	}

	private static String capitalize(String word) {
		return word.substring(0, 1).toUpperCase(Locale.ROOT) + word.substring(1);
	}

}
