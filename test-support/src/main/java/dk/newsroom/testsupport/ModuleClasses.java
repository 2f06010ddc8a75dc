package dk.newsroom.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.core.importer.Location;

/**
 * The main classes a module compiled under a base package, imported for ArchUnit rules
 * from the module's own class folder only. {@code importPackages} looks for the package
 * in every jar of the class path too, which made each module's architecture tests take
 * several seconds; a module's rules are about its own classes (what they depend on
 * outside is still resolved from the class path). Imported once per package and JVM: the
 * rules of a test class, each run on a new instance, share them.
 */
public final class ModuleClasses {

	private static final Map<String, JavaClasses> IMPORTED = new ConcurrentHashMap<>();

	private ModuleClasses() {
	}

	/**
	 * @param basePackage e.g. {@code dk.newsroom.gateway}
	 * @throws IllegalStateException if no class folder on the class path holds the
	 * package
	 */
	public static JavaClasses of(String basePackage) {
		return IMPORTED.computeIfAbsent(basePackage, ModuleClasses::importFolders);
	}

	private static JavaClasses importFolders(String basePackage) {
		Set<Location> folders = new LinkedHashSet<>();
		try {
			for (URL url : Collections
				.list(Thread.currentThread().getContextClassLoader().getResources(basePackage.replace('.', '/')))) {
				if ("file".equals(url.getProtocol())) {
					folders.add(Location.of(url));
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		if (folders.isEmpty()) {
			throw new IllegalStateException("No class folder on the class path holds " + basePackage);
		}
		return new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
			.importLocations(folders);
	}

}
