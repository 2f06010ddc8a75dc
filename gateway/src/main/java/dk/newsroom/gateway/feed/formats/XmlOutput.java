package dk.newsroom.gateway.feed.formats;

import java.nio.charset.StandardCharsets;

import com.rometools.rome.feed.WireFeed;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.WireFeedOutput;

/**
 * Writes a Rome feed as UTF-8 XML, as its XML declaration says.
 * <p>
 * Rome reads its plugin configuration ({@code rome.properties}: a class-path scan) the
 * first time a feed is written, then keeps it for the class loader.
 * {@link #loadPlugins()} does that at start, so no feed request does that I/O on an
 * event-loop thread.
 */
final class XmlOutput {

	private XmlOutput() {
	}

	/** Reads Rome's plugin configuration now, on the calling thread. */
	static void loadPlugins() {
		WireFeedOutput.getSupportedFeedTypes();
	}

	static byte[] write(WireFeed feed) {
		feed.setEncoding(StandardCharsets.UTF_8.name());
		try {
			return new WireFeedOutput().outputString(feed, true).getBytes(StandardCharsets.UTF_8);
		}
		catch (FeedException ex) {
			throw new IllegalStateException("Could not write the " + feed.getFeedType() + " feed", ex);
		}
	}

}
