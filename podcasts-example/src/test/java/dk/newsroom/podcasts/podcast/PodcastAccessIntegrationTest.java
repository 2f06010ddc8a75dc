package dk.newsroom.podcasts.podcast;

import java.util.Map;

import dk.newsroom.testsupport.NewsroomIntegrationTest;
import dk.newsroom.testsupport.WriteAccessConformance;

@NewsroomIntegrationTest
class PodcastAccessIntegrationTest extends WriteAccessConformance {

	@Override
	protected String collection() {
		return PodcastFixtures.COLLECTION;
	}

	@Override
	protected String writeScope() {
		return PodcastFixtures.WRITE_SCOPE;
	}

	@Override
	protected Map<String, Object> validBody(String tag) {
		return PodcastFixtures.validPodcast(tag);
	}

}
