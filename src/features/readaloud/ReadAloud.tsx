// « Écouter »: reads a step aloud with the device's own speech synthesis, in the chosen language.
// Shown only when the device has a voice for that language; nothing is sent anywhere.
import { useEffect, useState } from 'preact/hooks';
import { useT } from '../../i18n/useT';

function voiceFor(lang: string): SpeechSynthesisVoice | undefined {
  if (typeof speechSynthesis === 'undefined') return undefined;
  return speechSynthesis.getVoices().find((v) => v.lang.toLowerCase().split(/[-_]/)[0] === lang);
}

/** A listen/stop button for the given texts. */
export function ReadAloud({ texts }: { texts: string[] }) {
  const { t, lang } = useT();
  const [voice, setVoice] = useState(() => voiceFor(lang));
  const [speaking, setSpeaking] = useState(false);
  useEffect(() => {
    if (typeof speechSynthesis === 'undefined') return;
    // Voices arrive asynchronously in most browsers.
    const update = () => setVoice(voiceFor(lang));
    update();
    speechSynthesis.addEventListener('voiceschanged', update);
    return () => {
      speechSynthesis.removeEventListener('voiceschanged', update);
      speechSynthesis.cancel();
    };
  }, [lang]);
  if (!voice) return null;
  const toggle = () => {
    speechSynthesis.cancel();
    if (speaking) return setSpeaking(false);
    const utterance = new SpeechSynthesisUtterance(texts.join('\n'));
    utterance.voice = voice;
    utterance.lang = voice.lang;
    utterance.onend = () => setSpeaking(false);
    utterance.onerror = () => setSpeaking(false);
    setSpeaking(true);
    speechSynthesis.speak(utterance);
  };
  return (
    <button type="button" class="button button--quiet read-aloud" onClick={toggle} aria-pressed={speaking}>
      <span aria-hidden="true">🔊 </span>
      {t('readAloud.listen')}
    </button>
  );
}
