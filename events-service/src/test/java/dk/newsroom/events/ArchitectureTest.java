package dk.newsroom.events;

import com.tngtech.archunit.core.domain.JavaClasses;
import dk.newsroom.testsupport.ContentServiceRules;
import dk.newsroom.testsupport.PackageRules;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/** The few rules that keep the layout telling. */
class ArchitectureTest {

	private final JavaClasses classes = ContentServiceRules.mainClasses("dk.newsroom.events");

	@Test
	void theDomainKnowsNeitherSpringNorTheDriver() {
		ContentServiceRules.domainKnowsNeitherSpringNorTheDriver("event").check(this.classes);
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
	void theCalendarReadsEventsThroughTheirServiceOnly() {
		noClasses().that()
			.resideInAPackage("..calendar..")
			.should()
			.dependOnClassesThat()
			.haveSimpleNameEndingWith("Store")
			.orShould()
			.dependOnClassesThat()
			.haveSimpleNameEndingWith("Document")
			.check(this.classes);
	}

	@Test
	void eventsDoNotKnowHowTheyAreWrittenAsICalendar() {
		noClasses().that()
			.resideInAPackage("..event..")
			.should()
			.dependOnClassesThat()
			.resideInAnyPackage("..calendar..", "net.fortuna.ical4j..")
			.check(this.classes);
	}

	@Test
	void noTwoPackagesDependOnEachOther() {
		PackageRules.assertNoPackageCycles(this.getClass().getPackageName());
	}

}
