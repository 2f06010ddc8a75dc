package dk.newsroom.events;

import dk.newsroom.testsupport.ContentServiceArchitecture;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/** The few rules that keep the layout telling. */
class ArchitectureTest extends ContentServiceArchitecture {

	@Override
	protected String featurePackage() {
		return "event";
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
			.check(classes());
	}

	@Test
	void eventsDoNotKnowHowTheyAreWrittenAsICalendar() {
		noClasses().that()
			.resideInAPackage("..event..")
			.should()
			.dependOnClassesThat()
			.resideInAnyPackage("..calendar..", "net.fortuna.ical4j..")
			.check(classes());
	}

}
