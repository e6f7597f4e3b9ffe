-- Seeds :n actors straight into an actors-service database (migrated by the service first), spread over the
-- real communes in proportion to their population. Usage:
--   zcat territory-reference/src/main/resources/org/maillage/territory/territories.tsv.gz > /tmp/territories.tsv
--   psql "$DB" -v n=1000000 -v tsv=/tmp/territories.tsv -f deploy/bench/actors/seed.sql
\set ON_ERROR_STOP on
CREATE TEMP TABLE territory (level text, code text, name text, population bigint, epci text, departement text,
                             region text, collectivite text);
\set copy '\\copy territory FROM ' :'tsv' ' WITH (FORMAT text, HEADER true, NULL \'\')'
:copy
CREATE TEMP TABLE commune AS
SELECT code, name, epci, departement, region, collectivite,
       CAST(sum(greatest(population, 1)) OVER (ORDER BY code) AS bigint) AS cum
  FROM territory WHERE level = 'COMMUNE';
CREATE INDEX ON commune (cum);
ANALYZE commune;

-- The random draw happens in its own step: a volatile expression in the lookup would defeat the index.
CREATE TEMP TABLE draw AS
SELECT g AS n, CAST(floor(random() * (SELECT max(cum) FROM commune)) + 1 AS bigint) AS r FROM generate_series(1, :n) g;
CREATE TEMP TABLE seed AS
SELECT d.n, gen_random_uuid() AS id, c.*
  FROM draw d
  CROSS JOIN LATERAL (SELECT * FROM commune WHERE cum >= d.r ORDER BY cum LIMIT 1) c;

INSERT INTO actor (id, name, kind, world, description, themes, created_at, updated_at, version, address_commune_code)
SELECT s.id,
       (ARRAY['Association', 'Centre social', 'Ville de', 'Maison de santé', 'Entreprise', 'Fondation', 'Université',
              'Cabinet conseil'])[1 + s.n % 8] || ' ' || s.name || ' ' || s.n,
       k.kind, k.world,
       'Acteur de ' || s.name || ' engagé pour ' || (ARRAY['l''éducation', 'l''emploi', 'la santé', 'le logement',
              'la mobilité', 'l''alimentation', 'la culture', 'l''inclusion numérique'])[1 + s.n % 8],
       ARRAY[(ARRAY['EDUCATION', 'EMPLOYMENT', 'HEALTH', 'HOUSING', 'MOBILITY', 'FOOD', 'CULTURE',
                    'DIGITAL_INCLUSION'])[1 + s.n % 8]],
       now() - make_interval(secs => (:n - s.n)), now() - make_interval(secs => (:n - s.n)), 0, s.code
  FROM seed s
  CROSS JOIN LATERAL (SELECT (ARRAY['ASSOCIATION', 'ASSOCIATION', 'LOCAL_AUTHORITY', 'PUBLIC_INSTITUTION', 'COMPANY',
                                    'FOUNDATION', 'ACADEMIC', 'CONSULTANCY'])[1 + s.n % 8] AS kind) k0
  CROSS JOIN LATERAL (SELECT k0.kind, CASE WHEN k0.kind IN ('ASSOCIATION', 'FOUNDATION') THEN 'NONPROFIT'
                                           WHEN k0.kind IN ('LOCAL_AUTHORITY', 'PUBLIC_INSTITUTION') THEN 'PUBLIC'
                                           WHEN k0.kind = 'ACADEMIC' THEN 'ACADEMIC' ELSE 'PRIVATE' END AS world) k;

-- The declared commune and its ancestors, as the service writes them.
INSERT INTO actor_territory (actor_id, level, code, declared)
SELECT id, 'COMMUNE', code, true FROM seed
UNION ALL SELECT id, 'EPCI', epci, false FROM seed WHERE epci IS NOT NULL
UNION ALL SELECT id, 'DEPARTEMENT', departement, false FROM seed WHERE departement IS NOT NULL
UNION ALL SELECT id, 'REGION', region, false FROM seed WHERE region IS NOT NULL
UNION ALL SELECT id, 'COLLECTIVITE_OUTRE_MER', collectivite, false FROM seed WHERE collectivite IS NOT NULL;

INSERT INTO actor_external_ref (actor_id, system, external_id) SELECT id, 'seed', n::text FROM seed;
ANALYZE actor;
ANALYZE actor_territory;
SELECT count(*) AS actors FROM actor;
