package dk.newsroom.platform.store;

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

	/** A new id, later than every id this process made before it (same second aside). */
	public static String next() {
		return new ObjectId().toHexString();
	}

}
