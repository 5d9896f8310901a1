// The demographic cuts a campaign may add to its survey, and the limits of the locations an administrator
// lists, which the domain enforces and the draft form checks before sending. Pure: this file imports nothing.

/** The cuts offered at draft time, in the order the survey asks them and the report offers them. */
export const CUT_IDS = ['tenure', 'level', 'location'] as const;
export type CutId = (typeof CUT_IDS)[number];

/** A location cut names at least two places (one would be everyone) and at most twenty. */
export const MIN_LOCATIONS = 2;
export const MAX_LOCATIONS = 20;
export const MAX_LOCATION_LENGTH = 60;
