-- The missing coordinator's view ordered by police risk (issue 14's benchmark): highest grade first, then the most
-- recent. With this index an area's first page reads the top of one index range instead of sorting every recent
-- episode of the area. The expression must stay the same as CoordinatorView's "risk" order.
CREATE INDEX missing_episode_risk_idx ON missing_episode
    (area_id, (array_position(ARRAY['NO_APPARENT_RISK', 'LOW', 'MEDIUM', 'HIGH']::text[], risk_grade)) DESC,
     started_at DESC, id DESC);
