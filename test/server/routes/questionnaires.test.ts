import { afterEach, describe, expect, it } from 'vitest';
import { parseQuestionnaire } from '../../../server/domain/instrument/questionnaire';
import { loadQuestionnaires } from '../../../server/load-questionnaires';
import { fixtureQuestionnaireJson } from '../../fixtures/questionnaire';
import { startTestApp, type TestApp } from '../../fixtures/test-app';

let t: TestApp | undefined;
afterEach(async () => {
  await t?.close();
  t = undefined;
});

describe('GET /api/questionnaires', () => {
  it('lists version 2 first as the current questionnaire, and version 1 after it for repeating a baseline', async () => {
    t = await startTestApp();
    const shipped = await loadQuestionnaires();
    const reply = await t.call('GET', '/api/questionnaires');
    expect(reply.status).toBe(200);
    expect(reply.contentType).toMatch(/^application\/json/);
    expect(reply.body).toEqual([
      {
        id: 'readiness-okr-2',
        title: { en: 'How we set goals: a readiness survey', 'zh-cn': '目标管理现状调研' },
        modelVersion: '2',
        current: true,
        questions: shipped.get('readiness-okr-2')!.questions.length,
      },
      {
        id: 'readiness-okr',
        title: { en: 'Are we ready for OKRs?', 'zh-cn': shipped.get('readiness-okr')!.title['zh-cn'] },
        // The model its scales were written for; a campaign created on it is judged by model 2's rules.
        modelVersion: '1',
        current: false,
        questions: shipped.get('readiness-okr')!.questions.length,
      },
    ]);
  });

  it('creates every new campaign on the current model, whichever questionnaire it asks', async () => {
    t = await startTestApp();
    const org = await t.call('POST', '/api/organizations', {
      name: 'Acme',
      departments: [{ name: 'Sales', headcount: 9 }],
    });
    for (const questionnaireId of ['readiness-okr-2', 'readiness-okr']) {
      const created = await t.call('POST', `/api/organizations/${org.body.id}/campaigns`, {
        name: 'Wave',
        questionnaireId,
      });
      expect(created.status).toBe(201);
      expect(created.body).toMatchObject({ questionnaireId, modelVersion: '2' });
    }
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
        current: false,
        questions: fixture.questions.length,
      },
    ]);
  });

  it('lists nothing when no questionnaire is loaded', async () => {
    t = await startTestApp(new Map());
    expect((await t.call('GET', '/api/questionnaires')).body).toEqual([]);
  });
});
