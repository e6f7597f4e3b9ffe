package org.maillage.local;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Fails early, and clearly, when a port the suite needs is taken. */
final class PortCheck {

    private PortCheck() {
    }

    static void ensureFree(Ports ports, List<PortSetting> needed) throws StartupException {
        Map<Integer, PortSetting> seen = new HashMap<>();
        for (PortSetting setting : needed) {
            int port = ports.get(setting);
            PortSetting other = seen.putIfAbsent(port, setting);
            if (other != null) {
                throw new StartupException("Port " + port + " is chosen for both " + other.user() + " and "
                        + setting.user() + ": give one of them another port with " + setting.option() + ".");
            }
            if (!isFree(port)) {
                throw new StartupException("Port " + port + " needed by " + setting.user() + " is already in use."
                        + "\nStop the program using it, or choose another port with " + setting.option() + " N"
                        + " (or " + setting.environmentVariable() + "=N).");
            }
        }
    }

    private static boolean isFree(int port) {
        return canBind(new InetSocketAddress(port)) && canBind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port));
    }

    private static boolean canBind(InetSocketAddress address) {
        try (ServerSocket socket = new ServerSocket()) {
            socket.setReuseAddress(true);
            socket.bind(address);
            return true;
        } catch (IOException e) {
            return false;
        }
    }
}
