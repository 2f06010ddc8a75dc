package dk.newsroom.podcasts.podcast;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Request bodies for the tests: a valid Danish episode that a test then spoils or tags.
 */
final class PodcastFixtures {

	static final String COLLECTION = "podcasts";

	static final String WRITE_SCOPE = "podcasts:write";

	private PodcastFixtures() {
	}

	static Map<String, Object> validPodcast(String tag) {
		Map<String, Object> podcast = new LinkedHashMap<>();
		podcast.put("title", "Techtopia: Sådan flytter Østjylland sine data til skyen");
		podcast.put("description",
				"Tre it-chefer fortæller, hvad det kostede at flytte kommunens data ud af kælderen.");
		podcast.put("audioUrl", "https://lyd.newsroom.dk/2026/techtopia-412.mp3");
		podcast.put("durationSeconds", 2520);
		podcast.put("tags", List.of(tag, "cloud"));
		return podcast;
	}

}
