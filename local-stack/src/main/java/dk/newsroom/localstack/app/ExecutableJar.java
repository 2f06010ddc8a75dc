package dk.newsroom.localstack.app;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.jar.JarFile;
import java.util.jar.Manifest;

/**
 * Whether {@code java -jar} can run a jar: a module that is still an empty shell, or a
 * half-written build, leaves a jar without a {@code Main-Class}.
 */
public final class ExecutableJar {

	private ExecutableJar() {
	}

	/**
	 * @param jar the jar to check
	 * @return why it cannot run, or empty if it can
	 */
	public static Optional<String> problem(Path jar) {
		if (!Files.isRegularFile(jar)) {
			return Optional.of("does not exist");
		}
		try (JarFile file = new JarFile(jar.toFile())) {
			Manifest manifest = file.getManifest();
			if (manifest == null || manifest.getMainAttributes().getValue("Main-Class") == null) {
				return Optional.of("is not an executable jar (its manifest names no Main-Class)");
			}
			return Optional.empty();
		}
		catch (IOException ex) {
			return Optional.of("cannot be read as a jar (" + ex.getMessage() + ")");
		}
	}

}
