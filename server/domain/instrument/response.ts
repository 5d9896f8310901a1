// A stored survey response. It carries no invitation, no person and no time finer than the day, so that
// nothing in storage can tie it back to who sent it.

import type { Language } from './barrier-model';
import type { Answers } from './validate-answers';

export interface SurveyResponse {
  /** Random; unrelated to any link or invitation. */
  id: string;
  campaignId: string;
  departmentId: string;
  language: Language;
  /** Calendar day of submission (YYYY-MM-DD); the time of day is never kept. */
  submittedOn: string;
  answers: Answers;
}
