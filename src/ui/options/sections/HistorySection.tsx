import type { Settings } from '../../../settings';
import { setHistoryEnabled, setHistoryRetentionDays } from '../../../messaging/settings-edit';
import { t } from '../../shared/i18n';
import { Switch } from '../../shared/Switch';
import type { EditSettings } from './edit';

export function HistorySection({ settings, edit }: { settings: Settings; edit: EditSettings }) {
  return (
    <section class="card" aria-labelledby="history-title">
      <h2 id="history-title">{t('optionsHistory')}</h2>
      <Switch
        label={t('optionsHistorySwitch')}
        hint={t('optionsHistoryHint')}
        checked={settings.historyEnabled}
        testId="history-switch"
        onChange={(on) => void edit((s) => setHistoryEnabled(s, on))}
      />
      <div class="field">
        <label for="retention">{t('optionsKeepFor')}</label>
        <input
          id="retention"
          type="number"
          min={1}
          max={3650}
          step={1}
          inputMode="numeric"
          disabled={!settings.historyEnabled}
          value={settings.historyRetentionDays}
          onChange={(event) => {
            const days = event.currentTarget.valueAsNumber;
            void edit((s) => setHistoryRetentionDays(s, days));
          }}
        />
        <span class="hint">{t('optionsDays')}</span>
      </div>
    </section>
  );
}
