-- Seeds :n alliances straight into an alliances-service database (migrated by the service first), as the
-- service writes them: 3 members, 3 commitments and 2 milestones each, a territory and a theme. About 15 % are
-- final (CLOSED, ABANDONED) and about 5 % of the others need attention, each for one reason:
--   g % 100 in (0, 1) STALLED (no change for 60 days)      g % 100 = 2 IMBALANCED (balance index 0.2)
--   g % 100 = 3 OVERDUE milestone                          g % 100 = 4 OVERDUE pledged commitment
--   plus the alliances having one of the 0.2 % archived actors as member (MEMBER_ARCHIVED).
-- Usage: psql "$DB" -v n=100000 -f deploy/bench/alliances/seed-list.sql
\set ON_ERROR_STOP on
\set actors 5000
INSERT INTO known_actor (actor_id, name, kind, world, archived, updated_at)
SELECT gen_random_uuid(), 'Acteur ' || a, k.kind, k.world, a % 500 = 0, now() - interval '400 days'
  FROM generate_series(1, :actors) a
  CROSS JOIN LATERAL (SELECT (ARRAY['ASSOCIATION', 'LOCAL_AUTHORITY', 'COMPANY', 'ACADEMIC'])[1 + a % 4] AS kind,
                             (ARRAY['NONPROFIT', 'PUBLIC', 'PRIVATE', 'ACADEMIC'])[1 + a % 4] AS world) k;
CREATE TEMP TABLE actor_pick AS SELECT row_number() OVER (ORDER BY actor_id) AS n, actor_id FROM known_actor;
CREATE INDEX ON actor_pick (n);

CREATE TEMP TABLE seed AS
SELECT g, gen_random_uuid() AS id,
       CASE WHEN g % 20 IN (5, 6) THEN 'CLOSED' WHEN g % 20 = 7 THEN 'ABANDONED'
            ELSE (ARRAY['EMERGING', 'SCOPING', 'BUILDING', 'AGREED', 'ACTIVE', 'ACTIVE', 'ACTIVE', 'UNDER_REVIEW'])[1 + g % 8] END AS state,
       now() - make_interval(mins => (:n - g)) - interval '60 days' AS created_at,
       CASE WHEN g % 100 IN (0, 1) THEN now() - interval '60 days'
            ELSE now() - make_interval(secs => (g * 7919) % (20 * 86400)) END AS updated_at
  FROM generate_series(1, :n) g;

INSERT INTO alliance (id, name, purpose, state, state_since, created_at, updated_at, version, type, outcome, balance_index,
                      archived)
SELECT id, 'Alliance ' || g, 'Agir ensemble sur le territoire', state, updated_at, created_at, updated_at, 3,
       (ARRAY['PHILANTHROPY', 'RESPONSIBLE_PRACTICES', 'ECONOMIC_COOPERATION', 'SOCIETAL_INNOVATION'])[1 + g % 4],
       CASE WHEN state = 'CLOSED' THEN 'ACHIEVED' END,
       CASE WHEN g % 100 = 2 THEN 0.2 ELSE 0.85 END, false
  FROM seed;

INSERT INTO alliance_member (alliance_id, actor_id, role, joined_at)
SELECT s.id, p.actor_id, (ARRAY['LEAD', 'PARTNER', 'FUNDER'])[m], s.created_at
  FROM seed s CROSS JOIN generate_series(1, 3) m
  JOIN actor_pick p ON p.n = 1 + (s.g * 3 + m * 1543) % :actors;

INSERT INTO alliance_commitment (id, alliance_id, member_actor_id, kind, amount, unit, status, due_date, pledged_at)
SELECT gen_random_uuid(), s.id, p.actor_id, 'FINANCIAL', 1000 * m, 'EUR',
       CASE WHEN s.state = 'CLOSED' THEN 'DELIVERED' ELSE 'PLEDGED' END,
       CASE WHEN s.g % 100 = 4 AND m = 1 THEN current_date - 10 ELSE current_date + 200 END, s.created_at
  FROM seed s CROSS JOIN generate_series(1, 3) m
  JOIN actor_pick p ON p.n = 1 + (s.g * 3 + m * 1543) % :actors;

INSERT INTO alliance_milestone (id, alliance_id, title, due_date, done_at)
SELECT gen_random_uuid(), s.id, 'Jalon ' || m,
       CASE WHEN s.g % 100 = 3 AND m = 1 THEN current_date - 5 WHEN m = 1 THEN current_date - 30 ELSE current_date + 90 END,
       CASE WHEN m = 1 AND s.g % 100 <> 3 THEN now() - interval '31 days' END
  FROM seed s CROSS JOIN generate_series(1, 2) m;

-- As the service keeps it on each change (see V6__next_due.sql).
UPDATE alliance a SET next_due_on = least(
    (SELECT min(ms.due_date) FROM alliance_milestone ms WHERE ms.alliance_id = a.id AND ms.done_at IS NULL),
    (SELECT min(c.due_date) FROM alliance_commitment c WHERE c.alliance_id = a.id AND c.status = 'PLEDGED'));

INSERT INTO alliance_territory (alliance_id, code) SELECT id, '01004' FROM seed;
INSERT INTO alliance_territory_scope (alliance_id, level, code, declared)
SELECT id, 'COMMUNE', '01004', true FROM seed
UNION ALL SELECT id, 'EPCI', '240100883', false FROM seed
UNION ALL SELECT id, 'DEPARTEMENT', '01', false FROM seed
UNION ALL SELECT id, 'REGION', '84', false FROM seed;
INSERT INTO alliance_theme (alliance_id, theme) SELECT id, 'SOCIAL_COHESION' FROM seed;
ANALYZE;
