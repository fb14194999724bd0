import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { finalTranscript, speechRecognizer, type Recognizer } from './speech.ts';

/**
 * A microphone toggle that turns speech into text for the answer box (the
 * trainee checks and edits it before sending). Renders nothing where the
 * browser has no speech recognition.
 */
export function SpeechButton({ lang, onText, onStatus }: { lang: string; onText: (text: string) => void; onStatus: (message: string) => void }) {
  const { t } = useTranslation();
  const [Ctor] = useState(() => speechRecognizer());
  const [listening, setListening] = useState(false);
  const recognizer = useRef<Recognizer | null>(null);
  const heard = useRef(false);

  useEffect(() => () => recognizer.current?.abort(), []);

  if (!Ctor) return null;

  const start = () => {
    const r = new Ctor();
    r.lang = lang;
    r.interimResults = false;
    r.continuous = false;
    heard.current = false;
    r.onresult = (event) => {
      const text = finalTranscript(event);
      if (text) {
        heard.current = true;
        onText(text);
      }
    };
    r.onerror = () => {
      heard.current = false;
    };
    r.onend = () => {
      setListening(false);
      recognizer.current = null;
      onStatus(heard.current ? t('call.screen.speechFilled') : t('call.screen.speechFailed'));
    };
    recognizer.current = r;
    setListening(true);
    onStatus(t('call.screen.listening'));
    r.start();
  };

  return (
    // The name itself says what a press does ("Stop listening"); aria-pressed on top would make screen readers say it twice, contradictorily.
    <button type="button" className="button speech-button" data-listening={listening} onClick={() => (listening ? recognizer.current?.stop() : start())}>
      <svg className="mic-icon" width="16" height="16" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
        <rect x="9" y="3" width="6" height="11" rx="3" fill="currentColor" />
        <path d="M5 11a7 7 0 0 0 14 0M12 18v3" fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round" />
      </svg>{' '}
      {listening ? t('call.screen.stopSpeaking') : t('call.screen.speak')}
    </button>
  );
}
