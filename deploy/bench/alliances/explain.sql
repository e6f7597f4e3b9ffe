-- The id query GET /api/v1/alliances?needsAttention=true&limit=50 runs (AllianceSearch, default thresholds:
-- stalled after 30 days, imbalanced below 0.5), under EXPLAIN ANALYZE. Usage: psql "$DB" -f explain.sql
EXPLAIN (ANALYZE, BUFFERS, COSTS OFF)
SELECT CAST(a.id AS text) FROM alliance a WHERE TRUE AND NOT a.archived
   AND a.state NOT IN ('CLOSED', 'ABANDONED') AND (a.updated_at <= now() - interval '30 days'
   OR a.balance_index < 0.5
   OR a.next_due_on < current_date
   OR EXISTS (SELECT 1 FROM alliance_member m JOIN known_actor k ON k.actor_id = m.actor_id
              WHERE m.alliance_id = a.id AND m.left_at IS NULL AND k.archived))
 ORDER BY a.created_at, a.id LIMIT 51;
