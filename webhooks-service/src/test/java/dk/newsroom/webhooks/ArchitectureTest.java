package dk.newsroom.webhooks;

import com.tngtech.archunit.core.domain.JavaClasses;
import dk.newsroom.testsupport.ModuleClasses;
import dk.newsroom.testsupport.PackageRules;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The few rules that keep the layout telling (docs/design.md §10), on the module's own
 * classes ({@link ModuleClasses}: imported once, from its class folder).
 */
class ArchitectureTest {

	private final JavaClasses classes = ModuleClasses.of("dk.newsroom.webhooks");

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

	@Test
	void theImportHoldsTheModulesPackages() {
		// A rule over an empty import passes whatever the code does.
		assertThat(this.classes.containPackage("dk.newsroom.webhooks.delivery")).isTrue();
		assertThat(this.classes.containPackage("dk.newsroom.webhooks.signing")).isTrue();
	}

}
