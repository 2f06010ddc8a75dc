package dk.newsroom.people.notice;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import dk.newsroom.security.Scopes;
import dk.newsroom.testsupport.NewsroomIntegrationTest;
import dk.newsroom.testsupport.WriteAccessConformance;

import org.springframework.http.HttpMethod;

@NewsroomIntegrationTest
class NoticeAccessIntegrationTest extends WriteAccessConformance {

	@Override
	protected String collection() {
		return "people";
	}

	@Override
	protected String writeScope() {
		return Scopes.PEOPLE_WRITE;
	}

	@Override
	protected Map<String, Object> validBody(String tag) {
		return NoticeFixtures.validNotice(tag);
	}

	/**
	 * The preview stores nothing, but it is an editor's tool: it takes the write scope.
	 */
	@Override
	protected List<Write> writes(String id) {
		List<Write> writes = new ArrayList<>(super.writes(id));
		writes.add(new Write(HttpMethod.POST, "/api/people/preview"));
		return writes;
	}

}
