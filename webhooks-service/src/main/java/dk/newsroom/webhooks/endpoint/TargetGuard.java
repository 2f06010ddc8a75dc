package dk.newsroom.webhooks.endpoint;

import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Locale;

import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/**
 * Decides whether a URL may be called, and where to connect when it may: {@code https}
 * only (plain {@code http} where {@link TargetProperties#allowHttp()}), no credentials or
 * fragment, and a host whose every address is public ({@link PublicAddresses}), unless
 * the host is on the allowlist. Used at registration and again before every delivery,
 * after resolving the name; the delivery then connects to the address checked here.
 */
public class TargetGuard {

	private final TargetProperties properties;

	private final HostResolver resolver;

	private final List<String> allowedNames;

	private final List<AddressBlock> allowedBlocks;

	public TargetGuard(TargetProperties properties, HostResolver resolver) {
		this.properties = properties;
		this.resolver = resolver;
		this.allowedNames = properties.allowedHosts()
			.stream()
			.filter((entry) -> !AddressBlock.looksLikeIpLiteral(entry.split("/")[0]))
			.map((name) -> name.toLowerCase(Locale.ROOT))
			.toList();
		this.allowedBlocks = properties.allowedHosts()
			.stream()
			.filter((entry) -> AddressBlock.looksLikeIpLiteral(entry.split("/")[0]))
			.map(AddressBlock::parse)
			.toList();
	}

	/**
	 * The URL's form alone, without DNS: scheme, host, no credentials, no fragment.
	 * @throws TargetRefusedException saying what is wrong
	 */
	public URI checkForm(String url) {
		URI uri;
		try {
			uri = new URI(url);
		}
		catch (URISyntaxException ex) {
			throw new TargetRefusedException("is not a valid URL");
		}
		String scheme = (uri.getScheme() != null) ? uri.getScheme().toLowerCase(Locale.ROOT) : "";
		if (!scheme.equals("https") && !(scheme.equals("http") && this.properties.allowHttp())) {
			throw new TargetRefusedException(
					this.properties.allowHttp() ? "must be an http or https URL" : "must be an https URL");
		}
		if (uri.getHost() == null || uri.getHost().isEmpty()) {
			throw new TargetRefusedException("must name a host");
		}
		if (uri.getRawUserInfo() != null) {
			throw new TargetRefusedException("must not carry credentials");
		}
		if (uri.getRawFragment() != null) {
			throw new TargetRefusedException("must not have a fragment");
		}
		return uri;
	}

	/**
	 * Checks the URL and resolves its host off the event loop: the address to connect to,
	 * or a {@link TargetRefusedException}.
	 */
	public Mono<CheckedTarget> check(String url) {
		return Mono.fromCallable(() -> checkNow(url)).subscribeOn(Schedulers.boundedElastic());
	}

	/** As {@link #check(String)}, on the calling thread (which may block on DNS). */
	CheckedTarget checkNow(String url) {
		URI uri = checkForm(url);
		String host = bare(uri.getHost());
		List<InetAddress> addresses = resolve(host);
		if (addresses.isEmpty()) {
			throw new TargetRefusedException("has a host that does not resolve");
		}
		if (!this.allowedNames.contains(host.toLowerCase(Locale.ROOT))) {
			for (InetAddress address : addresses) {
				if (!PublicAddresses.isPublic(address) && !allowedAddress(address)) {
					throw new TargetRefusedException(
							"must reach a public address; " + host + " is " + address.getHostAddress());
				}
			}
		}
		InetAddress chosen = addresses.stream().filter(PublicAddresses::isIpv4).findFirst().orElse(addresses.get(0));
		return CheckedTarget.of(uri, host, chosen);
	}

	private List<InetAddress> resolve(String host) {
		try {
			if (AddressBlock.looksLikeIpLiteral(host)) {
				return List.of(InetAddress.getByAddress(AddressBlock.literal(host)));
			}
			return this.resolver.resolve(host);
		}
		catch (UnknownHostException | IllegalArgumentException ex) {
			throw new TargetRefusedException("has a host that does not resolve");
		}
	}

	private boolean allowedAddress(InetAddress address) {
		return this.allowedBlocks.stream().anyMatch((block) -> block.contains(address.getAddress()));
	}

	private static String bare(String host) {
		return (host.startsWith("[") && host.endsWith("]")) ? host.substring(1, host.length() - 1) : host;
	}

}
