import type { ComponentChildren } from 'preact';

interface SwitchProps {
  label: ComponentChildren;
  hint?: ComponentChildren;
  checked: boolean;
  disabled?: boolean;
  onChange: (checked: boolean) => void;
  testId?: string;
}

/** A labelled checkbox drawn as a switch; the whole row is its label, so it is easy to hit and to read aloud. */
export function Switch({ label, hint, checked, disabled = false, onChange, testId }: SwitchProps) {
  return (
    <label class="switch-row">
      <span class="label">
        <span>{label}</span>
        {hint ? <span class="hint">{hint}</span> : null}
      </span>
      <input
        class="switch"
        type="checkbox"
        role="switch"
        checked={checked}
        disabled={disabled}
        data-testid={testId}
        onChange={(event) => onChange(event.currentTarget.checked)}
      />
    </label>
  );
}
