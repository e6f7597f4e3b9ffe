package org.maillage.local;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;

/** The port chosen for each {@link PortSetting}. */
public final class Ports {

    private final Map<PortSetting, Integer> ports;

    private Ports(Map<PortSetting, Integer> ports) {
        this.ports = Collections.unmodifiableMap(new EnumMap<>(ports));
    }

    public static Ports defaults() {
        Map<PortSetting, Integer> ports = new EnumMap<>(PortSetting.class);
        for (PortSetting setting : PortSetting.values()) {
            ports.put(setting, setting.defaultPort());
        }
        return new Ports(ports);
    }

    public int get(PortSetting setting) {
        return ports.get(setting);
    }

    public Ports with(PortSetting setting, int port) {
        if (port < 1 || port > 65535) {
            throw new IllegalArgumentException(setting.option() + " must be between 1 and 65535, not " + port);
        }
        Map<PortSetting, Integer> changed = new EnumMap<>(ports);
        changed.put(setting, port);
        return new Ports(changed);
    }
}
