package dk.newsroom.events;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/** The few rules that keep the layout telling. */
class ArchitectureTest {

	private final JavaClasses classes = new ClassFileImporter()
		.withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
		.importPackages("dk.newsroom.events");

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
			.resideInAPackage("..event..")
			.should()
			.dependOnClassesThat()
			.resideInAnyPackage("org.springframework..", "com.mongodb..", "org.apache.kafka..")
			.check(this.classes);
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

}
