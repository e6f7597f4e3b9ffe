package org.maillage.actors.repository;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.hibernate.Session;
import org.maillage.actors.domain.Actor;
import org.maillage.actors.domain.ActorTerritory;
import org.maillage.actors.domain.Address;
import org.maillage.actors.domain.ExternalRef;
import org.maillage.actors.domain.Identifier;

/**
 * Writes new actors with their collections as JDBC batches, bypassing the persistence context: registering a
 * thousand actors through it cost more CPU (tracking, dirty checking at each flush) than PostgreSQL spent
 * writing them. The actors written are not managed; load them again to change them in the same transaction.
 * Columns are those the {@link Actor} mapping writes, plus actor_territory.actor_created_at (the list order
 * that its trigger fills for rows written through the mapping).
 */
@ApplicationScoped
public class NewActorRows {

    private static final String ACTOR = """
            INSERT INTO actor (id, name, kind, world, description, website, email, phone, address_street,
                address_postal_code, address_city, address_commune_code, themes, archived, created_at, updated_at, version)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, false, ?, ?, ?)""";
    private static final String TERRITORY =
            "INSERT INTO actor_territory (actor_id, level, code, declared, actor_created_at) VALUES (?, ?, ?, ?, ?)";
    private static final String IDENTIFIER = "INSERT INTO actor_identifier (actor_id, scheme, value) VALUES (?, ?, ?)";
    private static final String EXTERNAL_REF =
            "INSERT INTO actor_external_ref (actor_id, system, external_id) VALUES (?, ?, ?)";

    private final EntityManager entityManager;

    public NewActorRows(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** Inserts actors built by {@link Actor#register}, in the caller's transaction. */
    public void insert(List<Actor> actors) {
        if (actors.isEmpty()) {
            return;
        }
        entityManager.unwrap(Session.class).doWork(connection -> {
            insertAll(connection, ACTOR, actors, NewActorRows::actorRow);
            insertAll(connection, TERRITORY, actors, NewActorRows::territoryRows);
            insertAll(connection, IDENTIFIER, actors, NewActorRows::identifierRows);
            insertAll(connection, EXTERNAL_REF, actors, NewActorRows::externalRefRows);
        });
    }

    /** Adds the rows of one actor to a batch. */
    @FunctionalInterface
    private interface Rows {
        void add(PreparedStatement insert, Actor actor) throws SQLException;
    }

    private static void insertAll(Connection connection, String sql, List<Actor> actors, Rows rows) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement(sql)) {
            for (Actor actor : actors) {
                rows.add(insert, actor);
            }
            insert.executeBatch();
        }
    }

    private static void actorRow(PreparedStatement insert, Actor actor) throws SQLException {
        Address address = actor.address();
        insert.setObject(1, actor.id());
        insert.setString(2, actor.name());
        insert.setString(3, actor.kind().name());
        insert.setString(4, actor.world().name());
        insert.setString(5, actor.description());
        insert.setString(6, actor.website());
        insert.setString(7, actor.email());
        insert.setString(8, actor.phone());
        insert.setString(9, address == null ? null : address.street());
        insert.setString(10, address == null ? null : address.postalCode());
        insert.setString(11, address == null ? null : address.city());
        insert.setString(12, address == null ? null : address.communeCode());
        insert.setArray(13, insert.getConnection().createArrayOf("text",
                actor.themes().stream().map(Enum::name).sorted().toArray(String[]::new)));
        insert.setObject(14, utc(actor.createdAt()));
        insert.setObject(15, utc(actor.updatedAt()));
        insert.setLong(16, actor.version());
        insert.addBatch();
    }

    private static void territoryRows(PreparedStatement insert, Actor actor) throws SQLException {
        for (ActorTerritory territory : actor.territories()) {
            insert.setObject(1, actor.id());
            insert.setString(2, territory.level().name());
            insert.setString(3, territory.code());
            insert.setBoolean(4, territory.declared());
            insert.setObject(5, utc(actor.createdAt()));
            insert.addBatch();
        }
    }

    private static void identifierRows(PreparedStatement insert, Actor actor) throws SQLException {
        for (Identifier identifier : actor.identifiers()) {
            insert.setObject(1, actor.id());
            insert.setString(2, identifier.scheme().name());
            insert.setString(3, identifier.value());
            insert.addBatch();
        }
    }

    private static void externalRefRows(PreparedStatement insert, Actor actor) throws SQLException {
        for (ExternalRef ref : actor.externalRefs()) {
            insert.setObject(1, actor.id());
            insert.setString(2, ref.system());
            insert.setString(3, ref.id());
            insert.addBatch();
        }
    }

    private static OffsetDateTime utc(Instant instant) {
        return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
    }
}
