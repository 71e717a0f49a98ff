-- An authority's answer that refuses a data subject in whole or in part is appealed to allmän
-- förvaltningsdomstol (dataskyddslagen (2018:218) 7 kap. 2 §), to the förvaltningsrätt in whose domkrets
-- the matter was first decided (lagen (1971:289) om allmänna förvaltningsdomstolar 14 §). The text said
-- "förvaltningsrätten" without naming it; like the kammarrätt in a TF decision (FL 33 §) the court is now
-- named, from INSYN_FORVALTNINGSRATT through the field {{förvaltningsrätt}}. Only the text as shipped is
-- changed; a text an administrator has edited is theirs (the template page then asks for the field).
UPDATE subject_template
SET body = replace(
  replace(body, 'allmän förvaltningsdomstol (förvaltningsrätten)', 'allmän förvaltningsdomstol, {{förvaltningsrätt}}'),
  'skickar vi överklagandet vidare till förvaltningsrätten.', 'skickar vi överklagandet vidare till {{förvaltningsrätt}}.')
WHERE key = 'subject_appeal_authority' AND updated_by IS NULL;
