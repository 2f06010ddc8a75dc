package dk.newsroom.localstack.settings;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Finds the repository the apps' jars are built in: the one the launcher's own jar lives
 * in ({@code <home>/local-stack/target/local-stack.jar}), else the nearest folder at or
 * above the working directory that holds the {@code local-stack} module, else the working
 * directory.
 */
final class Home {

	private static final String MODULE = "local-stack";

	private Home() {
	}

	static Path locate(Path workingDir, String classPath) {
		Path fromJar = fromLauncherJar(classPath);
		if (fromJar != null) {
			return fromJar;
		}
		for (Path dir = workingDir.toAbsolutePath().normalize(); dir != null; dir = dir.getParent()) {
			if (Files.isRegularFile(dir.resolve(MODULE).resolve("pom.xml"))) {
				return dir;
			}
		}
		return workingDir.toAbsolutePath().normalize();
	}

	private static Path fromLauncherJar(String classPath) {
		if (classPath == null || classPath.isBlank() || classPath.contains(File.pathSeparator)) {
			return null;
		}
		Path jar = Path.of(classPath).toAbsolutePath().normalize();
		Path target = jar.getParent();
		Path module = (target != null) ? target.getParent() : null;
		boolean inModule = jar.getFileName().toString().endsWith(".jar")
				&& target.getFileName().toString().equals("target") && module != null
				&& module.getFileName().toString().equals(MODULE);
		return (inModule && module.getParent() != null) ? module.getParent() : null;
	}

}
