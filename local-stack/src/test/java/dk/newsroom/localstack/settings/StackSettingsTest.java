package dk.newsroom.localstack.settings;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

class StackSettingsTest {

	@TempDir
	Path repo;

	@Test
	void usesTheUsualPortsAndTheDataFolderInTheRepository() throws IOException {
		Files.createDirectories(this.repo.resolve("local-stack"));
		Files.writeString(this.repo.resolve("local-stack/pom.xml"), "<project/>");
		Path module = Files.createDirectories(this.repo.resolve("local-stack/src"));

		StackSettings settings = StackSettings.from(SettingSource.of(Map.of(), Map.of()), module, "a.jar:b.jar");

		assertThat(settings.home()).isEqualTo(this.repo.toAbsolutePath().normalize());
		assertThat(settings.dataDir()).isEqualTo(settings.home().resolve("data"));
		assertThat(settings.kafkaPort()).isEqualTo(9092);
		assertThat(settings.mongoPort()).isEqualTo(27017);
		assertThat(settings.appPort("gateway", 8080)).isEqualTo(8080);
		assertThat(settings.gatewayManagementPort()).isEqualTo(8180);
		assertThat(settings.appJvmOptions()).containsExactly("-Xmx384m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1");
		assertThat(settings.readyTimeout()).hasSeconds(180);
		assertThat(settings.loadDemo()).isTrue();
	}

	@Test
	void findsTheRepositoryFromTheLauncherJar() {
		String jar = this.repo.resolve("local-stack/target/local-stack.jar").toString();

		StackSettings settings = StackSettings.from(SettingSource.of(Map.of(), Map.of()), Path.of("/"), jar);

		assertThat(settings.home()).isEqualTo(this.repo.toAbsolutePath().normalize());
	}

	@Test
	void takesEverySettingFromTheEnvironment() {
		Map<String, String> environment = Map.of("NEWSROOM_HOME", this.repo.toString(), "NEWSROOM_DATA_DIR",
				this.repo.resolve("elsewhere").toString(), "NEWSROOM_KAFKA_PORT", "19092", "NEWSROOM_MONGO_PORT",
				"37017", "NEWSROOM_ARTICLES_PORT", "18081", "NEWSROOM_APP_JVM_OPTIONS", " -Xmx256m  -Dfoo=bar ",
				"NEWSROOM_READY_TIMEOUT", "60", "NEWSROOM_DEMO", "false", "NEWSROOM_GATEWAY_MANAGEMENT_PORT", "18180");

		StackSettings settings = StackSettings.from(SettingSource.of(Map.of(), environment), Path.of("/"), "");

		assertThat(settings.home()).isEqualTo(this.repo);
		assertThat(settings.dataDir()).isEqualTo(this.repo.resolve("elsewhere"));
		assertThat(settings.kafkaPort()).isEqualTo(19092);
		assertThat(settings.mongoPort()).isEqualTo(37017);
		assertThat(settings.appPort("articles", 8081)).isEqualTo(18081);
		assertThat(settings.appJvmOptions()).containsExactly("-Xmx256m", "-Dfoo=bar");
		assertThat(settings.readyTimeout()).hasSeconds(60);
		assertThat(settings.loadDemo()).isFalse();
		assertThat(settings.gatewayManagementPort()).isEqualTo(18180);
	}

	@Test
	void findsTheDataFolderAloneAsTheLauncherDoes() {
		String jar = this.repo.resolve("local-stack/target/local-stack.jar").toString();

		assertThat(StackSettings.dataDir(SettingSource.of(Map.of(), Map.of()), Path.of("/"), jar))
			.isEqualTo(this.repo.toAbsolutePath().normalize().resolve("data"));
		assertThat(StackSettings.dataDir(
				SettingSource.of(Map.of(), Map.of("NEWSROOM_DATA_DIR", this.repo.resolve("other").toString())),
				Path.of("/"), jar))
			.isEqualTo(this.repo.resolve("other"));
		assertThat(StackSettings.dataDir(SettingSource.of(Map.of(), Map.of("NEWSROOM_GATEWAY_PORT", "not a port")),
				Path.of("/"), jar))
			.isEqualTo(this.repo.toAbsolutePath().normalize().resolve("data"));
	}

}
