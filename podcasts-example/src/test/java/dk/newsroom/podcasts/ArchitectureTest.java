package dk.newsroom.podcasts;

import com.tngtech.archunit.core.domain.JavaClasses;
import dk.newsroom.testsupport.ContentServiceRules;
import dk.newsroom.testsupport.PackageRules;
import org.junit.jupiter.api.Test;

/** The layout rules every content service keeps. */
class ArchitectureTest {

	private final JavaClasses classes = ContentServiceRules.mainClasses("dk.newsroom.podcasts");

	@Test
	void theDomainKnowsNeitherSpringNorTheDriver() {
		ContentServiceRules.domainKnowsNeitherSpringNorTheDriver("podcast").check(this.classes);
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
