package dk.newsroom.events.event;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dk.newsroom.security.Scopes;
import dk.newsroom.testsupport.NewsroomIntegrationTest;
import dk.newsroom.testsupport.hostile.HostileInputConformance;
import dk.newsroom.testsupport.hostile.HostileRequests;
import org.junit.jupiter.params.provider.Arguments;

import static org.junit.jupiter.params.provider.Arguments.arguments;

@NewsroomIntegrationTest
class EventHostileInputIntegrationTest extends HostileInputConformance {

	@Override
	protected String collection() {
		return "events";
	}

	@Override
	protected String writeScope() {
		return Scopes.EVENTS_WRITE;
	}

	@Override
	protected String storedCollection() {
		return EventDocument.COLLECTION;
	}

	@Override
	protected Map<String, Object> validBody(String tag) {
		Map<String, Object> body = new LinkedHashMap<>(EventFixtures.validEvent(tag));
		body.put("eventStatus", "SCHEDULED");
		return body;
	}

	@Override
	protected HostileRequests describe(HostileRequests bodies) {
		return bodies.optional("description", "venue", "venue.address", "registrationUrl", "organiser", "image",
				"image.caption", "image.credit", "tags", "eventStatus");
	}

	@Override
	protected String validPublishBody() {
		return "{\"publishAt\":\"2030-01-01T08:00:00+01:00\"}";
	}

	@Override
	protected List<Arguments> hostileListParameters() {
		List<Arguments> parameters = new ArrayList<>(super.hostileListParameters());
		parameters.add(arguments("track", "x".repeat(101)));
		parameters.add(arguments("track", "a\u0000b"));
		parameters.add(arguments("city", "x".repeat(101)));
		parameters.add(arguments("city", "a\u0000b"));
		return parameters;
	}

}
