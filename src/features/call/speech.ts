/** The part of the Web Speech API's recognizer the call screen uses. */
export interface Recognizer {
  lang: string;
  interimResults: boolean;
  continuous: boolean;
  start(): void;
  stop(): void;
  abort(): void;
  onresult: ((event: RecognitionResultEvent) => void) | null;
  onerror: ((event: { error: string }) => void) | null;
  onend: (() => void) | null;
}

export interface RecognitionResultEvent {
  resultIndex: number;
  results: ArrayLike<ArrayLike<{ transcript: string }> & { isFinal: boolean }>;
}

type RecognizerConstructor = new () => Recognizer;

/** The browser's speech recognizer, under its standard or WebKit name, or null where speech input is unsupported. */
export function speechRecognizer(): RecognizerConstructor | null {
  if (typeof window === 'undefined') return null;
  const w = window as unknown as { SpeechRecognition?: RecognizerConstructor; webkitSpeechRecognition?: RecognizerConstructor };
  return w.SpeechRecognition ?? w.webkitSpeechRecognition ?? null;
}

/** The final words in a recognition event, joined. */
export function finalTranscript(event: RecognitionResultEvent): string {
  const parts: string[] = [];
  for (let i = event.resultIndex; i < event.results.length; i++) {
    const result = event.results[i]!;
    if (result.isFinal && result[0]) parts.push(result[0].transcript.trim());
  }
  return parts.filter(Boolean).join(' ');
}
