package dk.newsroom.events.event;

import java.util.Map;

import dk.newsroom.contracts.ContractType;
import dk.newsroom.security.Scopes;
import dk.newsroom.testsupport.EventContractCheck;
import dk.newsroom.testsupport.NewsroomIntegrationTest;

@NewsroomIntegrationTest
class EventTopicContractIntegrationTest extends EventContractCheck {

	@Override
	protected ContractType type() {
		return ContractType.EVENT;
	}

	@Override
	protected Map<String, Object> minimalBody(String tag) {
		Map<String, Object> body = EventFixtures.validEvent(tag);
		for (String optional : new String[] { "description", "venue", "registrationUrl", "organiser", "image" }) {
			body.remove(optional);
		}
		return body;
	}

	@Override
	protected Map<String, Object> fullBody(String tag) {
		return EventFixtures.validEvent(tag);
	}

	@Override
	protected String writeScope() {
		return Scopes.EVENTS_WRITE;
	}

}
