package dk.newsroom.localstack.app;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.jar.Attributes;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

class ExecutableJarTest {

	@TempDir
	Path folder;

	@Test
	void acceptsAJarWithAMainClass() throws IOException {
		Path jar = jar("app.jar", "org.springframework.boot.loader.launch.JarLauncher");

		assertThat(ExecutableJar.problem(jar)).isEmpty();
	}

	@Test
	void refusesTheJarOfAnEmptyShellModule() throws IOException {
		Path jar = jar("shell.jar", null);

		assertThat(ExecutableJar.problem(jar))
			.hasValueSatisfying((problem) -> assertThat(problem).contains("not an executable jar"));
	}

	@Test
	void refusesAMissingOrBrokenJar() throws IOException {
		Path broken = Files.write(this.folder.resolve("broken.jar"), new byte[] { 'P', 'K', 5, 6 });

		assertThat(ExecutableJar.problem(this.folder.resolve("missing.jar"))).hasValue("does not exist");
		assertThat(ExecutableJar.problem(broken))
			.hasValueSatisfying((problem) -> assertThat(problem).startsWith("cannot be read as a jar"));
	}

	private Path jar(String name, String mainClass) throws IOException {
		Manifest manifest = new Manifest();
		manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
		if (mainClass != null) {
			manifest.getMainAttributes().put(Attributes.Name.MAIN_CLASS, mainClass);
		}
		Path jar = this.folder.resolve(name);
		try (OutputStream out = Files.newOutputStream(jar);
				JarOutputStream ignored = new JarOutputStream(out, manifest)) {
			// the manifest is all it needs
		}
		return jar;
	}

}
