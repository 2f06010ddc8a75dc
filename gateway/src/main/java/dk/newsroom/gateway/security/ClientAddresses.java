package dk.newsroom.gateway.security;

import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.UnknownHostException;
import java.util.List;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

import org.springframework.http.server.reactive.ServerHttpRequest;

/**
 * Who a request comes from, for the rate limit: the connection's remote address, or, when
 * that is a trusted proxy ({@code newsroom.rate-limit.trusted-proxies}), the address in
 * {@code X-Forwarded-For} that the nearest untrusted hop wrote: read from the right,
 * skipping the trusted proxies, since common proxies append the address they saw and a
 * client can write whatever it likes at the left. An IPv6 client is keyed by its /64, the
 * block one subscriber gets; an IPv4 client by its address.
 */
final class ClientAddresses {

	private static final Pattern IPV4 = Pattern.compile("\\d{1,3}(\\.\\d{1,3}){3}");

	private static final Pattern IPV6 = Pattern.compile("[0-9A-Fa-f:.]{2,45}");

	private final List<Network> trustedProxies;

	ClientAddresses(List<String> trustedProxies) {
		this.trustedProxies = trustedProxies.stream().map(Network::parse).toList();
	}

	/** The client's key: an {@link Ipv4} or an {@link Ipv6Prefix}; null if unknown. */
	@Nullable Object key(ServerHttpRequest request) {
		InetSocketAddress remote = request.getRemoteAddress();
		InetAddress address = (remote != null) ? remote.getAddress() : null;
		if (address == null) {
			return null;
		}
		if (isTrusted(address)) {
			List<String> forwarded = request.getHeaders().get("X-Forwarded-For");
			if (forwarded != null) {
				InetAddress client = rightmostUntrusted(forwarded);
				if (client != null) {
					address = client;
				}
			}
		}
		return keyOf(address);
	}

	private @Nullable InetAddress rightmostUntrusted(List<String> headers) {
		InetAddress nearest = null;
		for (int h = headers.size() - 1; h >= 0; h--) {
			String[] hops = headers.get(h).split(",");
			for (int i = hops.length - 1; i >= 0; i--) {
				InetAddress hop = literal(hops[i].strip());
				if (hop == null) {
					// Not an address: nothing left of it can be believed.
					return nearest;
				}
				nearest = hop;
				if (!isTrusted(hop)) {
					return hop;
				}
			}
		}
		return nearest;
	}

	private boolean isTrusted(InetAddress address) {
		for (Network network : this.trustedProxies) {
			if (network.contains(address)) {
				return true;
			}
		}
		return false;
	}

	static Object keyOf(InetAddress address) {
		byte[] bytes = address.getAddress();
		if (address instanceof Inet4Address) {
			return new Ipv4(((bytes[0] & 0xff) << 24) | ((bytes[1] & 0xff) << 16) | ((bytes[2] & 0xff) << 8)
					| (bytes[3] & 0xff));
		}
		long prefix = 0;
		for (int i = 0; i < 8; i++) {
			prefix = (prefix << 8) | (bytes[i] & 0xff);
		}
		return new Ipv6Prefix(prefix);
	}

	/**
	 * An IP address literal, never a host name (no DNS lookup): null for anything else.
	 */
	static @Nullable InetAddress literal(String text) {
		boolean v4 = IPV4.matcher(text).matches();
		if (!v4 && !(text.indexOf(':') >= 0 && IPV6.matcher(text).matches())) {
			return null;
		}
		try {
			InetAddress address = InetAddress.getByName(text);
			return (!v4 || address instanceof Inet4Address) ? address : null;
		}
		catch (UnknownHostException ex) {
			return null;
		}
	}

	/** An IPv4 client. */
	record Ipv4(int address) {
	}

	/** An IPv6 client's /64. */
	record Ipv6Prefix(long prefix) {
	}

	/** A CIDR block such as {@code 10.0.0.0/8} or {@code 2001:db8::/32}. */
	record Network(byte[] address, int prefixLength) {

		static Network parse(String cidr) {
			int slash = cidr.indexOf('/');
			String host = (slash < 0) ? cidr.strip() : cidr.substring(0, slash).strip();
			InetAddress address = literal(host);
			if (address == null) {
				throw new IllegalArgumentException("newsroom.rate-limit.trusted-proxies: '" + cidr
						+ "' is not an address or a CIDR block such as 10.0.0.0/8");
			}
			int bits = address.getAddress().length * 8;
			int length = (slash < 0) ? bits : Integer.parseInt(cidr.substring(slash + 1).strip());
			if (length < 0 || length > bits) {
				throw new IllegalArgumentException("newsroom.rate-limit.trusted-proxies: bad prefix in '" + cidr + "'");
			}
			return new Network(address.getAddress(), length);
		}

		boolean contains(InetAddress candidate) {
			byte[] bytes = candidate.getAddress();
			if (bytes.length != this.address.length) {
				return false;
			}
			int full = this.prefixLength / 8;
			for (int i = 0; i < full; i++) {
				if (bytes[i] != this.address[i]) {
					return false;
				}
			}
			int rest = this.prefixLength % 8;
			if (rest == 0) {
				return true;
			}
			int mask = (0xff << (8 - rest)) & 0xff;
			return (bytes[full] & mask) == (this.address[full] & mask);
		}

	}

}
