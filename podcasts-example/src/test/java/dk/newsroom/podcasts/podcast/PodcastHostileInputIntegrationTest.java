package dk.newsroom.podcasts.podcast;

import java.util.Map;

import dk.newsroom.testsupport.NewsroomIntegrationTest;
import dk.newsroom.testsupport.hostile.HostileInputConformance;
import dk.newsroom.testsupport.hostile.HostileRequests;

@NewsroomIntegrationTest
class PodcastHostileInputIntegrationTest extends HostileInputConformance {

	@Override
	protected String collection() {
		return PodcastFixtures.COLLECTION;
	}

	@Override
	protected String writeScope() {
		return PodcastFixtures.WRITE_SCOPE;
	}

	@Override
	protected String storedCollection() {
		return PodcastDocument.COLLECTION;
	}

	@Override
	protected Map<String, Object> validBody(String tag) {
		return PodcastFixtures.validPodcast(tag);
	}

	@Override
	protected HostileRequests describe(HostileRequests bodies) {
		return bodies.optional("tags");
	}

}
