// A data directory's staff lists and their marks (campaign-people.ts), read without changing anything: for
// checks and tools that look at the files as they are, even while the server runs. A last log line cut off
// mid-write is passed over here, where a start would cut it off.

import { readFile, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import type { SurveyInvitation } from '../../domain/campaigns/survey-invitation';
import { applyListChange, type ListChange, type ListedPerson } from './campaign-people-file';
import { NO_MARKS, readMarksWithoutChanging } from './respondent-marks-file';

/** Everyone a campaign's files hold, those taken off the list included (marked `removed`). */
export async function readCampaignPeople(peopleDir: string, campaignId: string): Promise<SurveyInvitation[]> {
  const names = await readdir(peopleDir).catch(() => [] as string[]);
  const people = new Map<string, ListedPerson>();
  let generation = 0;
  if (names.includes(`${campaignId}.people`)) {
    const [header, ...lines] = (await readFile(join(peopleDir, `${campaignId}.people`), 'utf8'))
      .split('\n')
      .filter(Boolean);
    generation = (JSON.parse(header!) as { generation: number }).generation;
    for (const line of lines) {
      const person = JSON.parse(line) as ListedPerson;
      people.set(person.id, person);
    }
  }
  const logs = names
    .filter((n) => n.startsWith(`${campaignId}.`) && n.endsWith('.log'))
    .map((n) => Number(n.slice(campaignId.length + 1, -'.log'.length)))
    .filter((g) => Number.isInteger(g) && g >= generation)
    .sort((a, b) => a - b);
  for (const g of logs) {
    const text = await readFile(join(peopleDir, `${campaignId}.${g}.log`), 'utf8');
    const complete = text.slice(0, text.lastIndexOf('\n') + 1);
    for (const line of complete.split('\n').filter(Boolean)) {
      applyListChange(people, JSON.parse(line) as ListChange);
    }
  }
  const marks = readMarksWithoutChanging(join(peopleDir, `${campaignId}.marks`));
  return [...people.values()].map(({ slot, ...person }) => {
    const m = marks.get(slot) ?? NO_MARKS;
    return { ...person, campaignId, started: m.started, answered: m.answered };
  });
}
