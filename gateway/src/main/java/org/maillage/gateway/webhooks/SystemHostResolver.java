package org.maillage.gateway.webhooks;

import jakarta.enterprise.context.ApplicationScoped;
import java.net.InetAddress;
import java.net.UnknownHostException;

/** The JVM's resolver: system configuration, hosts file and DNS, with the JVM's address cache. */
@ApplicationScoped
public class SystemHostResolver implements HostResolver {

    @Override
    public InetAddress[] resolve(String host) throws UnknownHostException {
        return InetAddress.getAllByName(host);
    }
}
