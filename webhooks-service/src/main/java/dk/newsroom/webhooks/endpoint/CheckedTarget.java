package dk.newsroom.webhooks.endpoint;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;

/**
 * A target whose address was checked: connect to {@link #address()} and nowhere else. The
 * address carries the host name too, for the {@code Host} header, TLS SNI and the
 * certificate's host-name check, so nothing resolves the name again (DNS rebinding).
 *
 * @param uri the target as registered
 * @param address the checked address to connect to
 */
public record CheckedTarget(URI uri, InetSocketAddress address) {

	public boolean secure() {
		return "https".equals(this.uri.getScheme());
	}

	/** The path and query to request on the connection. */
	public String pathAndQuery() {
		String path = (this.uri.getRawPath() == null || this.uri.getRawPath().isEmpty()) ? "/" : this.uri.getRawPath();
		return (this.uri.getRawQuery() != null) ? path + "?" + this.uri.getRawQuery() : path;
	}

	static CheckedTarget of(URI uri, String host, InetAddress resolved) {
		int port = (uri.getPort() != -1) ? uri.getPort() : ("https".equals(uri.getScheme()) ? 443 : 80);
		try {
			InetAddress named = InetAddress.getByAddress(host, resolved.getAddress());
			return new CheckedTarget(uri, new InetSocketAddress(named, port));
		}
		catch (java.net.UnknownHostException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
