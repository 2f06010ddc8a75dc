package dk.newsroom.gateway.feed.query;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;

import dk.newsroom.gateway.feed.ContentType;
import dk.newsroom.webedge.apidocs.ApiDocsConventions;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.parameters.Parameter;

/**
 * The feed's query parameters as the OpenAPI document describes them, once for every
 * endpoint that takes them ({@code /api/feed}, the feed formats, the stream), from the
 * rules {@link FeedRequest} applies. The operations refer to them by name
 * ({@code @Parameter(ref = "FeedType")}).
 */
public final class FeedParameterDocs {

	/** The filters a page and a stream share, by component name. */
	public static final String TYPE = "FeedType";

	public static final String TAG = "FeedTag";

	public static final String SECTION = "FeedSection";

	public static final String TRACK = "FeedTrack";

	public static final String CITY = "FeedCity";

	/** The paging of a page (the stream refuses them). */
	public static final String LIMIT = "FeedLimit";

	public static final String CURSOR = "FeedCursor";

	private FeedParameterDocs() {
	}

	/** The parameters by component name, in the order a page takes them. */
	public static Map<String, Parameter> parameters() {
		Schema<Object> type = ApiDocsConventions.string();
		for (ContentType contentType : ContentType.values()) {
			type.addEnumItemObject(contentType.wireName());
		}
		Map<String, Parameter> parameters = new LinkedHashMap<>();
		parameters.put(TYPE,
				new Parameter().in("query")
					.name(FeedRequest.TYPE)
					.required(false)
					.description(
							"""
									Only items of these types; repeat it for several (`?type=article&type=event`). `podcast` only where \
									the gateway reads a podcasts topic. Another value is a 400 naming `type`.""")
					.schema(ApiDocsConventions.array(type.example(ContentType.ARTICLE.wireName())))
					.style(Parameter.StyleEnum.FORM)
					.explode(true));
		parameters.put(TAG, query(FeedRequest.TAG, "Only items with this tag (exact, case-insensitive)",
				ApiDocsConventions.string().example("cybersikkerhed")));
		parameters.put(SECTION, query(FeedRequest.SECTION, """
				Only items of this section (exact, case-insensitive); an event's section is its track, a notice's \
				its label""", ApiDocsConventions.string().example("Sikkerhed")));
		parameters.put(TRACK, query(FeedRequest.TRACK, "Only events of this track (exact, case-insensitive)",
				ApiDocsConventions.string().example("Sikkerhed")));
		parameters.put(CITY, query(FeedRequest.CITY, "Only events in this city (exact, case-insensitive)",
				ApiDocsConventions.string().example("Aarhus C")));
		parameters.put(LIMIT,
				query(FeedRequest.LIMIT,
						"How many items a page holds at most, 1 to " + FeedRequest.MAX_LIMIT + " (default "
								+ FeedRequest.DEFAULT_LIMIT + "); anything else is a 400 naming `limit`",
						ApiDocsConventions.integer("int32")
							.minimum(BigDecimal.ONE)
							.maximum(BigDecimal.valueOf(FeedRequest.MAX_LIMIT))
							._default(FeedRequest.DEFAULT_LIMIT)
							.example(FeedRequest.DEFAULT_LIMIT)));
		parameters.put(CURSOR, query(FeedRequest.CURSOR, """
				The `next` of the previous page: opaque, passed back unchanged; one this gateway did not issue is \
				a 400 naming `cursor`""", ApiDocsConventions.string()
			.example("MXwyMDI2LTExLTI2VDA5OjAwOjAwWnxhcnRpY2xlfDY3NDVhMWYwYzJhNGI4MWUyZjNkOWExMA")));
		return parameters;
	}

	/** A parameter given at most once (a second value is a 400 naming it). */
	private static Parameter query(String name, String description, Schema<?> schema) {
		return new Parameter().in("query")
			.name(name)
			.required(false)
			.description(description + ". Given more than once: a 400.")
			.schema(schema);
	}

}
