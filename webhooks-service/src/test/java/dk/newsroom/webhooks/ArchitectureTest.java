package dk.newsroom.webhooks;

import java.net.URISyntaxException;
import java.nio.file.Path;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/**
 * The few rules that keep the layout telling (docs/design.md §10). The module's classes
 * are imported once for all of them, from the directory they were loaded from and without
 * resolving the rest of the class path (the rules look at direct dependencies only): an
 * import by package name for each rule took about 15 s.
 */
class ArchitectureTest {

	private static JavaClasses classes;

	@BeforeAll
	static void importOnce() throws URISyntaxException {
		// The directory the main classes were loaded from: an import by package name
		// opens every jar on the class path to look for the package.
		Path main = Path.of(WebhooksApplication.class.getProtectionDomain().getCodeSource().getLocation().toURI());
		classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
			.importPath(main);
	}

	@Test
	void noTwoPackagesDependOnEachOther() {
		// PackageRules.assertNoPackageCycles' rule, on the shared import.
		slices().matching("dk.newsroom.(**)").should().beFreeOfCycles().check(classes);
	}

	@Test
	void signingAndTheTargetRulesArePlainJava() {
		noClasses().that()
			.resideInAnyPackage("..signing..")
			.should()
			.dependOnClassesThat()
			.resideInAnyPackage("org.springframework..", "com.mongodb..", "org.bson..", "reactor..")
			.check(classes);
	}

	@Test
	void storedDocumentsStayOutOfTheApi() {
		// Responses map from documents; controllers only ever see the responses.
		noClasses().that()
			.haveSimpleNameEndingWith("Controller")
			.should()
			.dependOnClassesThat()
			.haveSimpleNameEndingWith("Document")
			.check(classes);
	}

	@Test
	void theImportHoldsTheModulesPackages() {
		// A rule over an empty import passes whatever the code does.
		org.assertj.core.api.Assertions.assertThat(classes.containPackage("dk.newsroom.webhooks.delivery")).isTrue();
		org.assertj.core.api.Assertions.assertThat(classes.containPackage("dk.newsroom.webhooks.signing")).isTrue();
	}

}
