package dk.newsroom.gateway.feed.formats;

import java.nio.charset.StandardCharsets;

import com.rometools.rome.feed.WireFeed;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.WireFeedOutput;

/** Writes a Rome feed as UTF-8 XML, as its XML declaration says. */
final class XmlOutput {

	private XmlOutput() {
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
