package org.maillage.alliances.domain;

import java.util.List;

/** What ended when a member left: its rows (left, or invitations declined) and its open commitments. */
public record Departure(List<Member> members, List<Commitment> commitments) {
}
