package dk.newsroom.testsupport;

import com.tngtech.archunit.core.domain.JavaClasses;
import org.junit.jupiter.api.Test;

/**
 * The layout rules every content service keeps (docs/design.md §10), run by a test class
 * in the service's base package: {@link ContentServiceRules} on its main classes, and no
 * package cycles. A service adds its own rules in the subclass.
 */
public abstract class ContentServiceArchitecture {

	private final JavaClasses classes = ContentServiceRules.mainClasses(getClass().getPackageName());

	/** The feature package of the service's content type, e.g. {@code article}. */
	protected abstract String featurePackage();

	/** The service's main classes, tests excluded. */
	protected JavaClasses classes() {
		return this.classes;
	}

	@Test
	void theDomainKnowsNeitherSpringNorTheDriver() {
		ContentServiceRules.domainKnowsNeitherSpringNorTheDriver(featurePackage()).check(this.classes);
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
		PackageRules.assertNoPackageCycles(getClass().getPackageName());
	}

}
