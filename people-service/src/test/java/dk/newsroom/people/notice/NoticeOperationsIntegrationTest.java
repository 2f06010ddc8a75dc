package dk.newsroom.people.notice;

import java.util.Map;

import dk.newsroom.security.Scopes;
import dk.newsroom.testsupport.NewsroomIntegrationTest;
import dk.newsroom.testsupport.OperationsConformance;

@NewsroomIntegrationTest
class NoticeOperationsIntegrationTest extends OperationsConformance {

	@Override
	protected String collection() {
		return "people";
	}

	@Override
	protected String writeScope() {
		return Scopes.PEOPLE_WRITE;
	}

	@Override
	protected String type() {
		return "person";
	}

	@Override
	protected String application() {
		return "people-service";
	}

	@Override
	protected Map<String, Object> validBody(String tag) {
		return NoticeFixtures.validNotice(tag);
	}

}
