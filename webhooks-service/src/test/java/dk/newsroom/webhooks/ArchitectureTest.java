package dk.newsroom.webhooks;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import dk.newsroom.testsupport.PackageRules;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/** The few rules that keep the layout telling (docs/design.md §10). */
class ArchitectureTest {

	private final JavaClasses classes = new ClassFileImporter()
		.withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
		.importPackages("dk.newsroom.webhooks");

	@Test
	void noTwoPackagesDependOnEachOther() {
		PackageRules.assertNoPackageCycles("dk.newsroom.webhooks");
	}

	@Test
	void signingAndTheTargetRulesArePlainJava() {
		noClasses().that()
			.resideInAnyPackage("..signing..")
			.should()
			.dependOnClassesThat()
			.resideInAnyPackage("org.springframework..", "com.mongodb..", "org.bson..", "reactor..")
			.check(this.classes);
	}

	@Test
	void storedDocumentsStayOutOfTheApi() {
		// Responses map from documents; controllers only ever see the responses.
		noClasses().that()
			.haveSimpleNameEndingWith("Controller")
			.should()
			.dependOnClassesThat()
			.haveSimpleNameEndingWith("Document")
			.check(this.classes);
	}

}
