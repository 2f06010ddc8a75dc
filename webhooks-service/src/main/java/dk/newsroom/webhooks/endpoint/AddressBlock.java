package dk.newsroom.webhooks.endpoint;

import java.net.InetAddress;
import java.net.UnknownHostException;

/**
 * A CIDR block of IPv4 or IPv6 addresses, such as {@code 10.0.0.0/8} or {@code fc00::/7}.
 * A bare address is a block of one.
 */
record AddressBlock(byte[] network, int prefixLength) {

	static AddressBlock parse(String cidr) {
		String[] parts = cidr.trim().split("/", 2);
		byte[] address = literal(parts[0]);
		int prefix = (parts.length == 2) ? Integer.parseInt(parts[1]) : address.length * 8;
		if (prefix < 0 || prefix > address.length * 8) {
			throw new IllegalArgumentException("Bad prefix length in " + cidr);
		}
		return new AddressBlock(address, prefix);
	}

	boolean contains(byte[] address) {
		if (address.length != this.network.length) {
			return false;
		}
		int fullBytes = this.prefixLength / 8;
		for (int i = 0; i < fullBytes; i++) {
			if (address[i] != this.network[i]) {
				return false;
			}
		}
		int restBits = this.prefixLength % 8;
		if (restBits == 0) {
			return true;
		}
		int mask = (0xff << (8 - restBits)) & 0xff;
		return (address[fullBytes] & mask) == (this.network[fullBytes] & mask);
	}

	/**
	 * The bytes of an IP literal; never a DNS lookup (names are refused by the pattern
	 * check first).
	 */
	static byte[] literal(String text) {
		if (!looksLikeIpLiteral(text)) {
			throw new IllegalArgumentException("Not an IP address: " + text);
		}
		try {
			return InetAddress.getByName(text).getAddress();
		}
		catch (UnknownHostException ex) {
			throw new IllegalArgumentException("Not an IP address: " + text, ex);
		}
	}

	/** Dotted IPv4 or an IPv6 literal (with colons); anything else is a host name. */
	static boolean looksLikeIpLiteral(String text) {
		return text.matches("[0-9.]+") || (text.contains(":") && text.matches("[0-9a-fA-F:.%]+"));
	}

}
