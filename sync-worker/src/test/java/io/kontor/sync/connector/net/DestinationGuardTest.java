package io.kontor.sync.connector.net;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

class DestinationGuardTest {

    /** Names that exist only here: no test asks a real DNS server anything. */
    private static final Map<String, List<String>> ZONE = Map.of(
            "hooks.example.com", List.of("93.184.215.14"),
            "internal.example.com", List.of("10.0.0.5"),
            "mixed.example.com", List.of("93.184.215.14", "192.168.0.7"),
            "metadata.google.internal", List.of("169.254.169.254"),
            "v6.example.com", List.of("2606:4700:4700::1111"));

    private final AtomicInteger lookups = new AtomicInteger();

    private final HostResolver zone = host -> {
        lookups.incrementAndGet();
        List<String> literals = ZONE.get(host);
        if (literals == null) {
            // Literals resolve without DNS; anything else is unknown in this zone.
            if (host.contains(":") || host.matches("[0-9.]+")) {
                return List.of(InetAddress.getByName(host));
            }
            throw new UnknownHostException(host);
        }
        InetAddress[] addresses = new InetAddress[literals.size()];
        for (int i = 0; i < addresses.length; i++) {
            addresses[i] = InetAddress.getByName(literals.get(i));
        }
        return List.of(addresses);
    };

    private final DestinationGuard guard = new DestinationGuard(zone, new NetworkPolicy(List.of()));

    private static DestinationRefused refusal(DestinationGuard guard, String url) {
        try {
            guard.check(url);
        } catch (DestinationRefused refused) {
            return refused;
        }
        throw new AssertionError(url + " was not refused");
    }

    @Test
    void aPublicHostIsResolvedOnceAndItsAddressIsTheOneToConnectTo() throws Exception {
        Destination destination = guard.check("https://hooks.example.com/kontor/in?tenant=7&x=%20y");

        assertThat(destination).isEqualTo(new Destination("hooks.example.com", 443, true, "/kontor/in?tenant=7&x=%20y",
                InetAddress.getByName("93.184.215.14")));
        assertThat(lookups).hasValue(1);
    }

    @Test
    void portAndPathDefaultAsHttpHasThem() throws Exception {
        Destination destination = guard.check("http://hooks.example.com");

        assertThat(destination.port()).isEqualTo(80);
        assertThat(destination.tls()).isFalse();
        assertThat(destination.requestTarget()).isEqualTo("/");
    }

    @Test
    void anIpv6HostKeepsItsBracketsForTheHostHeaderAndIsResolvedWithout() throws Exception {
        Destination destination = guard.check("https://[2606:4700:4700::1111]:8443/in");

        assertThat(destination.host()).isEqualTo("[2606:4700:4700::1111]");
        assertThat(destination.port()).isEqualTo(8443);
        assertThat(destination.address()).isEqualTo(InetAddress.getByName("2606:4700:4700::1111"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"ftp://hooks.example.com/in", "file:///etc/passwd", "gopher://hooks.example.com:70/",
            "jar:http://hooks.example.com/a.jar!/", "javascript:alert(1)"})
    void schemesOtherThanHttpAndHttpsAreRefused(String url) {
        DestinationRefused refused = refusal(guard, url);

        assertThat(refused.reason()).isEqualTo(DestinationRefused.Reason.FORBIDDEN);
        assertThat(refused).hasMessageContaining("only http and https");
        assertThat(lookups).hasValue(0);
    }

    @Test
    void credentialsInTheUrlAreRefusedAndNotRepeated() {
        DestinationRefused refused = refusal(guard, "https://kontor:s3cret@hooks.example.com/in");

        assertThat(refused.reason()).isEqualTo(DestinationRefused.Reason.FORBIDDEN);
        assertThat(refused.getMessage()).contains("credentials").doesNotContain("s3cret");
    }

    @Test
    void aNameThatResolvesToAPrivateAddressIsRefusedAndTheMessageNamesTheAddress() {
        DestinationRefused refused = refusal(guard, "https://internal.example.com/in");

        assertThat(refused.reason()).isEqualTo(DestinationRefused.Reason.FORBIDDEN);
        assertThat(refused).hasMessage("internal.example.com resolves to 10.0.0.5, which is in a refused range "
                + "(private)");
    }

    @Test
    void aNameIsRefusedWhenAnyOfItsAddressesIsEvenIfTheFirstIsPublic() {
        assertThat(refusal(guard, "https://mixed.example.com/in")).hasMessageContaining("192.168.0.7");
    }

    @Test
    void theCloudMetadataServiceIsRefusedByNameAndByAddress() {
        assertThat(refusal(guard, "http://metadata.google.internal/computeMetadata/v1/"))
                .hasMessageContaining("cloud metadata");
        assertThat(refusal(guard, "http://169.254.169.254/latest/meta-data/"))
                .hasMessage("169.254.169.254 is in a refused range (cloud metadata)");
        assertThat(refusal(guard, "http://[fd00:ec2::254]/latest/meta-data/"))
                .hasMessage("fd00:ec2::254 is in a refused range (cloud metadata)");
    }

    @ParameterizedTest
    @ValueSource(strings = {"http://127.0.0.1:8084/", "http://[::1]/", "http://0.0.0.0/", "http://[::ffff:127.0.0.1]/",
            "http://10.1.2.3/", "http://100.100.100.200/", "http://[fe80::1]/", "http://224.0.0.251/"})
    void addressLiteralsAreCheckedLikeResolvedNames(String url) {
        assertThat(refusal(guard, url).reason()).isEqualTo(DestinationRefused.Reason.FORBIDDEN);
    }

    @Test
    void anAllowedRangeIsReachable() throws Exception {
        DestinationGuard localStack = new DestinationGuard(zone, new NetworkPolicy(List.of(Cidr.of("127.0.0.0/8"))));

        assertThat(localStack.check("http://127.0.0.1:9000/hook").address())
                .isEqualTo(InetAddress.getByName("127.0.0.1"));
    }

    @Test
    void aNameWithoutAddressIsUnresolvedWhichMayPassNotForbidden() {
        DestinationRefused refused = refusal(guard, "https://not-yet.example.com/in");

        assertThat(refused.reason()).isEqualTo(DestinationRefused.Reason.UNRESOLVED);
        assertThat(refused).hasMessageContaining("not-yet.example.com");
    }

    @Test
    void aResolverAnsweringNothingIsUnresolved() {
        DestinationGuard empty = new DestinationGuard(host -> List.of(), new NetworkPolicy(List.of()));

        assertThat(refusal(empty, "https://hooks.example.com/").reason())
                .isEqualTo(DestinationRefused.Reason.UNRESOLVED);
    }

    @ParameterizedTest
    @ValueSource(strings = {"https://exa mple.com/", "http://", "https:///path", "http://[::1/",
            "//hooks.example.com/in", "hooks.example.com/in"})
    void whatIsNotAUsableUrlIsInvalid(String url) {
        assertThat(refusal(guard, url).reason()).isEqualTo(DestinationRefused.Reason.INVALID_URL);
    }
}
