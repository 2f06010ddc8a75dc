package dk.newsroom.people;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/** The few rules that keep the layout telling. */
class ArchitectureTest {

	private final JavaClasses classes = new ClassFileImporter()
		.withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
		.importPackages("dk.newsroom.people");

	@Test
	void theDomainKnowsNeitherSpringNorTheDriver() {
		noClasses().that()
			.haveSimpleNameNotEndingWith("Controller")
			.and()
			.haveSimpleNameNotEndingWith("Service")
			.and()
			.haveSimpleNameNotEndingWith("Store")
			.and()
			.haveSimpleNameNotEndingWith("Document")
			.and()
			.haveSimpleNameNotEndingWith("Request")
			.and()
			.resideInAPackage("..notice..")
			.should()
			.dependOnClassesThat()
			.resideInAnyPackage("org.springframework..", "com.mongodb..", "org.apache.kafka..")
			.check(this.classes);
	}

	@Test
	void theHouseStyleAndTheQualityChecksArePlainJava() {
		noClasses().that()
			.resideInAnyPackage("..announcement..", "..quality..")
			.should()
			.dependOnClassesThat()
			.resideInAnyPackage("org.springframework..", "com.mongodb..", "org.bson..", "org.apache.kafka..",
					"reactor..", "jakarta..", "tools.jackson..", "com.fasterxml..", "dk.newsroom.platform..")
			.check(this.classes);
	}

	@Test
	void theHouseStyleAndTheQualityChecksKnowNothingOfTheNoticeLifecycle() {
		noClasses().that()
			.resideInAnyPackage("..announcement..", "..quality..")
			.should()
			.dependOnClassesThat()
			.resideInAPackage("..notice..")
			.check(this.classes);
		slices().matching("dk.newsroom.people.(*)..").should().beFreeOfCycles().check(this.classes);
	}

	@Test
	void onlyTheStoreAndItsDocumentsTouchTheDatabase() {
		noClasses().that()
			.haveSimpleNameNotEndingWith("Store")
			.and()
			.haveSimpleNameNotEndingWith("Document")
			.should()
			.dependOnClassesThat()
			.resideInAnyPackage("org.springframework.data.mongodb.core..", "com.mongodb..")
			.check(this.classes);
	}

	@Test
	void persistenceDocumentsStayOutOfTheApi() {
		noClasses().that()
			.haveSimpleNameEndingWith("Controller")
			.should()
			.dependOnClassesThat()
			.haveSimpleNameEndingWith("Document")
			.check(this.classes);
	}

}
