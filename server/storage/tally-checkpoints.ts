/**
 * Checkpoints of each campaign's report tally (domain/analysis/campaign-tally.ts), written from time to time
 * so that a start need not file every stored response again. Never the truth: the responses are. A
 * checkpoint that cannot be read whole comes back as null, and its reader checks it against the responses
 * stored before taking it up.
 */
export interface TallyCheckpoints {
  /** The last checkpoint written for the campaign, or null when there is none or it is damaged. */
  read(campaignId: string): Promise<string | null>;
  /** Replaces the campaign's checkpoint, durably and whole: a crash leaves the old one or the new one. */
  write(campaignId: string, text: string): Promise<void>;
  remove(campaignId: string): Promise<void>;
}
