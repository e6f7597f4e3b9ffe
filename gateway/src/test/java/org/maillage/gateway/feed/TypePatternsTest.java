package org.maillage.gateway.feed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class TypePatternsTest {

    @Test
    void wildcardsStandForAnyCharacters() {
        assertTrue(TypePatterns.matches("org.maillage.alliance.*", "org.maillage.alliance.proposed.v1"));
        assertTrue(TypePatterns.matches("*", "org.maillage.actor.registered.v1"));
        assertTrue(TypePatterns.matches("org.maillage.*.erased.v1", "org.maillage.person.erased.v1"));
        assertTrue(TypePatterns.matches("org.maillage.actor.registered.v1", "org.maillage.actor.registered.v1"));
        assertFalse(TypePatterns.matches("org.maillage.alliance.*", "org.maillage.actor.registered.v1"));
        assertFalse(TypePatterns.matches("org.maillage.actor.registered", "org.maillage.actor.registered.v1"));
        // A dot is a dot, not any character.
        assertFalse(TypePatterns.matches("org.maillage.actor", "orgXmaillageXactor"));
    }

    @Test
    void piecesAreMatchedInOrderAnchoredAtBothEnds() {
        assertTrue(TypePatterns.matches("org.*.alliance.*.v1", "org.maillage.alliance.proposed.v1"));
        assertTrue(TypePatterns.matches("*.v1", "org.maillage.alliance.proposed.v1"));
        assertTrue(TypePatterns.matches("a*a*a", "aaa"));
        assertTrue(TypePatterns.matches("a**b", "ab"));
        assertTrue(TypePatterns.matches("ab*ab", "abab"));
        assertTrue(TypePatterns.matches("*b*a*", "xbyaz"));
        assertFalse(TypePatterns.matches("ab*ab", "aba"), "head and tail may not overlap");
        assertFalse(TypePatterns.matches("a*a*a", "aa"));
        assertFalse(TypePatterns.matches("*b*a*", "xaybz"), "pieces in order");
        assertFalse(TypePatterns.matches("*.v2", "org.maillage.alliance.proposed.v1"));
        assertFalse(TypePatterns.matches("org.*.v1", "org.maillage.alliance.proposed.v10"));
        assertFalse(TypePatterns.matches("*x*", "org.maillage.alliance.proposed.v1"));
    }

    @Test
    void aPathologicalPatternFailsAtOnce() {
        String type = "a".repeat(TypePatterns.MAX_LENGTH);
        // What used to hang a backtracking regex: many wildcards, then a letter the type lacks.
        String stars = "*".repeat(30) + "b";
        String allowed = "*" + "a".repeat(98) + "*" + "a".repeat(97) + "*b";
        long started = System.nanoTime();
        for (int i = 0; i < 10_000; i++) {
            assertFalse(TypePatterns.matches(stars, type));
            assertFalse(TypePatterns.matches(allowed, type));
        }
        long millis = (System.nanoTime() - started) / 1_000_000;
        assertTrue(millis < 2_000, "20 000 matches took " + millis + " ms");
    }

    @Test
    void atMostThreeWildcards() {
        assertFalse(TypePatterns.tooManyWildcards("*.*.*"));
        assertTrue(TypePatterns.tooManyWildcards("*.*.*.*"));
        assertTrue(TypePatterns.tooManyWildcards("*".repeat(30) + "b"));
    }

    @Test
    void onlyTypeCharactersAreValid() {
        assertTrue(TypePatterns.valid("org.maillage.alliance.*"));
        assertFalse(TypePatterns.valid(""));
        assertFalse(TypePatterns.valid("org maillage"));
        assertFalse(TypePatterns.valid("org.maillage.%"));
        assertFalse(TypePatterns.valid("x".repeat(201)));
    }

    @Test
    void likeFormEscapesUnderscores() {
        assertEquals("org.maillage.a\\_b.%", TypePatterns.toLike("org.maillage.a_b.*"));
    }
}
