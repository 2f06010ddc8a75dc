package dk.newsroom.platform.store;

import java.util.regex.Pattern;

import org.bson.types.ObjectId;

/**
 * New resource ids: 24 lowercase hex digits, URL-safe, unique across replicas and ordered
 * by creation time (a MongoDB {@code ObjectId}), so a newest-first list is a keyset on
 * the id alone. The store's business: the domain takes the id as text and knows nothing
 * of the driver.
 */
public final class ContentIds {

	private ContentIds() {
	}

	private static final Pattern FORMAT = Pattern.compile("[0-9a-f]{24}");

	/** Whether a value (from a URL, say) can be one of these ids at all. */
	public static boolean isWellFormed(String value) {
		return value != null && FORMAT.matcher(value).matches();
	}

	/** A new id, later than every id this process made before it (same second aside). */
	public static String next() {
		return new ObjectId().toHexString();
	}

}
