package dk.newsroom.events.event;

import java.util.Map;

import dk.newsroom.security.Scopes;
import dk.newsroom.testsupport.NewsroomIntegrationTest;
import dk.newsroom.testsupport.WriteAccessConformance;

@NewsroomIntegrationTest
class EventAccessIntegrationTest extends WriteAccessConformance {

	@Override
	protected String collection() {
		return "events";
	}

	@Override
	protected String writeScope() {
		return Scopes.EVENTS_WRITE;
	}

	@Override
	protected Map<String, Object> validBody(String tag) {
		return EventFixtures.validEvent(tag);
	}

}
