package org.maillage.gateway.webhooks;

import java.net.InetAddress;
import java.net.UnknownHostException;

/** Looks up the addresses of a webhook target's host: the guard asks once per check and vets every answer. */
@FunctionalInterface
public interface HostResolver {

    InetAddress[] resolve(String host) throws UnknownHostException;
}
