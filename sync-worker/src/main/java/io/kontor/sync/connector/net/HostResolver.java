package io.kontor.sync.connector.net;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;

/** Turns a host name (or an address literal) into the addresses it stands for. */
@FunctionalInterface
public interface HostResolver {

    /** The JVM's resolver: /etc/hosts, then DNS, with the JVM's cache. */
    HostResolver SYSTEM = host -> List.of(InetAddress.getAllByName(host));

    List<InetAddress> resolve(String host) throws UnknownHostException;
}
