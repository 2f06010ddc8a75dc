package dk.newsroom.articles;

import com.tngtech.archunit.core.domain.JavaClasses;
import dk.newsroom.testsupport.ContentServiceRules;
import dk.newsroom.testsupport.PackageRules;
import org.junit.jupiter.api.Test;

/** The few rules that keep the layout telling. */
class ArchitectureTest {

	private final JavaClasses classes = ContentServiceRules.mainClasses("dk.newsroom.articles");

	@Test
	void theDomainKnowsNeitherSpringNorTheDriver() {
		ContentServiceRules.domainKnowsNeitherSpringNorTheDriver("article").check(this.classes);
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
