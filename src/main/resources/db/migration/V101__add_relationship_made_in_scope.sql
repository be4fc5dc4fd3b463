-- Break-glass laundering (issue 11): an adult's record is open to those who may open a related child's record, but
-- only through a relationship recorded by someone who could open both records without break-glass. A link made
-- during break-glass must not keep an adult open after the grant expires.
ALTER TABLE person_relationship ADD COLUMN made_in_scope boolean NOT NULL DEFAULT true;
COMMENT ON COLUMN person_relationship.made_in_scope IS
    'Whether the person who recorded it could open both records by their own record scope, without break-glass. Only such relationships open an adult''s record to those who may open the related child''s.';

-- Relationships recorded before this column existed: any recorded while its author held a live break-glass grant is
-- treated as made under break-glass (the grant's child cannot be told apart from a link made through it).
UPDATE person_relationship r SET made_in_scope = false
 WHERE EXISTS (SELECT 1 FROM break_glass_grant g
                WHERE g.user_id = r.added_by AND r.added_at >= g.granted_at AND r.added_at < g.expires_at);
