package dk.newsroom.testsupport;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.lang.ArchRule;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/**
 * The layout rules every content service keeps (docs/design.md §10): a Spring-free
 * domain, the database reached only by the store and its documents, persistence documents
 * kept out of the API.
 */
public final class ContentServiceRules {

	private ContentServiceRules() {
	}

	/** The service's main classes, tests excluded. */
	public static JavaClasses mainClasses(String basePackage) {
		return ModuleClasses.of(basePackage);
	}

	/**
	 * The domain of the feature package (everything but its controller, service, store,
	 * documents, and the shapes of requests and queries read from the web) knows neither
	 * Spring, nor the driver (nor its BSON types), nor Kafka, nor the platform's web
	 * layer.
	 * @param featurePackage e.g. {@code article}
	 */
	public static ArchRule domainKnowsNeitherSpringNorTheDriver(String featurePackage) {
		return noClasses().that()
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
			.haveSimpleNameNotEndingWith("Query")
			.and()
			.haveSimpleNameNotEndingWith("Parameters")
			.and()
			.resideInAPackage(".." + featurePackage + "..")
			.should()
			.dependOnClassesThat()
			.resideInAnyPackage("org.springframework..", "com.mongodb..", "org.bson..", "org.apache.kafka..",
					"dk.newsroom.platform.web..");
	}

	public static ArchRule onlyTheStoreAndItsDocumentsTouchTheDatabase() {
		return noClasses().that()
			.haveSimpleNameNotEndingWith("Store")
			.and()
			.haveSimpleNameNotEndingWith("Document")
			.should()
			.dependOnClassesThat()
			.resideInAnyPackage("org.springframework.data.mongodb.core..", "com.mongodb..");
	}

	public static ArchRule persistenceDocumentsStayOutOfTheApi() {
		return noClasses().that()
			.haveSimpleNameEndingWith("Controller")
			.should()
			.dependOnClassesThat()
			.haveSimpleNameEndingWith("Document");
	}

}
