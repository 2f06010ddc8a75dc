package dk.newsroom.example;

import dk.newsroom.testsupport.PackageRules;
import org.junit.jupiter.api.Test;

class PackageCyclesTest {

	@Test
	void noTwoPackagesDependOnEachOther() {
		PackageRules.assertNoPackageCycles("dk.newsroom.example");
	}

}
