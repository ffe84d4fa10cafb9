import type { Settings } from '../../../settings';
import { setHistoryEnabled, setHistoryRetentionDays } from '../../../background/settings-edit';
import { Switch } from '../../shared/Switch';
import type { EditSettings } from './edit';

export function HistorySection({ settings, edit }: { settings: Settings; edit: EditSettings }) {
  return (
    <section class="card" aria-labelledby="history-title">
      <h2 id="history-title">Claim history</h2>
      <Switch
        label="Remember the claims I read"
        hint="Kept in this browser only, to show related facts on later articles."
        checked={settings.historyEnabled}
        testId="history-switch"
        onChange={(on) => void edit((s) => setHistoryEnabled(s, on))}
      />
      <div class="field">
        <label for="retention">Keep claims for</label>
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
        <span class="hint">days</span>
      </div>
    </section>
  );
}
