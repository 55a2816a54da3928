package com.forecourt.embedded;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;

/** Ports on the loopback interface, where both servers listen. */
final class LocalPorts {

    /** IPv4 loopback, spelled out: {@code getLoopbackAddress()} is ::1 when IPv6 addresses are preferred. */
    static final InetAddress LOOPBACK = loopback();
    static final String LOOPBACK_ADDRESS = "127.0.0.1";

    private LocalPorts() {
    }

    private static InetAddress loopback() {
        try {
            return InetAddress.getByAddress(new byte[] {127, 0, 0, 1});
        } catch (java.net.UnknownHostException e) {
            throw new IllegalStateException("a four-byte address is always valid", e);
        }
    }

    /**
     * A port that is free right now. Another process could take it before the server binds it; the servers then fail
     * to start with a bind error in their log, which is rare enough on a loopback interface to accept.
     */
    static int free() {
        try (ServerSocket socket = new ServerSocket(0, 1, LOOPBACK)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot find a free port on " + LOOPBACK.getHostAddress(), e);
        }
    }

    /**
     * {@code port} itself when non-zero and free, a free port when zero. Checking first matters beyond a clearer
     * message: the readiness probes would otherwise happily talk to whatever server already listens there.
     */
    static int resolve(int port, String server, String property) {
        if (port == 0) {
            return free();
        }
        if (port < 0 || port > 65535) {
            throw new EmbeddedStoreException(server + " port " + port + " is not a valid port (" + property + ")");
        }
        try (ServerSocket socket = new ServerSocket()) {
            socket.bind(new InetSocketAddress(LOOPBACK, port), 1);
            return port;
        } catch (IOException e) {
            throw new EmbeddedStoreException(server + " cannot listen on " + LOOPBACK.getHostAddress() + ":" + port
                    + " because something else already does (another instance of the application?). Stop it, or set "
                    + property + " to a free port, or to 0 for any free port.", e);
        }
    }
}
