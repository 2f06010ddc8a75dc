package dk.newsroom.platform.web;

import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.json.JsonFactory;

/**
 * Bounds on what the JSON reader accepts, far above any valid request of the content
 * services (whose deepest body nests three levels, whose numbers are ages and whose
 * longest string is a 100 000-character body) and far below what could cost the reader
 * noticeable time or memory. A body that breaks one is a 400.
 */
public final class JsonLimits {

	/** Objects and arrays inside each other. */
	public static final int MAX_NESTING_DEPTH = 32;

	/** Digits (and sign, point, exponent) of one number. */
	public static final int MAX_NUMBER_LENGTH = 40;

	/** Characters of one string value; the codec's body limit bounds it further. */
	public static final int MAX_STRING_LENGTH = 1_000_000;

	/** Characters of one property name. */
	public static final int MAX_NAME_LENGTH = 1_000;

	/** Tokens of one document. */
	public static final long MAX_TOKEN_COUNT = 100_000;

	private JsonLimits() {
	}

	public static StreamReadConstraints constraints() {
		return StreamReadConstraints.builder()
			.maxNestingDepth(MAX_NESTING_DEPTH)
			.maxNumberLength(MAX_NUMBER_LENGTH)
			.maxStringLength(MAX_STRING_LENGTH)
			.maxNameLength(MAX_NAME_LENGTH)
			.maxTokenCount(MAX_TOKEN_COUNT)
			.build();
	}

	/** A JSON factory that enforces these limits. */
	public static JsonFactory factory() {
		return JsonFactory.builder().streamReadConstraints(constraints()).build();
	}

}
