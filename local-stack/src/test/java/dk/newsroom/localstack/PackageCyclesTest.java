package dk.newsroom.localstack;

import java.nio.file.Path;

import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/**
 * No two packages depend on each other (docs/design.md §10; the modules with the test
 * support use its PackageRules, which this module cannot depend on).
 */
class PackageCyclesTest {

	@Test
	void noTwoPackagesDependOnEachOther() {
		slices().matching("dk.newsroom.(**)")
			.should()
			.beFreeOfCycles()
			.check(new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
				.importPath(Path.of("target/classes")));
	}

}
