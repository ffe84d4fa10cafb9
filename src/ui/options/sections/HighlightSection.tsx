import type { HighlightNumbers, HighlightStyle, Settings } from '../../../settings';
import { claimDeclarations } from '../../../page/paint/styles';
import { setHighlightNumbers, setHighlightStyle, setShowReasons } from '../../../messaging/settings-edit';
import { t, type MessageName } from '../../shared/i18n';
import { Switch } from '../../shared/Switch';
import type { EditSettings } from './edit';

interface Choice<T extends string> {
  value: T;
  label: MessageName;
  hint: MessageName;
}

const STYLES: Choice<HighlightStyle>[] = [
  { value: 'underline', label: 'optionsStyleUnderline', hint: 'optionsStyleUnderlineHint' },
  { value: 'background', label: 'optionsStyleBackground', hint: 'optionsStyleBackgroundHint' },
  { value: 'outline', label: 'optionsStyleOutline', hint: 'optionsStyleOutlineHint' },
];

const NUMBERS: Choice<HighlightNumbers>[] = [
  { value: 'key', label: 'optionsNumbersKey', hint: 'optionsNumbersKeyHint' },
  { value: 'every', label: 'optionsNumbersEvery', hint: 'optionsNumbersEveryHint' },
];

interface ChoicesProps<T extends string> {
  name: string;
  legend: MessageName;
  choices: Choice<T>[];
  current: T;
  choose: (value: T) => void;
}

/** One setting as a group of radio buttons, each with its hint. */
function Choices<T extends string>({ name, legend, choices, current, choose }: ChoicesProps<T>) {
  return (
    <fieldset class="choices">
      <legend>{t(legend)}</legend>
      {choices.map((choice) => (
        <label class="choice" key={choice.value}>
          <input type="radio" name={name} value={choice.value} checked={current === choice.value} onChange={() => choose(choice.value)} />
          <span class="choice-text">
            <span>{t(choice.label)}</span>
            <span class="hint">{t(choice.hint)}</span>
          </span>
        </label>
      ))}
    </fieldset>
  );
}

export function HighlightSection({ settings, edit }: { settings: Settings; edit: EditSettings }) {
  return (
    <section class="card" aria-labelledby="highlight-title">
      <h2 id="highlight-title">{t('optionsHighlights')}</h2>
      <Choices
        name="highlight-style"
        legend="optionsStyleLegend"
        choices={STYLES}
        current={settings.highlightStyle}
        choose={(value) => void edit((s) => setHighlightStyle(s, value))}
      />
      <Choices
        name="highlight-numbers"
        legend="optionsNumbersLegend"
        choices={NUMBERS}
        current={settings.highlightNumbers}
        choose={(value) => void edit((s) => setHighlightNumbers(s, value))}
      />
      <Switch
        label={t('optionsReasonsSwitch')}
        hint={t('optionsReasonsHint')}
        checked={settings.showReasons}
        testId="reasons-switch"
        onChange={(on) => void edit((s) => setShowReasons(s, on))}
      />
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
