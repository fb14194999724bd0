import { useTranslation } from 'react-i18next';
import { deskCardHref, getDeskCards, getWorkbook, sectionById, sectionHref } from '../../domain/workbook/workbook.ts';
import './workbook.css';

/** Printable desk cards (one per printed page, large type); with an id, just that card. */
export function DeskCardsPage({ cardId }: { cardId?: string }) {
  const { t, i18n } = useTranslation();
  const all = getDeskCards(i18n.language);
  const cards = cardId ? all.filter((c) => c.id === cardId) : all;
  const shown = cards.length > 0 ? cards : all;
  return (
    <div className="page desk-cards-page">
      <div className="no-print">
        <h1>{t('workbook.deskCards.title')}</h1>
        <p className="lead">{t('workbook.deskCards.intro')}</p>
        <p className="wb-buttons">
          <button type="button" className="button primary" onClick={() => window.print()}>
            {shown.length === 1 ? t('workbook.deskCards.print') : t('workbook.deskCards.printAll')}
          </button>
          {cardId && <a href="#/desk-cards">{t('workbook.deskCards.allCards')}</a>}
        </p>
      </div>
      {shown.map((card) => {
        const section = sectionById(card.sectionId, getWorkbook(i18n.language));
        return (
          <article key={card.id} className="desk-card" aria-labelledby={`card-${card.id}`}>
            <h2 id={`card-${card.id}`}>{shown.length > 1 ? <a href={deskCardHref(card.id)}>{card.title}</a> : card.title}</h2>
            {card.intro && <p className="desk-card-intro">{card.intro}</p>}
            <ol className={card.items.some((i) => i.title) ? 'desk-card-items titled' : 'desk-card-items'}>
              {card.items.map((item) => (
                <li key={item.title ?? item.text}>
                  {item.title && <strong className="desk-card-key">{item.title}</strong>} {item.text}
                  {item.sub && (
                    <ul>
                      {item.sub.map((s) => (
                        <li key={s}>{s}</li>
                      ))}
                    </ul>
                  )}
                </li>
              ))}
            </ol>
            {section && (
              <p className="desk-card-source no-print">
                <a href={sectionHref(section.id)}>{t('workbook.deskCards.fromSection', { title: section.title })}</a>
              </p>
            )}
          </article>
        );
      })}
    </div>
  );
}
