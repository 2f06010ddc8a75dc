package dk.newsroom.webhooks.endpoint;

import java.net.Inet4Address;
import java.net.InetAddress;
import java.util.Arrays;
import java.util.List;

/**
 * Whether an address is one of the public internet, the only kind a webhook may reach:
 * loopback, private, shared (CGNAT), link-local (the cloud metadata address
 * 169.254.169.254 among them), multicast, unspecified, reserved and documentation ranges
 * are not, and neither is an IPv6 form that embeds such an IPv4 address (mapped,
 * compatible, NAT64, 6to4).
 */
final class PublicAddresses {

	private static final List<AddressBlock> NOT_PUBLIC_V4 = blocks("0.0.0.0/8", "10.0.0.0/8", "100.64.0.0/10",
			"127.0.0.0/8", "169.254.0.0/16", "172.16.0.0/12", "192.0.0.0/24", "192.0.2.0/24", "192.88.99.0/24",
			"192.168.0.0/16", "198.18.0.0/15", "198.51.100.0/24", "203.0.113.0/24", "224.0.0.0/4", "240.0.0.0/4");

	private static final List<AddressBlock> NOT_PUBLIC_V6 = blocks("::/128", "::1/128", "100::/64", "2001:db8::/32",
			"fc00::/7", "fe80::/10", "fec0::/10", "ff00::/8");

	/** {@code ::ffff:0:0/96}, written out: Java reads that literal as an IPv4 address. */
	private static final AddressBlock MAPPED = new AddressBlock(
			new byte[] { 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, (byte) 0xff, (byte) 0xff, 0, 0, 0, 0 }, 96);

	private static final AddressBlock COMPATIBLE = AddressBlock.parse("::/96");

	private static final AddressBlock NAT64 = AddressBlock.parse("64:ff9b::/96");

	private static final AddressBlock SIX_TO_FOUR = AddressBlock.parse("2002::/16");

	private PublicAddresses() {
	}

	static boolean isPublic(InetAddress address) {
		return isPublic(address.getAddress());
	}

	static boolean isPublic(byte[] address) {
		if (address.length == 4) {
			return NOT_PUBLIC_V4.stream().noneMatch((block) -> block.contains(address));
		}
		if (MAPPED.contains(address) || COMPATIBLE.contains(address) || NAT64.contains(address)) {
			return isPublic(Arrays.copyOfRange(address, 12, 16));
		}
		if (SIX_TO_FOUR.contains(address)) {
			return isPublic(Arrays.copyOfRange(address, 2, 6));
		}
		return NOT_PUBLIC_V6.stream().noneMatch((block) -> block.contains(address));
	}

	static boolean isIpv4(InetAddress address) {
		return address instanceof Inet4Address;
	}

	private static List<AddressBlock> blocks(String... cidrs) {
		return Arrays.stream(cidrs).map(AddressBlock::parse).toList();
	}

}
