// Which campaigns the embedded storage may put away (out of memory until asked for): those the records file
// holds as closed. The same rule the people store applies to its lists (campaign-people.ts), so a closed
// campaign's people and responses leave memory together. Closing is final (only an open campaign closes,
// and nothing reopens one) and a closed campaign takes no answers, so what is put away stays as it was;
// a campaign only past its last day is still open in the records and stays in memory until it is closed.

import type { RecordsFile } from './records-file';

/** Whether the campaign is closed, as the records file says at the moment of asking. */
export const isClosedCampaign =
  (db: RecordsFile) =>
  (campaignId: string): boolean =>
    db.data.campaigns.find((c) => c.id === campaignId)?.status === 'closed';
