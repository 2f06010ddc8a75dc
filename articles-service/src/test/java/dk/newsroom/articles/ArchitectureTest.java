package dk.newsroom.articles;

import dk.newsroom.testsupport.ContentServiceArchitecture;

/** The few rules that keep the layout telling. */
class ArchitectureTest extends ContentServiceArchitecture {

	@Override
	protected String featurePackage() {
		return "article";
	}

}
