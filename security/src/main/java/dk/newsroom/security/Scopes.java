package dk.newsroom.security;

/**
 * The OAuth2 scopes of the platform. A token carries them in its {@code scope} (or
 * {@code scp}) claim; Spring Security turns each into the authority
 * {@code SCOPE_<scope>}.
 */
public final class Scopes {

	/** Create, change, publish, withdraw and delete articles. */
	public static final String ARTICLES_WRITE = "articles:write";

	/** Create, change, publish, withdraw and delete events. */
	public static final String EVENTS_WRITE = "events:write";

	/** Create, preview, change, publish, withdraw and delete people news. */
	public static final String PEOPLE_WRITE = "people:write";

	/** Read drafts, withdrawn and scheduled resources of every content type. */
	public static final String DRAFTS_READ = "drafts:read";

	/**
	 * Manage webhook subscriptions (webhooks-service): every call under
	 * {@code /api/webhooks/}, reads included, since a subscription names a receiver.
	 */
	public static final String WEBHOOKS_ADMIN = "webhooks:admin";

	private Scopes() {
	}

	/** The Spring Security authority a scope becomes. */
	public static String authority(String scope) {
		return "SCOPE_" + scope;
	}

}
