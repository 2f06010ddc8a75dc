package dk.newsroom.webhooks.endpoint;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The SSRF rules, with a resolver that answers from a table (no DNS). */
class TargetGuardTest {

	private static final Map<String, String> DNS = Map.of("hooks.partner.example", "93.184.216.34",
			"rebind.partner.example", "127.0.0.1", "metadata.partner.example", "169.254.169.254",
			"internal.partner.example", "10.1.2.3", "v6loop.partner.example", "::1");

	private final TargetGuard guard = guard(false, List.of());

	@ParameterizedTest
	@ValueSource(strings = { "https://127.0.0.1/hook", "https://127.1.2.3/hook", "https://10.0.0.1/hook",
			"https://172.16.5.4/hook", "https://192.168.1.1/hook", "https://169.254.169.254/latest/meta-data/",
			"https://100.64.0.1/hook", "https://0.0.0.0/hook", "https://224.0.0.1/hook", "https://[::1]/hook",
			"https://[::]/hook", "https://[fc00::1]/hook", "https://[fd12:3456::1]/hook", "https://[fe80::1]/hook",
			"https://[ff02::1]/hook", "https://[::ffff:127.0.0.1]/hook", "https://[::ffff:169.254.169.254]/hook",
			"https://[::ffff:a00:1]/hook", "https://[64:ff9b::a00:1]/hook", "https://[2002:7f00:1::]/hook",
			"https://rebind.partner.example/hook", "https://metadata.partner.example/hook",
			"https://internal.partner.example/hook", "https://v6loop.partner.example/hook" })
	void refusesTargetsThatAreNotPublic(String url) {
		assertThatThrownBy(() -> this.guard.checkNow(url)).isInstanceOf(TargetRefusedException.class)
			.hasMessageContaining("public address");
	}

	@Test
	void refusesANameThatResolvesToAnyNonPublicAddress() {
		TargetGuard mixed = new TargetGuard(new TargetProperties(false, List.of()),
				(host) -> List.of(InetAddress.getByName("93.184.216.34"), InetAddress.getByName("127.0.0.1")));
		assertThatThrownBy(() -> mixed.checkNow("https://hooks.partner.example/")).hasMessageContaining("127.0.0.1");
	}

	@Test
	void acceptsAPublicHttpsTargetAndConnectsToTheCheckedAddressUnderItsName() {
		CheckedTarget target = this.guard.checkNow("https://hooks.partner.example:8443/newsroom?key=1");
		assertThat(target.address().getAddress().getHostAddress()).isEqualTo("93.184.216.34");
		assertThat(target.address().getHostString()).isEqualTo("hooks.partner.example");
		assertThat(target.address().isUnresolved()).isFalse();
		assertThat(target.address().getPort()).isEqualTo(8443);
		assertThat(target.pathAndQuery()).isEqualTo("/newsroom?key=1");
		assertThat(target.secure()).isTrue();
	}

	@ParameterizedTest
	@ValueSource(strings = { "http://hooks.partner.example/", "ftp://hooks.partner.example/",
			"https://user:pass@hooks.partner.example/", "https://hooks.partner.example/#x", "https:///nohost",
			"https://unknown.partner.example/" })
	void refusesOtherSchemesCredentialsFragmentsAndUnknownHosts(String url) {
		assertThatThrownBy(() -> this.guard.checkNow(url)).isInstanceOf(TargetRefusedException.class);
	}

	@Test
	void allowsHttpAndListedHostsOnlyWhenConfigured() {
		TargetGuard local = guard(true, List.of("localhost", "10.9.0.0/16"));
		local.checkNow("http://hooks.partner.example/");
		TargetGuard localhost = new TargetGuard(new TargetProperties(true, List.of("localhost")),
				(host) -> List.of(InetAddress.getByName("127.0.0.1")));
		assertThat(localhost.checkNow("http://localhost:8089/hook").address().getPort()).isEqualTo(8089);
		assertThatThrownBy(() -> localhost.checkNow("http://127.0.0.1:8089/hook"))
			.isInstanceOf(TargetRefusedException.class);
		TargetGuard block = new TargetGuard(new TargetProperties(true, List.of("10.9.0.0/16")),
				(host) -> List.of(InetAddress.getByName("10.9.1.2")));
		assertThat(block.checkNow("http://receiver.local/hook").address().getAddress().getHostAddress())
			.isEqualTo("10.9.1.2");
		assertThatThrownBy(() -> block.checkNow("https://10.10.0.1/")).isInstanceOf(TargetRefusedException.class);
	}

	private static TargetGuard guard(boolean allowHttp, List<String> allowed) {
		return new TargetGuard(new TargetProperties(allowHttp, allowed), TargetGuardTest::resolve);
	}

	private static List<InetAddress> resolve(String host) throws UnknownHostException {
		String address = DNS.get(host);
		if (address == null) {
			throw new UnknownHostException(host);
		}
		return List.of(InetAddress.getByName(address));
	}

}
