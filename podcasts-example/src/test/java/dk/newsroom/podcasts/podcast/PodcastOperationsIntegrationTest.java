package dk.newsroom.podcasts.podcast;

import java.util.Map;

import dk.newsroom.testsupport.NewsroomIntegrationTest;
import dk.newsroom.testsupport.OperationsConformance;

@NewsroomIntegrationTest
class PodcastOperationsIntegrationTest extends OperationsConformance {

	@Override
	protected String collection() {
		return PodcastFixtures.COLLECTION;
	}

	@Override
	protected String writeScope() {
		return PodcastFixtures.WRITE_SCOPE;
	}

	@Override
	protected String type() {
		return "podcast";
	}

	@Override
	protected String application() {
		return "podcasts-service";
	}

	@Override
	protected Map<String, Object> validBody(String tag) {
		return PodcastFixtures.validPodcast(tag);
	}

}
