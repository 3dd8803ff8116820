package io.kontor.sync.connector.net;

import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The SSRF guard in front of every outgoing request: checks the URL, resolves its host <em>once</em>, checks every
 * address the name has, and hands back the address to connect to. The caller connects to that address and no
 * other, so a name whose DNS answer changes between the check and the connection (DNS rebinding) cannot slip a
 * refused address through: there is no second lookup.
 *
 * <p>Every address must pass, not just the first: an answer that mixes a public and a private address is refused,
 * rather than relying on which one a connection would pick.
 */
public class DestinationGuard {

    private final HostResolver resolver;
    private final NetworkPolicy policy;

    public DestinationGuard(HostResolver resolver, NetworkPolicy policy) {
        this.resolver = resolver;
        this.policy = policy;
    }

    public Destination check(String url) throws DestinationRefused {
        URI uri = parse(url);
        if (uri.getScheme() == null) {
            throw new DestinationRefused(DestinationRefused.Reason.INVALID_URL,
                    "the URL does not start with http:// or https://");
        }
        String scheme = uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) {
            throw new DestinationRefused(DestinationRefused.Reason.FORBIDDEN,
                    "only http and https URLs are delivered to, not '" + scheme + ":'");
        }
        if (uri.getRawUserInfo() != null) {
            // Credentials in a URL end up in logs and proxies, and user@host is a classic way to disguise a host.
            throw new DestinationRefused(DestinationRefused.Reason.FORBIDDEN,
                    "URLs with credentials (user:password@host) are refused");
        }
        String host = uri.getHost();
        if (host == null || host.isEmpty()) {
            // Not quoted: what URI could not read as a host may hold credentials it did not recognise as such.
            throw new DestinationRefused(DestinationRefused.Reason.INVALID_URL,
                    "the URL has no host, or one that is not a valid host name");
        }
        boolean tls = scheme.equals("https");
        int port = uri.getPort() >= 0 ? uri.getPort() : tls ? 443 : 80;
        String path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
        String target = uri.getRawQuery() == null ? path : path + "?" + uri.getRawQuery();
        return new Destination(host, port, tls, target, checkedAddress(host));
    }

    /**
     * The same check for a bare host a user typed, an SMTP relay's say: the one address to connect to, or why not.
     */
    public InetAddress checkHost(String host) throws DestinationRefused {
        if (host == null || host.isBlank() || host.chars().anyMatch(c -> c <= ' ' || c == '/' || c == '@')) {
            throw new DestinationRefused(DestinationRefused.Reason.INVALID_URL, "'" + host + "' is not a host name");
        }
        return checkedAddress(host.strip());
    }

    private static URI parse(String url) throws DestinationRefused {
        try {
            return new URI(url);
        } catch (URISyntaxException e) {
            throw new DestinationRefused(DestinationRefused.Reason.INVALID_URL, "not a URL: " + e.getReason());
        }
    }

    private InetAddress checkedAddress(String host) throws DestinationRefused {
        // URI keeps the brackets of an IPv6 literal; the resolver wants the address alone.
        String name = host.startsWith("[") && host.endsWith("]") ? host.substring(1, host.length() - 1) : host;
        List<InetAddress> addresses;
        try {
            addresses = resolver.resolve(name);
        } catch (UnknownHostException e) {
            throw new DestinationRefused(DestinationRefused.Reason.UNRESOLVED, "host " + name + " did not resolve");
        }
        if (addresses.isEmpty()) {
            throw new DestinationRefused(DestinationRefused.Reason.UNRESOLVED, "host " + name + " has no address");
        }
        for (InetAddress address : addresses) {
            Optional<String> refusal = policy.refusal(address);
            if (refusal.isPresent()) {
                // A name has no colon; an IPv6 literal always does, and is reported as written.
                boolean literal = name.contains(":") || name.equals(address.getHostAddress());
                String what = literal ? name : name + " resolves to " + address.getHostAddress() + ", which";
                throw new DestinationRefused(DestinationRefused.Reason.FORBIDDEN,
                        what + " is in a refused range (" + refusal.get() + ")");
            }
        }
        return addresses.get(0);
    }
}
