package dk.newsroom.people.notice;

import java.util.Map;

import dk.newsroom.contracts.ContractType;
import dk.newsroom.security.Scopes;
import dk.newsroom.testsupport.EventContractCheck;
import dk.newsroom.testsupport.NewsroomIntegrationTest;

@NewsroomIntegrationTest
class NoticeTopicContractIntegrationTest extends EventContractCheck {

	@Override
	protected ContractType type() {
		return ContractType.PERSON;
	}

	@Override
	protected Map<String, Object> minimalBody(String tag) {
		Map<String, Object> body = NoticeFixtures.validNotice(tag);
		for (String optional : new String[] { "previousPosition", "education", "earlierExperience" }) {
			body.remove(optional);
		}
		return body;
	}

	@Override
	protected Map<String, Object> fullBody(String tag) {
		return NoticeFixtures.validNotice(tag);
	}

	@Override
	protected String writeScope() {
		return Scopes.PEOPLE_WRITE;
	}

}
