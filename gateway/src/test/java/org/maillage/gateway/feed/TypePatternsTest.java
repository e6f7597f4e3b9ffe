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
