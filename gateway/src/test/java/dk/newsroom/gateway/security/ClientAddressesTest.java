package dk.newsroom.gateway.security;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

import org.springframework.mock.http.server.reactive.MockServerHttpRequest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class ClientAddressesTest {

	private static final ClientAddresses BEHIND_PROXIES = new ClientAddresses(
			List.of("10.0.0.0/8", "2001:db8:ffff::/48"));

	@Test
	void withoutTrustedProxiesTheClientIsTheRemoteAddressWhateverItForwards() throws Exception {
		ClientAddresses direct = new ClientAddresses(List.of());
		assertThat(direct.key(request("192.0.2.7", "198.51.100.1"))).isEqualTo(key("192.0.2.7"));
	}

	@Test
	void behindATrustedProxyTheClientIsTheRightmostUntrustedHop() throws Exception {
		// What the client wrote at the left does not count; the proxies append.
		assertThat(BEHIND_PROXIES.key(request("10.1.2.3", "203.0.113.9, 198.51.100.1"))).isEqualTo(key("198.51.100.1"));
		assertThat(BEHIND_PROXIES.key(request("10.1.2.3", "198.51.100.1, 10.9.9.9"))).isEqualTo(key("198.51.100.1"));
		assertThat(BEHIND_PROXIES.key(request("10.1.2.3", "not-an-address, 10.9.9.9"))).isEqualTo(key("10.9.9.9"));
		// A request that did not come through a trusted proxy forwards nothing we
		// believe.
		assertThat(BEHIND_PROXIES.key(request("192.0.2.7", "198.51.100.1"))).isEqualTo(key("192.0.2.7"));
		assertThat(BEHIND_PROXIES.key(request("10.1.2.3", null))).isEqualTo(key("10.1.2.3"));
	}

	@Test
	void anIpv6ClientIsKeyedByItsSlash64() throws Exception {
		assertThat(key("2001:db8:1:2:aaaa::1")).isEqualTo(key("2001:db8:1:2:bbbb::9"));
		assertThat(key("2001:db8:1:2::1")).isNotEqualTo(key("2001:db8:1:3::1"));
		assertThat(BEHIND_PROXIES.key(request("2001:db8:ffff:1::5", "2001:db8:1:2::7")))
			.isEqualTo(key("2001:db8:1:2::8"));
	}

	@Test
	void onlyAddressLiteralsAreRead() {
		assertThat(ClientAddresses.literal("198.51.100.1")).isNotNull();
		assertThat(ClientAddresses.literal("2001:db8::1")).isNotNull();
		assertThat(ClientAddresses.literal("example.com")).isNull();
		assertThat(ClientAddresses.literal("999.1.1.1")).isNull();
		assertThat(ClientAddresses.literal("")).isNull();
	}

	@Test
	void trustedProxiesMustBeAddressesOrCidrBlocks() {
		assertThatIllegalArgumentException().isThrownBy(() -> new ClientAddresses(List.of("proxy.example.com")));
		assertThatIllegalArgumentException().isThrownBy(() -> new ClientAddresses(List.of("10.0.0.0/33")));
		assertThat(ClientAddresses.Network.parse("10.0.0.0/8").contains(ClientAddresses.literal("10.200.1.1")))
			.isTrue();
		assertThat(ClientAddresses.Network.parse("10.0.0.0/9").contains(ClientAddresses.literal("10.200.1.1")))
			.isFalse();
		assertThat(ClientAddresses.Network.parse("192.0.2.7").contains(ClientAddresses.literal("192.0.2.7"))).isTrue();
	}

	@Test
	void retryAfterIsWholeSecondsRoundedUpAndAtLeastOne() {
		assertThat(RateLimits.retryAfterSeconds(0)).isEqualTo(1);
		assertThat(RateLimits.retryAfterSeconds(TimeUnit.MILLISECONDS.toNanos(1))).isEqualTo(1);
		assertThat(RateLimits.retryAfterSeconds(TimeUnit.SECONDS.toNanos(2))).isEqualTo(2);
		assertThat(RateLimits.retryAfterSeconds(TimeUnit.MILLISECONDS.toNanos(2001))).isEqualTo(3);
	}

	private static Object key(String address) throws Exception {
		return ClientAddresses.keyOf(InetAddress.getByName(address));
	}

	private static MockServerHttpRequest request(String remote, String forwardedFor) throws Exception {
		MockServerHttpRequest.BaseBuilder<?> request = MockServerHttpRequest.get("/")
			.remoteAddress(new InetSocketAddress(InetAddress.getByName(remote), 40000));
		if (forwardedFor != null) {
			request.header("X-Forwarded-For", forwardedFor);
		}
		return request.build();
	}

}
