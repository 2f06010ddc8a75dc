package dk.newsroom.people;

import com.tngtech.archunit.core.domain.JavaClasses;
import dk.newsroom.testsupport.ContentServiceRules;
import dk.newsroom.testsupport.PackageRules;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/** The few rules that keep the layout telling. */
class ArchitectureTest {

	private final JavaClasses classes = ContentServiceRules.mainClasses("dk.newsroom.people");

	@Test
	void theDomainKnowsNeitherSpringNorTheDriver() {
		ContentServiceRules.domainKnowsNeitherSpringNorTheDriver("notice").check(this.classes);
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
		ContentServiceRules.onlyTheStoreAndItsDocumentsTouchTheDatabase().check(this.classes);
	}

	@Test
	void persistenceDocumentsStayOutOfTheApi() {
		ContentServiceRules.persistenceDocumentsStayOutOfTheApi().check(this.classes);
	}

	@Test
	void noTwoPackagesDependOnEachOther() {
		PackageRules.assertNoPackageCycles(this.getClass().getPackageName());
	}

}
