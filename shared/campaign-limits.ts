// Limits of a campaign's settings and of a batch of access codes that the domain enforces and the forms'
// request schemas check before sending (request-schemas.ts). Pure: this file imports nothing.

/** The smallest group a report may show on its own; a campaign may ask for more, never fewer. */
export const MIN_GROUP_SIZE_FLOOR = 3;

/** The most codes one request issues: a printed batch, not a bulk export. */
export const MAX_CODES_PER_BATCH = 500;

/** The most months an organization's calibration cadence may leave between waves: two years. */
export const MAX_CADENCE_MONTHS = 24;
