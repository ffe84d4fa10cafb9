import type { Settings } from '../../../settings';
import { setEnabled } from '../../../background/settings-edit';
import { Switch } from '../../shared/Switch';
import type { EditSettings } from './edit';

export function GeneralSection({ settings, edit }: { settings: Settings; edit: EditSettings }) {
  return (
    <section class="card" aria-labelledby="general-title">
      <h2 id="general-title">General</h2>
      <Switch
        label="On everywhere"
        hint="When off, no page is annotated; the sites below keep their own setting for when it is on again."
        checked={settings.enabled}
        testId="global-switch"
        onChange={(on) => void edit((s) => setEnabled(s, on))}
      />
    </section>
  );
}
