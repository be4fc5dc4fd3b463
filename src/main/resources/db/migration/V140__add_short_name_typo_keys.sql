-- One-letter slips in three-letter given names (Amy typed Amt, Zoe typed Zeo) are now found (issue 13): three-letter
-- tokens get their one-letter deletions too, as four-letter and longer ones always had. The scorer weighs such a slip
-- weakly, since one letter off a three-letter name is often another name.
INSERT INTO name_token_deletion (deletion, token)
SELECT left(token, i - 1) || substr(token, i + 1), token
  FROM name_token, generate_series(1, 3) AS i
 WHERE char_length(token) = 3
ON CONFLICT DO NOTHING;
