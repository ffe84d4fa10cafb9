import type { HighlightNumbers, HighlightStyle, Settings } from '../../../settings';
import { claimDeclarations } from '../../../page/paint/styles';
import { setHighlightNumbers, setHighlightStyle } from '../../../background/settings-edit';
import { t, type MessageName } from '../../shared/i18n';
import type { EditSettings } from './edit';

const STYLES: { value: HighlightStyle; label: MessageName; hint: MessageName }[] = [
  { value: 'underline', label: 'optionsStyleUnderline', hint: 'optionsStyleUnderlineHint' },
  { value: 'background', label: 'optionsStyleBackground', hint: 'optionsStyleBackgroundHint' },
  { value: 'outline', label: 'optionsStyleOutline', hint: 'optionsStyleOutlineHint' },
];

const NUMBERS: { value: HighlightNumbers; label: MessageName; hint: MessageName }[] = [
  { value: 'key', label: 'optionsNumbersKey', hint: 'optionsNumbersKeyHint' },
  { value: 'every', label: 'optionsNumbersEvery', hint: 'optionsNumbersEveryHint' },
];

export function HighlightSection({ settings, edit }: { settings: Settings; edit: EditSettings }) {
  return (
    <section class="card" aria-labelledby="highlight-title">
      <h2 id="highlight-title">{t('optionsHighlights')}</h2>
      <fieldset class="choices">
        <legend>{t('optionsStyleLegend')}</legend>
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
              <span>{t(style.label)}</span>
              <span class="hint">{t(style.hint)}</span>
            </span>
          </label>
        ))}
      </fieldset>
      <fieldset class="choices">
        <legend>{t('optionsNumbersLegend')}</legend>
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
              <span>{t(choice.label)}</span>
              <span class="hint">{t(choice.hint)}</span>
            </span>
          </label>
        ))}
      </fieldset>
      <figure class="preview" aria-label={t('optionsPreview')}>
        <p>
          {t('optionsPreviewBefore')}{' '}
          {/* The very declarations the page's highlight rules use, so the preview cannot drift from it. */}
          <mark
            class={`claim-mark ${settings.highlightStyle}`}
            style={claimDeclarations('attributed', settings.highlightStyle)}
            data-testid="preview-mark"
          >
            {t('optionsPreviewClaim')}
          </mark>{' '}
          {t('optionsPreviewAfter')}
        </p>
        <figcaption class="hint">{t('optionsPreview')}</figcaption>
      </figure>
    </section>
  );
}
