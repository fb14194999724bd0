import { useId, useState, type DragEvent } from 'react';
import { useTranslation } from 'react-i18next';

/**
 * Where a supervisor hands over result files: a real multi-file picker (the
 * keyboard and screen-reader path) inside an area that also accepts files
 * dragged from the desktop.
 */
export function FileDropZone({ onFiles, disabled }: { onFiles: (files: File[]) => void; disabled?: boolean }) {
  const { t } = useTranslation();
  const inputId = useId();
  const hintId = useId();
  const [over, setOver] = useState(false);

  const accept = (e: DragEvent) => {
    if (disabled || !e.dataTransfer.types.includes('Files')) return;
    e.preventDefault();
    e.dataTransfer.dropEffect = 'copy';
    setOver(true);
  };

  return (
    <div
      className={`dropzone${over ? ' dropzone-over' : ''}`}
      onDragEnter={accept}
      onDragOver={accept}
      onDragLeave={() => setOver(false)}
      onDrop={(e) => {
        e.preventDefault();
        setOver(false);
        if (disabled) return;
        const files = [...e.dataTransfer.files];
        if (files.length > 0) onFiles(files);
      }}
    >
      <label htmlFor={inputId}>{t('review.import.pick')}</label>
      <input
        id={inputId}
        type="file"
        multiple
        accept=".json,application/json"
        aria-describedby={hintId}
        disabled={disabled}
        onChange={(e) => {
          const files = [...(e.currentTarget.files ?? [])];
          // Cleared so choosing the same file again still fires a change.
          e.currentTarget.value = '';
          if (files.length > 0) onFiles(files);
        }}
      />
      <p id={hintId} className="hint">
        {t('review.import.dropHint')}
      </p>
    </div>
  );
}
