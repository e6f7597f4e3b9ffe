-- Seeds one ACTIVE alliance with 200 members (known actors of the four worlds) and 2 000 commitments (10 per
-- member: every kind, EUR or person-days, pledged, delivered or withdrawn), 20 milestones and 3 objectives,
-- and prints its id. Usage: psql "$DB" -At -f deploy/bench/alliances/seed-status.sql
\set ON_ERROR_STOP on
CREATE TEMP TABLE big_member AS
SELECT m, gen_random_uuid() AS actor_id FROM generate_series(1, 200) m;
INSERT INTO known_actor (actor_id, name, kind, world, archived, updated_at)
SELECT actor_id, 'Membre ' || m, (ARRAY['ASSOCIATION', 'LOCAL_AUTHORITY', 'COMPANY', 'ACADEMIC'])[1 + m % 4],
       (ARRAY['NONPROFIT', 'PUBLIC', 'PRIVATE', 'ACADEMIC'])[1 + m % 4], false, now()
  FROM big_member;
CREATE TEMP TABLE big AS SELECT gen_random_uuid() AS id;
INSERT INTO alliance (id, name, purpose, state, state_since, created_at, updated_at, version, type, balance_index, archived)
SELECT id, 'Grande alliance', 'Deux cents partenaires', 'ACTIVE', now() - interval '90 days', now() - interval '1 year',
       now() - interval '2 days', 2200, 'SOCIETAL_INNOVATION', 0.9, false FROM big;
INSERT INTO alliance_member (alliance_id, actor_id, role, joined_at)
SELECT big.id, actor_id, CASE WHEN m = 1 THEN 'LEAD' WHEN m % 10 = 0 THEN 'FUNDER' WHEN m % 25 = 3 THEN 'EVALUATOR'
                              ELSE 'PARTNER' END, now() - interval '1 year'
  FROM big, big_member;
INSERT INTO alliance_commitment (id, alliance_id, member_actor_id, kind, amount, unit, status, due_date, pledged_at, settled_at)
SELECT gen_random_uuid(), big.id, b.actor_id, (ARRAY['FINANCIAL', 'SKILLS', 'IN_KIND', 'NETWORK'])[1 + c % 4],
       100 + (b.m * 37 + c * 11) % 5000, CASE WHEN c % 4 = 0 THEN 'EUR' ELSE 'person-days' END,
       (ARRAY['PLEDGED', 'PLEDGED', 'DELIVERED', 'WITHDRAWN'])[1 + (b.m + c) % 4],
       current_date + (c * 30 - 60), now() - interval '300 days' + make_interval(hours => c),
       CASE WHEN (b.m + c) % 4 >= 2 THEN now() - interval '10 days' END
  FROM big, big_member b CROSS JOIN generate_series(1, 10) c;
INSERT INTO alliance_milestone (id, alliance_id, title, due_date, done_at)
SELECT gen_random_uuid(), big.id, 'Jalon ' || k, current_date + (k * 20 - 200), CASE WHEN k < 8 THEN now() - interval '50 days' END
  FROM big, generate_series(1, 20) k;
INSERT INTO alliance_objective (alliance_id, position, title, indicator, baseline, target, due_date)
SELECT big.id, k, 'Objectif ' || k, 'indicateur ' || k, 10, 50, current_date + 365 FROM big, generate_series(0, 2) k;
UPDATE alliance a SET next_due_on = least(
    (SELECT min(ms.due_date) FROM alliance_milestone ms WHERE ms.alliance_id = a.id AND ms.done_at IS NULL),
    (SELECT min(c.due_date) FROM alliance_commitment c WHERE c.alliance_id = a.id AND c.status = 'PLEDGED'))
 WHERE a.id = (SELECT id FROM big);
INSERT INTO alliance_territory (alliance_id, code) SELECT id, '93066' FROM big;
INSERT INTO alliance_theme (alliance_id, theme) SELECT id, 'SOCIAL_COHESION' FROM big;
ANALYZE;
SELECT id FROM big;
