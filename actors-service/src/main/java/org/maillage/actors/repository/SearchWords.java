package org.maillage.actors.repository;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import org.hibernate.Session;

/**
 * The words of a text search as a quoted tsquery literal ('word':* & ...), split and folded by PostgreSQL's own
 * parser so they match the words indexed with {@code maillage_fold}: each word of the query must begin a word of
 * the searched text. Shared by the actor search and the people directory, so both read a query alike.
 */
@ApplicationScoped
public class SearchWords {

    private final EntityManager entityManager;

    public SearchWords(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** The literal, or null when the text holds no word (nothing but punctuation). */
    public String literal(String text) {
        return entityManager.unwrap(Session.class).doReturningWork(connection -> {
            try (PreparedStatement statement = connection.prepareStatement("""
                    SELECT quote_literal(string_agg(quote_literal(w.lexeme) || ':*', ' & '))
                      FROM (SELECT lexeme FROM unnest(to_tsvector('simple', maillage_fold(?))) LIMIT 8) w""")) {
                statement.setString(1, text);
                try (ResultSet literal = statement.executeQuery()) {
                    literal.next();
                    return literal.getString(1);
                }
            }
        });
    }
}
