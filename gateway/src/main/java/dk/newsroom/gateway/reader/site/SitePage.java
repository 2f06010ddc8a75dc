package dk.newsroom.gateway.reader.site;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * One rendered page of the reader site.
 *
 * @param html the page as UTF-8; never modify it
 * @param etag a strong validator of the page, quoted
 * @param lastModified when what the page shows last changed, if known
 */
public record SitePage(byte[] html, String etag, @Nullable Instant lastModified) {

	/** A page validated by a digest of its bytes. */
	public static SitePage of(byte[] html, @Nullable Instant lastModified) {
		return new SitePage(html, Digests.etag(html), lastModified);
	}

}
