package com.forecourt.queryside.graphql.limits;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.UnknownHostException;
import java.util.Arrays;

/**
 * Who counts as one client for the per-client limits: an IPv4 address, or an IPv6 /64 network (which one household
 * or server usually holds whole, so counting single IPv6 addresses would give it 2^64 allowances). Behind a reverse
 * proxy this is the proxy unless {@code server.forward-headers-strategy} is set (docs/security.md).
 */
public final class ClientAddress {

    private ClientAddress() {
    }

    /**
     * The client key of an address literal such as {@code 192.0.2.1} or {@code 2001:db8::1} (with or without
     * brackets); anything that is not a literal is its own key.
     */
    public static String key(String address) {
        if (address == null) {
            return "unknown";
        }
        String literal = address.startsWith("[") && address.endsWith("]")
                ? address.substring(1, address.length() - 1) : address;
        if (!literal.matches("[0-9A-Fa-f:.%a-zA-Z]+") || !(literal.contains(":") || literal.matches("[0-9.]+"))) {
            return address; // never a DNS lookup
        }
        try {
            return key(InetAddress.getByName(literal));
        } catch (UnknownHostException | RuntimeException notALiteral) {
            return address;
        }
    }

    /** The client key of a socket's remote address. */
    public static String key(InetSocketAddress address) {
        return address == null || address.getAddress() == null ? "unknown" : key(address.getAddress());
    }

    private static String key(InetAddress address) {
        if (address instanceof Inet6Address) {
            byte[] network = Arrays.copyOf(address.getAddress(), 16);
            Arrays.fill(network, 8, 16, (byte) 0);
            try {
                return InetAddress.getByAddress(network).getHostAddress() + "/64";
            } catch (UnknownHostException impossible) {
                throw new IllegalStateException(impossible);
            }
        }
        return address.getHostAddress();
    }
}
