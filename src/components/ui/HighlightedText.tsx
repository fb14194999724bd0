import { useTranslation } from 'react-i18next';
import type { Evidence } from '../../domain/scoring/types.ts';
import { severityOf, type Severity } from './evidence-severity.ts';

interface Segment {
  start: number;
  end: number;
  severity: Severity | null;
  labels: string[];
}

const RANK: Record<Severity, number> = { fault: 3, neutral: 2, technique: 1 };

/** Cuts text at every evidence boundary; a piece covered by several spans shows its most serious one. */
function segment(text: string, evidence: readonly Evidence[]): Segment[] {
  const cuts = new Set<number>([0, text.length]);
  for (const e of evidence) {
    cuts.add(Math.max(0, Math.min(text.length, e.start)));
    cuts.add(Math.max(0, Math.min(text.length, e.end)));
  }
  const points = [...cuts].sort((a, b) => a - b);
  const out: Segment[] = [];
  for (let i = 0; i + 1 < points.length; i++) {
    const start = points[i]!;
    const end = points[i + 1]!;
    const covering = evidence.filter((e) => e.start <= start && e.end >= end);
    let severity: Severity | null = null;
    for (const e of covering) {
      const s = severityOf(e.label);
      if (severity === null || RANK[s] > RANK[severity]) severity = s;
    }
    out.push({ start, end, severity, labels: [...new Set(covering.map((e) => e.label))] });
  }
  return out;
}

/** The trainee's words with the scorer's evidence marked: faults and techniques differ by colour, underline style and a ✗/✓ sign. */
export function HighlightedText({ text, evidence }: { text: string; evidence: readonly Evidence[] }) {
  const { t } = useTranslation();
  return (
    <span className="highlighted">
      {segment(text, evidence).map((seg, i, all) =>
        seg.severity === null ? (
          <span key={seg.start}>{text.slice(seg.start, seg.end)}</span>
        ) : (
          <mark key={seg.start} className={`ev ev-${seg.severity}`} title={seg.labels.map((l) => t(`labels.${l}`)).join(', ')}>
            {/* The same ✗/✓ as the evidence list, so a fault and a technique differ by more than colour and underline; the list below says it in words. */}
            {all[i - 1]?.severity !== seg.severity ? (
              <span className="ev-icon" aria-hidden="true">
                {t(`evidence.${seg.severity}Icon`)}
              </span>
            ) : null}
            {text.slice(seg.start, seg.end)}
          </mark>
        ),
      )}
    </span>
  );
}

/** The evidence as a list a screen reader and a colour-blind trainee can read: icon, rule, phrase, reason. */
export function EvidenceList({ text, evidence }: { text: string; evidence: readonly Evidence[] }) {
  const { t } = useTranslation();
  return (
    <ul className="evidence-list">
      {evidence.map((e) => {
        const severity = severityOf(e.label);
        return (
          <li key={`${e.label}:${e.start}:${e.end}`} className={`evidence evidence-${severity}`}>
            <span className="evidence-icon" aria-hidden="true">
              {t(`evidence.${severity}Icon`)}
            </span>
            <span className="evidence-kind">{t(`evidence.${severity}`)}:</span>{' '}
            <strong className="evidence-label">{t(`labels.${e.label}`)}</strong>{' '}
            <q className="evidence-phrase">{text.slice(e.start, e.end)}</q>
            <span className="evidence-reason"> {e.reason}</span>
          </li>
        );
      })}
    </ul>
  );
}
