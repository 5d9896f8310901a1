// The SQL that keeps response_counts (migration 005) equal to the responses: every statement that adds or
// deletes responses does it through a data-modifying WITH whose RETURNING feeds these, in the same statement,
// so no transaction can commit one without the other. Readers add the inbox, whose rows are not counted yet.

/** Adds the departments of the rows a `WITH <source>` returned (department_id) to the campaign `$1`'s counts. */
export const addCounts = (source: string) => `INSERT INTO response_counts (campaign_id, department_id, n)
  SELECT $1, department_id, count(*) FROM ${source} GROUP BY department_id
  ON CONFLICT (campaign_id, department_id) DO UPDATE SET n = response_counts.n + EXCLUDED.n
  RETURNING 1`;

/** Takes the departments of the rows a `WITH <source>` returned away from the campaign `$1`'s counts. */
export const subtractCounts = (source: string) => `UPDATE response_counts rc SET n = rc.n - gone.k
  FROM (SELECT department_id, count(*) AS k FROM ${source} GROUP BY department_id) AS gone
  WHERE rc.campaign_id = $1 AND rc.department_id = gone.department_id
  RETURNING 1`;

/** Responses of the campaign `$1`, stored or in the inbox: one number. */
export const CAMPAIGN_COUNT = `coalesce((SELECT sum(n) FROM response_counts WHERE campaign_id = $1), 0)
  + (SELECT count(*) FROM response_inbox WHERE campaign_id = $1)`;

/** Responses of the campaign `$1`'s department `<department>` (an SQL expression), stored or in the inbox. */
export const departmentCount = (department: string) =>
  `coalesce((SELECT n FROM response_counts rc WHERE rc.campaign_id = $1 AND rc.department_id = ${department}), 0)
  + (SELECT count(*) FROM response_inbox i WHERE i.campaign_id = $1 AND i.department_id = ${department})`;
