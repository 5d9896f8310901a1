import { afterEach, describe, expect, it } from 'vitest';
import { parseQuestionnaire } from '../../../server/domain/questionnaire';
import { loadQuestionnaires } from '../../../server/load-questionnaires';
import { fixtureQuestionnaireJson } from '../../fixtures/questionnaire';
import { startTestApp, type TestApp } from '../../fixtures/test-app';

let t: TestApp | undefined;
afterEach(async () => {
  await t?.close();
  t = undefined;
});

describe('GET /api/questionnaires', () => {
  it('lists the shipped questionnaire with its title, model version and number of questions', async () => {
    t = await startTestApp();
    const shipped = (await loadQuestionnaires()).get('readiness-okr')!;
    const reply = await t.call('GET', '/api/questionnaires');
    expect(reply.status).toBe(200);
    expect(reply.contentType).toMatch(/^application\/json/);
    expect(reply.body).toContainEqual({
      id: 'readiness-okr',
      title: { en: 'Are we ready for OKRs?', 'zh-cn': shipped.title['zh-cn'] },
      // The model a campaign created on it now gets: the current one, which can score it.
      modelVersion: '2',
      questions: shipped.questions.length,
    });
  });

  it('lists exactly the questionnaires the app was given', async () => {
    const fixture = parseQuestionnaire(fixtureQuestionnaireJson());
    t = await startTestApp(new Map([[fixture.id, fixture]]));
    const reply = await t.call('GET', '/api/questionnaires');
    expect(reply.body).toEqual([
      {
        id: 'fixture',
        title: { en: 'Fixture readiness survey', 'zh-cn': '测试问卷' },
        modelVersion: '1',
        questions: fixture.questions.length,
      },
    ]);
  });

  it('lists nothing when no questionnaire is loaded', async () => {
    t = await startTestApp(new Map());
    expect((await t.call('GET', '/api/questionnaires')).body).toEqual([]);
  });
});
