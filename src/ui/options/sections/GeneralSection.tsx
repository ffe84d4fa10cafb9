import type { Settings } from '../../../settings';
import { setEnabled } from '../../../messaging/settings-edit';
import { t } from '../../shared/i18n';
import { Switch } from '../../shared/Switch';
import type { EditSettings } from './edit';

export function GeneralSection({ settings, edit }: { settings: Settings; edit: EditSettings }) {
  return (
    <section class="card" aria-labelledby="general-title">
      <h2 id="general-title">{t('optionsGeneral')}</h2>
      <Switch
        label={t('popupGlobalSwitch')}
        hint={t('optionsGlobalHint')}
        checked={settings.enabled}
        testId="global-switch"
        onChange={(on) => void edit((s) => setEnabled(s, on))}
      />
    </section>
  );
}
