package dk.newsroom.gateway.security;

import java.net.InetSocketAddress;

import org.jspecify.annotations.Nullable;

import org.springframework.web.server.ServerWebExchange;

/**
 * Who a request is from, as the rate limit counted it: the token subject of an
 * authenticated request, else the client address (an IPv6 client by its /64, behind
 * trusted proxies the forwarded address). Other per-client limits (the stream caps) use
 * the same key.
 */
public final class ClientKey {

	static final String ATTRIBUTE = ClientKey.class.getName();

	private ClientKey() {
	}

	static void set(ServerWebExchange exchange, Object key) {
		exchange.getAttributes().put(ATTRIBUTE, key);
	}

	/**
	 * @param exchange a request that passed the rate limit
	 * @return its client key; with the rate limit disabled, the connection's remote
	 * address; {@code null} if there is none
	 */
	public static @Nullable Object of(ServerWebExchange exchange) {
		Object key = exchange.getAttribute(ATTRIBUTE);
		if (key != null) {
			return key;
		}
		InetSocketAddress remote = exchange.getRequest().getRemoteAddress();
		return (remote != null && remote.getAddress() != null) ? ClientAddresses.keyOf(remote.getAddress()) : null;
	}

}
