import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ProfileForm } from './ProfileForm.tsx';
import { useProfiles } from './use-profiles.ts';
import './profile.css';

/** The header control where trainees sharing a computer pick or add their profile. */
export function ProfileSwitcher() {
  const { t } = useTranslation();
  const { current, profiles, select, created } = useProfiles();
  const [open, setOpen] = useState(false);
  const [message, setMessage] = useState('');
  const panelId = useId();
  const buttonRef = useRef<HTMLButtonElement>(null);
  const panelRef = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (open) panelRef.current?.querySelector<HTMLElement>('button, input')?.focus();
  }, [open]);

  function close() {
    setOpen(false);
    buttonRef.current?.focus();
  }

  return (
    <div className="profile-switcher" onKeyDown={(e) => e.key === 'Escape' && open && close()}>
      <button ref={buttonRef} type="button" className="profile-button" aria-expanded={open} aria-controls={panelId} onClick={() => setOpen((o) => !o)}>
        {current ? t('profile.current', { name: current.name }) : t('profile.none')}
      </button>
      <p className="visually-hidden" role="status">
        {message}
      </p>
      <div id={panelId} ref={panelRef} className="profile-panel" role="group" aria-label={t('profile.dialogTitle')} hidden={!open}>
        <h2 className="profile-panel-title">{t('profile.dialogTitle')}</h2>
        <p className="hint">{t('profile.intro')}</p>
        {profiles.length > 0 && (
          <>
            <h3>{t('profile.existing')}</h3>
            <ul className="profile-list">
              {profiles.map((p) => (
                <li key={p.id}>
                  <button
                    type="button"
                    className="button"
                    aria-pressed={current?.id === p.id}
                    onClick={() => {
                      select(p);
                      setMessage(t('profile.switched', { name: p.name }));
                      close();
                    }}
                  >
                    {current?.id === p.id ? t('profile.inUse', { name: p.name }) : t('profile.use', { name: p.name })}
                  </button>
                </li>
              ))}
            </ul>
          </>
        )}
        <h3>{t('profile.newTitle')}</h3>
        <ProfileForm
          existing={profiles}
          onCreated={(p, saved) => {
            created(p, saved);
            setMessage(saved ? t('profile.switched', { name: p.name }) : t('profile.notSaved'));
            close();
          }}
        />
        <button type="button" className="button subtle" onClick={close}>
          {t('profile.close')}
        </button>
      </div>
    </div>
  );
}
