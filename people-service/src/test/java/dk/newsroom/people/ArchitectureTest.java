package dk.newsroom.people;

import dk.newsroom.testsupport.ContentServiceArchitecture;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/** The few rules that keep the layout telling. */
class ArchitectureTest extends ContentServiceArchitecture {

	@Override
	protected String featurePackage() {
		return "notice";
	}

	@Test
	void theHouseStyleAndTheQualityChecksArePlainJava() {
		noClasses().that()
			.resideInAnyPackage("..announcement..", "..quality..")
			.should()
			.dependOnClassesThat()
			.resideInAnyPackage("org.springframework..", "com.mongodb..", "org.bson..", "org.apache.kafka..",
					"reactor..", "jakarta..", "tools.jackson..", "com.fasterxml..", "dk.newsroom.platform..")
			.check(classes());
	}

	@Test
	void theHouseStyleAndTheQualityChecksKnowNothingOfTheNoticeLifecycle() {
		noClasses().that()
			.resideInAnyPackage("..announcement..", "..quality..")
			.should()
			.dependOnClassesThat()
			.resideInAPackage("..notice..")
			.check(classes());
		slices().matching("dk.newsroom.people.(*)..").should().beFreeOfCycles().check(classes());
	}

}
