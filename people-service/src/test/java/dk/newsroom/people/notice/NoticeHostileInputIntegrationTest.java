package dk.newsroom.people.notice;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import dk.newsroom.security.Scopes;
import dk.newsroom.testsupport.NewsroomIntegrationTest;
import dk.newsroom.testsupport.hostile.HostileInputConformance;
import dk.newsroom.testsupport.hostile.HostileRequests;
import org.junit.jupiter.params.provider.Arguments;

import static org.junit.jupiter.params.provider.Arguments.arguments;

@NewsroomIntegrationTest
class NoticeHostileInputIntegrationTest extends HostileInputConformance {

	@Override
	protected String collection() {
		return "people";
	}

	@Override
	protected String writeScope() {
		return Scopes.PEOPLE_WRITE;
	}

	@Override
	protected String storedCollection() {
		return NoticeDocument.COLLECTION;
	}

	@Override
	protected Map<String, Object> validBody(String tag) {
		return NoticeFixtures.validNotice(tag);
	}

	@Override
	protected HostileRequests describe(HostileRequests bodies) {
		return bodies
			.optional("person.age", "person.photo", "person.photo.caption", "person.photo.credit", "focusAreas",
					"previousPosition", "previousPosition.title", "previousPosition.company", "education",
					"earlierExperience", "tags")
			// Every text limit is at most 2 000 characters; the body limit is 64 KB.
			.overlongLength(2_001);
	}

	@Override
	protected HostileRequests describePublish(HostileRequests publishBodies) {
		return publishBodies.overlongLength(2_001);
	}

	@Override
	protected int maxBodyBytes() {
		return 64 * 1024;
	}

	@Override
	protected List<String> moreBodyEndpoints() {
		return List.of("/preview");
	}

	@Override
	protected List<Arguments> hostileListParameters() {
		List<Arguments> parameters = new ArrayList<>(super.hostileListParameters());
		parameters.add(arguments("company", "x".repeat(101)));
		parameters.add(arguments("company", "a\u0000b"));
		return parameters;
	}

}
