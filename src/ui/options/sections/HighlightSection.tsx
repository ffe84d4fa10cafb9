import type { HighlightNumbers, HighlightStyle, Settings } from '../../../settings';
import { claimDeclarations } from '../../../page/paint/styles';
import { setHighlightNumbers, setHighlightStyle } from '../../../background/settings-edit';
import type { EditSettings } from './edit';

const STYLES: { value: HighlightStyle; label: string; hint: string }[] = [
  { value: 'underline', label: 'Underline', hint: 'Quietest: the text keeps its colours.' },
  { value: 'background', label: 'Background', hint: 'A soft marker behind each claim.' },
  { value: 'outline', label: 'Outline', hint: 'Thin lines above and below each claim.' },
];

const NUMBERS: { value: HighlightNumbers; label: string; hint: string }[] = [
  { value: 'key', label: 'Key claims', hint: 'The figures a reader counts as claims.' },
  { value: 'every', label: 'Every number', hint: 'Also ages, time expressions and other numbers that only describe.' },
];

export function HighlightSection({ settings, edit }: { settings: Settings; edit: EditSettings }) {
  return (
    <section class="card" aria-labelledby="highlight-title">
      <h2 id="highlight-title">Highlights</h2>
      <fieldset class="choices">
        <legend>How claims are marked on the page</legend>
        {STYLES.map((style) => (
          <label class="choice" key={style.value}>
            <input
              type="radio"
              name="highlight-style"
              value={style.value}
              checked={settings.highlightStyle === style.value}
              onChange={() => void edit((s) => setHighlightStyle(s, style.value))}
            />
            <span class="choice-text">
              <span>{style.label}</span>
              <span class="hint">{style.hint}</span>
            </span>
          </label>
        ))}
      </fieldset>
      <fieldset class="choices">
        <legend>Which numbers are highlighted</legend>
        {NUMBERS.map((choice) => (
          <label class="choice" key={choice.value}>
            <input
              type="radio"
              name="highlight-numbers"
              value={choice.value}
              checked={settings.highlightNumbers === choice.value}
              onChange={() => void edit((s) => setHighlightNumbers(s, choice.value))}
            />
            <span class="choice-text">
              <span>{choice.label}</span>
              <span class="hint">{choice.hint}</span>
            </span>
          </label>
        ))}
      </fieldset>
      <figure class="preview" aria-label="Preview">
        <p>
          The ministry said the country had shipped{' '}
          {/* The very declarations the page's highlight rules use, so the preview cannot drift from it. */}
          <mark
            class={`claim-mark ${settings.highlightStyle}`}
            style={claimDeclarations('attributed', settings.highlightStyle)}
            data-testid="preview-mark"
          >
            over 1 million artillery shells
          </mark>{' '}
          since August, according to officials.
        </p>
        <figcaption class="hint">Preview</figcaption>
      </figure>
    </section>
  );
}
