package dk.newsroom.testsupport;

import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/**
 * The rule every module keeps (docs/design.md §10): no two of its packages depend on each
 * other, directly or round a longer cycle. Modules the test support itself depends on
 * (security, contracts, embedded) and those that do not use it (local-stack, bench,
 * calendar) state the same rule in their own test.
 */
public final class PackageRules {

	private PackageRules() {
	}

	/**
	 * Fails, naming each cycle, if packages under the base package depend on each other.
	 * @param basePackage e.g. {@code dk.newsroom.gateway}
	 */
	public static void assertNoPackageCycles(String basePackage) {
		slices().matching("dk.newsroom.(**)").should().beFreeOfCycles().check(ModuleClasses.of(basePackage));
	}

}
