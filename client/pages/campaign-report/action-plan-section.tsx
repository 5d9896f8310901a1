import { useState, type FormEvent } from 'react';
import type { PlanActionView } from '../../../server/http/api-types';
import { api } from '../../api/client';
import { errorText } from '../../components/error-text';
import type { Language } from '../../components/language-switch';
import { allows } from '../../components/permissions';
import { useResource } from '../../components/use-resource';
import { useSession } from '../../components/use-session';
import { ActionPlanDownloads } from './action-plan-downloads';
import { ACTION_PLAN_TEXT } from './action-plan-text';
import './action-plan-section.css';
import { draftOf, NO_OWNER, ownerFrom, OwnerPicker, type OwnerDraft, type OwnerPerson } from './owner-picker';
import type { Recommendation } from './report-types';

const STATUSES = ['planned', 'in-progress', 'done', 'dropped'] as const;

/**
 * The organization's actions from this campaign, with progress; editors add actions (from a recommendation,
 * its starter plan, or free) and whoever may update one moves its status. The server decides every change.
 */
export function ActionPlanSection({
  organizationId,
  campaignId,
  recommendations,
  language,
}: {
  organizationId: string;
  campaignId: string;
  recommendations: Recommendation[];
  language: Language;
}) {
  const text = ACTION_PLAN_TEXT[language];
  const { principal } = useSession();
  const [plan, reload] = useResource(() => api.actionPlan(organizationId, campaignId), campaignId);
  const [problem, setProblem] = useState<string | null>(null);
  const mayEdit = allows(principal, 'action-plan:edit', organizationId);
  const mayUpdate = allows(principal, 'action-plan:update', organizationId);
  const mayComment = allows(principal, 'action-plan:comment', organizationId);
  // Only those who give actions to people read the list of people to give them to.
  const [owners] = useResource(
    () => (mayEdit ? api.actionOwners(organizationId) : Promise.resolve({ people: [] })),
    `${organizationId}:${mayEdit}`,
  );
  const people = owners.state === 'ready' ? owners.data.people : [];
  // A department head moves along only what they own or what concerns their departments (the server's
  // rule, action-plan.ts): the others show their status as text rather than a choice that would be refused.
  const headOf = principal.grants
    .filter((g) => g.organizationId === organizationId && g.role === 'department-head')
    .flatMap((g) => g.departmentIds);
  const mayMove = (a: PlanActionView) =>
    mayEdit ||
    (mayUpdate &&
      ((a.owner !== null && 'accountId' in a.owner && a.owner.accountId === principal.accountId) ||
        a.departmentIds.some((d) => headOf.includes(d))));

  /** Runs a change, shows its refusal if any, reloads the plan; answers whether it was done. */
  async function act(change: () => Promise<unknown>): Promise<boolean> {
    setProblem(null);
    let done = true;
    try {
      await change();
    } catch (error) {
      setProblem(errorText(error, language));
      done = false;
    }
    reload();
    return done;
  }

  const recommendationTitle = (id: string | null) => {
    const found = recommendations.find((r) => r.id === id);
    return found ? found.title[language] : text.free;
  };
  const ownerNames = plan.state === 'ready' ? plan.data.ownerNames : {};
  const ownerOf = (a: PlanActionView) => {
    if (a.owner === null) return text.unassigned;
    if ('email' in a.owner) return `${a.owner.name} <${a.owner.email}>`;
    const name = ownerNames[a.owner.accountId];
    if (a.owner.accountId === principal.accountId) return name ? text.ownerYou(name) : text.you;
    return name ?? text.member;
  };

  return (
    <section
      aria-labelledby="action-plan-heading"
      className="report-section action-plan"
      data-testid="action-plan"
    >
      <h2 id="action-plan-heading">{text.heading}</h2>
      <p className="muted">{text.lead}</p>
      {plan.state === 'ready' && (
        <>
          <p className="action-progress">
            <progress value={plan.data.progress.done} max={Math.max(plan.data.progress.total, 1)} />{' '}
            <span data-testid="action-progress">
              {text.progress(plan.data.progress.done, plan.data.progress.total)}
            </span>
          </p>
          {plan.data.actions.length === 0 ? (
            <p>{text.empty}</p>
          ) : (
            <div className="table-scroll">
              <table className="action-table">
                <thead>
                  <tr>
                    <th scope="col">{text.title}</th>
                    <th scope="col">{text.owner}</th>
                    <th scope="col">{text.due}</th>
                    <th scope="col">{text.status}</th>
                    <th scope="col">{text.from}</th>
                    {mayEdit && <th scope="col" aria-label={text.remove} />}
                  </tr>
                </thead>
                <tbody>
                  {plan.data.actions.map((a) => (
                    <tr key={a.id} data-status={a.status}>
                      <td>
                        {a.title}
                        {a.note && <div className="muted">{a.note}</div>}
                        {(a.comments.length > 0 || mayComment) && (
                          <details className="action-comments">
                            <summary>{text.comments(a.comments.length)}</summary>
                            <ul>
                              {a.comments.map((c) => (
                                <li key={c.on + c.text}>
                                  {c.text} <span className="muted">({c.on.slice(0, 10)})</span>
                                </li>
                              ))}
                            </ul>
                            {mayComment && (
                              <CommentForm
                                label={text.commentOn(a.title)}
                                submit={text.comment}
                                onComment={(comment) =>
                                  act(() => api.commentOnAction(organizationId, a.id, comment))
                                }
                              />
                            )}
                          </details>
                        )}
                      </td>
                      <td>
                        {ownerOf(a)}
                        {mayEdit && (
                          <ChangeOwner
                            title={a.title}
                            owner={a.owner}
                            people={people}
                            language={language}
                            onChange={(owner) => act(() => api.changeAction(organizationId, a.id, { owner }))}
                          />
                        )}
                      </td>
                      <td className="action-due">{a.due ?? text.undated}</td>
                      <td className="action-status">
                        {mayMove(a) ? (
                          <select
                            aria-label={text.statusOf(a.title)}
                            value={a.status}
                            onChange={(e) =>
                              void act(() =>
                                api.changeAction(organizationId, a.id, {
                                  status: e.target.value as PlanActionView['status'],
                                }),
                              )
                            }
                          >
                            {STATUSES.map((s) => (
                              <option key={s} value={s}>
                                {text.statuses[s]}
                              </option>
                            ))}
                          </select>
                        ) : (
                          text.statuses[a.status]
                        )}
                      </td>
                      <td>{recommendationTitle(a.recommendationId)}</td>
                      {mayEdit && (
                        <td>
                          <button
                            type="button"
                            className="link-button"
                            onClick={() => void act(() => api.removeAction(organizationId, a.id))}
                          >
                            {text.remove}
                          </button>
                        </td>
                      )}
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
          <ActionPlanDownloads
            organizationId={organizationId}
            campaignId={campaignId}
            actions={plan.data.actions}
            language={language}
          />
        </>
      )}
      {problem && (
        <p role="alert" className="error">
          {problem}
        </p>
      )}
      {mayEdit && (
        <AddAction
          recommendations={recommendations}
          people={people}
          language={language}
          onAdd={(body) => act(() => api.addAction(organizationId, { campaignId, ...body }))}
        />
      )}
      {mayEdit &&
        recommendations
          .filter((r) => r.plan)
          .map((r) => (
            <p key={r.id}>
              <button
                type="button"
                onClick={() =>
                  void act(() =>
                    api.addStarterPlan(organizationId, {
                      campaignId,
                      recommendationId: r.id,
                      titles: r.plan!.flatMap((section) => section.actions.map((action) => action[language])),
                    }),
                  )
                }
              >
                {text.starterPlan(r.title[language])}
              </button>
            </p>
          ))}
    </section>
  );
}

/** The form that adds one action, from a recommendation or free; its title starts as the recommendation's. */
function AddAction({
  recommendations,
  people,
  language,
  onAdd,
}: {
  recommendations: Recommendation[];
  people: readonly OwnerPerson[];
  language: Language;
  onAdd: (body: {
    recommendationId: string | null;
    departmentIds: string[];
    title: string;
    due: string | null;
    owner: PlanActionView['owner'];
  }) => Promise<boolean>;
}) {
  const text = ACTION_PLAN_TEXT[language];
  const [recommendationId, setRecommendationId] = useState('');
  const [title, setTitle] = useState('');
  const [due, setDue] = useState('');
  const [owner, setOwner] = useState<OwnerDraft>(NO_OWNER);
  const [busy, setBusy] = useState(false);

  async function submit(event: FormEvent) {
    event.preventDefault();
    setBusy(true);
    const added = await onAdd({
      recommendationId: recommendationId || null,
      // An action from a recommendation concerns the departments it names, so their heads can carry it out.
      departmentIds: recommendations.find((r) => r.id === recommendationId)?.departmentIds ?? [],
      title,
      due: due || null,
      owner: ownerFrom(owner),
    });
    setBusy(false);
    // A refused action stays in the form, for its fields to be put right.
    if (!added) return;
    for (const clear of [setRecommendationId, setTitle, setDue]) clear('');
    setOwner(NO_OWNER);
  }

  return (
    <form className="add-action" onSubmit={(e) => void submit(e)} aria-labelledby="add-action-heading">
      <h3 id="add-action-heading">{text.addHeading}</h3>
      <label>
        {text.recommendation}
        <select
          value={recommendationId}
          onChange={(e) => {
            setRecommendationId(e.target.value);
            const picked = recommendations.find((r) => r.id === e.target.value);
            if (picked) setTitle(picked.title[language]);
          }}
        >
          <option value="">{text.free}</option>
          {recommendations.map((r) => (
            <option key={r.id} value={r.id}>
              {r.title[language]}
            </option>
          ))}
        </select>
      </label>
      <label>
        {text.title}
        <input value={title} onChange={(e) => setTitle(e.target.value)} required maxLength={200} />
      </label>
      <OwnerPicker people={people} value={owner} onChange={setOwner} language={language} />
      <label>
        {text.due}
        <input type="date" value={due} onChange={(e) => setDue(e.target.value)} />
      </label>
      <button type="submit" disabled={busy}>
        {busy ? text.adding : text.add}
      </button>
    </form>
  );
}

/** Gives an existing action to someone else, or to nobody; folded away until asked for. */
function ChangeOwner({
  title,
  owner,
  people,
  language,
  onChange,
}: {
  title: string;
  owner: PlanActionView['owner'];
  people: readonly OwnerPerson[];
  language: Language;
  onChange: (owner: PlanActionView['owner']) => Promise<boolean>;
}) {
  const text = ACTION_PLAN_TEXT[language];
  const [draft, setDraft] = useState<OwnerDraft>(() => draftOf(owner));
  const [open, setOpen] = useState(false);
  const [busy, setBusy] = useState(false);
  return (
    <details
      className="change-owner"
      open={open}
      onToggle={(e) => {
        const opened = e.currentTarget.open;
        setOpen(opened);
        // Opened afresh, it starts from the owner as the plan now has it.
        if (opened) setDraft(draftOf(owner));
      }}
    >
      <summary aria-label={text.changeOwnerOf(title)}>{text.changeOwner}</summary>
      {/* Rendered only while open: a long plan keeps one picker in the page, not one per row. */}
      {open && (
        <form
          onSubmit={(e) => {
            e.preventDefault();
            setBusy(true);
            void onChange(ownerFrom(draft)).then((done) => {
              setBusy(false);
              if (done) setOpen(false);
            });
          }}
        >
          <OwnerPicker people={people} value={draft} onChange={setDraft} language={language} about={title} />
          <button type="submit" disabled={busy}>
            {text.save}
          </button>
        </form>
      )}
    </details>
  );
}

/** A comment appended to an action: it never changes the action, only adds to what was said about it. */
function CommentForm({
  label,
  submit,
  onComment,
}: {
  label: string;
  submit: string;
  onComment: (text: string) => Promise<boolean>;
}) {
  const [comment, setComment] = useState('');
  return (
    <form
      className="action-comment"
      onSubmit={(e) => {
        e.preventDefault();
        void onComment(comment).then((added) => added && setComment(''));
      }}
    >
      <input
        aria-label={label}
        value={comment}
        onChange={(e) => setComment(e.target.value)}
        maxLength={1000}
        required
      />{' '}
      <button type="submit">{submit}</button>
    </form>
  );
}
