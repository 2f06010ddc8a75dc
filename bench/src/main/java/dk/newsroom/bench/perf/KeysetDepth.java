package dk.newsroom.bench.perf;

import java.nio.charset.StandardCharsets;
import java.time.Duration;

import reactor.netty.http.client.HttpClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A keyset page deep in a list against the first page: follows {@code next} from the
 * first page until {@code depth} items are behind, then measures that page and the first
 * in alternation. Keyset paging should cost the same at any depth.
 */
final class KeysetDepth {

	private final JsonMapper json;

	KeysetDepth(JsonMapper json) {
		this.json = json;
	}

	/**
	 * The path of the page {@code depth} items deep, or {@code null} when the list is
	 * shorter.
	 * @param client the gateway or a service
	 * @param first the first page, e.g. {@code /api/feed?limit=20}
	 * @param depth how many items lie before the page; a multiple of {@code limit}
	 * @param limit the page size of {@code first}
	 */
	String deepPage(HttpClient client, String first, int depth, int limit) {
		String cursor = null;
		for (int skipped = 0; skipped < depth; skipped += limit) {
			String path = (cursor != null) ? first + "&cursor=" + cursor : first;
			String page = client.get()
				.uri(path)
				.responseSingle((response, body) -> body.asString(StandardCharsets.UTF_8))
				.block(Duration.ofSeconds(30));
			JsonNode next = this.json.readTree(page).path("next");
			if (next.isNull() || next.isMissingNode() || next.asString().isEmpty()) {
				return null;
			}
			cursor = next.asString();
		}
		return first + "&cursor=" + cursor;
	}

}
