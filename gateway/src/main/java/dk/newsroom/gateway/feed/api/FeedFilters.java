package dk.newsroom.gateway.feed.api;

import java.util.ArrayList;
import java.util.List;

import dk.newsroom.gateway.feed.FeedQuery;

import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

/**
 * The filters of {@code /api/feed} for other endpoints that serve the same feed in
 * another shape, validated exactly as {@code /api/feed} validates them. An invalid
 * parameter is answered with the same 400 problem as {@code /api/feed} when the endpoint
 * lives in a package {@link FeedStreamProblemHandler} covers.
 */
public final class FeedFilters {

	private FeedFilters() {
	}

	/**
	 * The filters of a live stream: {@code type}, {@code tag} and {@code section}. A
	 * stream has no pages, so {@code limit} and {@code cursor} are rejected.
	 * @param params the query parameters
	 * @return the query (its limit and position mean nothing for a stream)
	 * @throws RuntimeException answered with 400 problem+json naming every invalid
	 * parameter
	 */
	public static FeedQuery streamQuery(MultiValueMap<String, String> params) {
		List<InvalidParameter> errors = new ArrayList<>();
		MultiValueMap<String, String> filters = new LinkedMultiValueMap<>(params);
		for (String paging : List.of(FeedRequest.LIMIT, FeedRequest.CURSOR)) {
			List<String> values = filters.remove(paging);
			if (values != null && values.stream().anyMatch((value) -> value != null && !value.isBlank())) {
				errors.add(new InvalidParameter(paging, "is not supported by the stream, which has no pages"));
			}
		}
		FeedQuery query;
		try {
			query = FeedRequest.parse(filters);
		}
		catch (InvalidFeedRequestException ex) {
			errors.addAll(0, ex.errors());
			throw new InvalidFeedRequestException(errors);
		}
		if (!errors.isEmpty()) {
			throw new InvalidFeedRequestException(errors);
		}
		return query;
	}

}
