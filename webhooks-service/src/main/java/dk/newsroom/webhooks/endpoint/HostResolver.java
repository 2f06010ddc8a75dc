package dk.newsroom.webhooks.endpoint;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;

/**
 * Resolves a host name to all its addresses. Blocking: called on a thread that may block.
 * A bean, so tests can make a name resolve to whatever they need.
 */
@FunctionalInterface
public interface HostResolver {

	List<InetAddress> resolve(String host) throws UnknownHostException;

	/** The system's resolver. */
	static HostResolver system() {
		return (host) -> List.of(InetAddress.getAllByName(host));
	}

}
