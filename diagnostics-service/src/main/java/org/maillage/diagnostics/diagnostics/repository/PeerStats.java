package org.maillage.diagnostics.diagnostics.repository;

/** A territory's value of one indicator and how the values of its peers (itself included) compare with it. */
public record PeerStats(String indicator, double value, int peers, int lower, int equal, int higher) {
}
