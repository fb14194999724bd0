import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { ProfileForm } from '../../components/profile/ProfileForm.tsx';
import { useProfiles } from '../../components/profile/use-profiles.ts';
import { progress } from '../../domain/workbook/answers.ts';
import type { Section } from '../../domain/workbook/types.ts';
import { deskCardHref, getDeskCard, getWorkbook, sectionHref } from '../../domain/workbook/workbook.ts';
import { ExportPanel } from './ExportPanel.tsx';
import { GuidanceBlock } from './GuidanceBlock.tsx';
import { ImportPanel } from './ImportPanel.tsx';
import { TaskCard } from './TaskCard.tsx';
import { useWorkbookAnswers } from './use-workbook-answers.ts';
import './workbook.css';

export const sectionDomId = (id: string) => `wb-${id}`;

/** The workbook: guidance and tasks in the course's order, answers saved as the trainee types. */
export function WorkbookPage({ sectionId }: { sectionId?: string }) {
  const { t, i18n } = useTranslation();
  const workbook = getWorkbook(i18n.language);
  const { current: profile, profiles, created } = useProfiles();
  const { answers, loaded, saveState, storageProblem, setAnswer, putAnswers } = useWorkbookAnswers(profile?.id ?? null);
  const counts = progress(workbook, answers);

  // Deep links (#/workbook/<section>) land on the section once answers are on screen.
  useEffect(() => {
    if (!sectionId || !loaded) return;
    const timer = setTimeout(() => {
      const el = document.getElementById(sectionDomId(sectionId));
      el?.scrollIntoView?.({ block: 'start' });
      el?.focus({ preventScroll: true });
    }, 0);
    return () => clearTimeout(timer);
  }, [sectionId, loaded]);

  return (
    <div className="page workbook-page">
      <h1>{t('workbook.title')}</h1>
      <p className="lead">{t('workbook.intro')}</p>
      {storageProblem && (
        <div role="alert" className="wb-alert">
          <p>
            <strong>{t('workbook.storage.title')}</strong>
          </p>
          <p>{t(`workbook.storage.${storageProblem}`)}</p>
          <p>{t('workbook.storage.advice')}</p>
        </div>
      )}
      {!profile ? (
        <section className="wb-panel" aria-labelledby="wb-need-profile">
          <h2 id="wb-need-profile">{t('profile.newTitle')}</h2>
          <p>{t('workbook.needProfile')}</p>
          <ProfileForm existing={profiles} onCreated={created} />
        </section>
      ) : !loaded ? (
        <p role="status">{t('workbook.loading')}</p>
      ) : (
        <>
          <div className="wb-statusbar">
            <div className="wb-progress">
              <label htmlFor="wb-progress-meter">{t('workbook.progressLabel')}</label>{' '}
              <progress id="wb-progress-meter" max={counts.overall.total} value={counts.overall.answered} />{' '}
              <span>{t('workbook.progress', { ...counts.overall })}</span>
            </div>
            <p role="status" className={`wb-save wb-save-${saveState}`}>
              <span aria-hidden="true">{saveState === 'failed' ? '⚠ ' : saveState === 'saved' || saveState === 'idle' ? '✓ ' : '… '}</span>
              {t(`workbook.save.${saveState}`)}
            </p>
          </div>
          <nav className="wb-contents" aria-labelledby="wb-contents-title" id="wb-contents">
            <h2 id="wb-contents-title">{t('workbook.contents')}</h2>
            <ol>
              {workbook.parts.map((part) => (
                <li key={part.id}>
                  <span className="wb-contents-part">{part.title}</span>{' '}
                  <span className="hint">{t('workbook.progress', { ...counts.parts[part.id] })}</span>
                  <ol>
                    {part.sections.map((s) => (
                      <li key={s.id}>
                        <a href={sectionHref(s.id)}>{s.title}</a>
                      </li>
                    ))}
                  </ol>
                </li>
              ))}
            </ol>
          </nav>
          <ExportPanel workbook={workbook} answers={answers} profile={profile} />
          <ImportPanel workbook={workbook} answers={answers} profile={profile} onImport={putAnswers} />
          <p className="wb-note">{workbook.preface}</p>
          {workbook.parts.map((part) => (
            <section key={part.id} className="wb-part" aria-labelledby={`${part.id}-title`}>
              <h2 id={`${part.id}-title`}>
                {part.title} <span className="hint">{t('workbook.progress', { ...counts.parts[part.id] })}</span>
              </h2>
              {part.sections.map((section) => (
                <WorkbookSection key={section.id} section={section} answers={answers} onChange={setAnswer} />
              ))}
            </section>
          ))}
        </>
      )}
    </div>
  );
}

function WorkbookSection({ section, answers, onChange }: { section: Section; answers: Parameters<typeof TaskCard>[0]['answers']; onChange: (promptId: string, text: string) => void }) {
  const { t, i18n } = useTranslation();
  const card = section.deskCardId ? getDeskCard(section.deskCardId, i18n.language) : undefined;
  return (
    <section id={sectionDomId(section.id)} className="wb-section" aria-labelledby={`${sectionDomId(section.id)}-title`} tabIndex={-1}>
      <h3 id={`${sectionDomId(section.id)}-title`}>{section.title}</h3>
      {section.content.map((block, i) =>
        block.type === 'task' ? <TaskCard key={block.task.id} task={block.task} answers={answers} onChange={onChange} /> : <GuidanceBlock key={i} block={block} />,
      )}
      {(section.scenarioIds.length > 0 || section.labels.length > 0 || card) && (
        <aside className="wb-links" aria-label={section.title}>
          {card && (
            <p>
              <a href={deskCardHref(card.id)}>{t('workbook.deskCardLink', { title: card.title })}</a>
            </p>
          )}
          {section.scenarioIds.length > 0 && (
            <>
              <h4>{t('workbook.scenariosTitle')}</h4>
              <ul className="wb-inline-list">
                {section.scenarioIds.map((id) => (
                  <li key={id}>
                    <a href={`#/call/${id}`}>{t(`workbook.scenarioNames.${id}`)}</a>
                  </li>
                ))}
              </ul>
            </>
          )}
          {section.labels.length > 0 && (
            <>
              <h4>{t('workbook.labelsTitle')}</h4>
              <ul className="chips">
                {section.labels.map((l) => (
                  <li key={l} className="chip">
                    {t(`labels.${l}`)}
                  </li>
                ))}
              </ul>
            </>
          )}
        </aside>
      )}
    </section>
  );
}
