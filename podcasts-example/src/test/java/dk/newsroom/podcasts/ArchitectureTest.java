package dk.newsroom.podcasts;

import dk.newsroom.testsupport.ContentServiceArchitecture;

/** The layout rules every content service keeps. */
class ArchitectureTest extends ContentServiceArchitecture {

	@Override
	protected String featurePackage() {
		return "podcast";
	}

}
