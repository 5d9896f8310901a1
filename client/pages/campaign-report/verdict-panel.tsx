import { GateChecks } from './gate-checks';
import { TermNote } from './term-note';
import type { SectionProps } from './report-types';

export function VerdictPanel({ report, text, language }: SectionProps) {
  const { decision } = report;
  const deciding = decision.gates.find((g) => g.id === decision.decidingGate);
  return (
    <section className={`verdict verdict-${decision.verdict}`} aria-labelledby="verdict-heading">
      <p className="eyebrow">{text.verdict}</p>
      <h2 id="verdict-heading" data-testid="verdict-detail">
        {decision.title[language]}
      </h2>
      {decision.verdict === 'pilot-first' && <TermNote term="mvp" language={language} />}
      {decision.provisional && <p className="provisional">{text.provisional}</p>}
      <p>{decision.summary[language]}</p>
      <h3>{text.why}</h3>
      {deciding ? (
        <>
          <p>
            <strong>{text.rule}:</strong> {deciding.rule[language]}
          </p>
          <GateChecks checks={deciding.checks} label={text.why} text={text} language={language} />
        </>
      ) : (
        <p>{text.allPassed}</p>
      )}
      <details className="all-gates">
        <summary>{text.gates}</summary>
        {decision.gates.map((gate) => (
          <div key={gate.id} className="gate">
            <h4>
              {gate.title[language]}{' '}
              <span className={`status status-${gate.status}`}>{text.status[gate.status]}</span>
            </h4>
            <p className="muted">{gate.rule[language]}</p>
            <GateChecks checks={gate.checks} label={gate.title[language]} text={text} language={language} />
          </div>
        ))}
      </details>
    </section>
  );
}
