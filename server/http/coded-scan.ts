// Reads a campaign's responses as codes of some of their answers (the storage's CodedResponse): through the
// storage's own scanCodes where it has one, else through scan, coding each response as it comes.

import { codeAnswers } from '../domain/analysis/export-coding';
import type { CodedQuestion, CodedResponse, ResponseRepository } from '../storage/response-repository';

/** FNV-1a over an id's characters: the idHash of a storage that hands out whole responses. */
function hashId(id: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < id.length; i++) hash = Math.imul(hash ^ id.charCodeAt(i), 0x01000193);
  return hash >>> 0;
}

export type CodedVisit = (response: CodedResponse, index: number) => void;

/** A function visiting the campaign's responses as codes of `questions`, in stored order, each time it is called. */
export function codedScan(
  responses: Pick<ResponseRepository, 'scan' | 'scanCodes'>,
  campaignId: string,
  questions: readonly CodedQuestion[],
): (visit: CodedVisit) => Promise<number> {
  return (visit) => {
    if (responses.scanCodes) return responses.scanCodes(campaignId, questions, visit);
    const coded: CodedResponse = { departmentId: '', idHash: 0, codes: new Uint8Array(questions.length) };
    return responses.scan(
      campaignId,
      (r, index) => {
        coded.departmentId = r.departmentId;
        coded.idHash = hashId(r.id);
        codeAnswers(questions, r.answers, coded.codes);
        visit(coded, index);
      },
      { texts: false },
    );
  };
}
