import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { checkProfileName, createProfile, type Profile, type ProfileNameProblem } from '../../domain/profiles/profile.ts';
import { saveProfile } from '../../storage/profiles-store.ts';

/** Creates a trainee profile; it is saved when storage allows and used at once either way. */
export function ProfileForm({ existing, onCreated }: { existing: readonly Profile[]; onCreated: (profile: Profile, saved: boolean) => void }) {
  const { t } = useTranslation();
  const id = useId();
  const [name, setName] = useState('');
  const [employeeId, setEmployeeId] = useState('');
  const [team, setTeam] = useState('');
  const [problem, setProblem] = useState<ProfileNameProblem | null>(null);

  async function submit(e: FormEvent) {
    e.preventDefault();
    const p = checkProfileName(name, existing);
    setProblem(p);
    if (p) return;
    const profile = createProfile({ name, employeeId, team });
    let saved = true;
    try {
      await saveProfile(profile);
    } catch {
      saved = false;
    }
    setName('');
    setEmployeeId('');
    setTeam('');
    onCreated(profile, saved);
  }

  return (
    <form className="profile-form" onSubmit={(e) => void submit(e)} noValidate>
      <div className="field">
        <label htmlFor={`${id}-name`}>{t('profile.name')}</label>
        <input
          id={`${id}-name`}
          value={name}
          onChange={(e) => setName(e.target.value)}
          autoComplete="off"
          aria-invalid={problem ? true : undefined}
          aria-describedby={problem ? `${id}-problem` : undefined}
        />
        {problem && (
          <p id={`${id}-problem`} className="field-error" role="alert">
            {t(`profile.problem.${problem}`)}
          </p>
        )}
      </div>
      <div className="field">
        <label htmlFor={`${id}-emp`}>{t('profile.employeeId')}</label>
        <input id={`${id}-emp`} value={employeeId} onChange={(e) => setEmployeeId(e.target.value)} autoComplete="off" />
      </div>
      <div className="field">
        <label htmlFor={`${id}-team`}>{t('profile.team')}</label>
        <input id={`${id}-team`} value={team} onChange={(e) => setTeam(e.target.value)} autoComplete="off" />
      </div>
      <button type="submit" className="button primary">
        {t('profile.create')}
      </button>
    </form>
  );
}
