import { DASHBOARD_MAX_DAYS } from '../../protocol/dashboard';
import { fr } from '../../protocol/typography';
import { h } from '../shared/dom';
import { field } from './action-form';
import { addDays, daysBetween, isDay, supportToday } from './report-format';

export interface DayRange {
  from: string;
  to: string;
}

const PRESETS = [7, 30, 90] as const;

/**
 * «Pilotage»'s period: «7 / 30 / 90 derniers jours» load at once; «Période personnalisée» shows
 * «Du», «Au» and «Afficher» (checked here first: both days, in order, at most DASHBOARD_MAX_DAYS).
 * `current()` is the period applied last (a preset is counted back from today, Paris time).
 */
export function periodPicker(onApply: (range: DayRange) => void) {
  const select = h(
    'select',
    { id: 'dashboard-period' },
    PRESETS.map((d) => h('option', { value: String(d) }, `${d} derniers jours`)),
    h('option', { value: 'custom' }, 'Période personnalisée'),
  );
  select.value = '30';
  const error = h('p', { id: 'dashboard-period-error', class: 'inline-error', role: 'alert' });
  const dateInput = (id: string) => h('input', { type: 'date', id, required: true, max: supportToday(), 'aria-describedby': 'dashboard-period-error' });
  const from = dateInput('dashboard-from');
  const to = dateInput('dashboard-to');
  const apply = h('button', { type: 'submit', id: 'dashboard-apply', class: 'primary' }, 'Afficher');
  const custom = h('fieldset', { id: 'dashboard-custom', class: 'dashboard-custom', hidden: true }, h('legend', {}, 'Période personnalisée'), field('Du', from), field('Au', to), apply);
  let applied: DayRange | { days: number } = { days: 30 };

  const current = (): DayRange => {
    if ('from' in applied) return applied;
    const today = supportToday();
    return { from: addDays(today, -(applied.days - 1)), to: today };
  };
  const invalid = (message: string, input: HTMLInputElement) => {
    error.textContent = fr(message);
    input.setAttribute('aria-invalid', 'true');
    input.focus();
  };
  const resetErrors = () => {
    error.textContent = '';
    from.removeAttribute('aria-invalid');
    to.removeAttribute('aria-invalid');
  };

  select.addEventListener('change', () => {
    resetErrors();
    if (select.value === 'custom') {
      const shown = current();
      for (const input of [from, to]) input.max = supportToday();
      from.value ||= shown.from;
      to.value ||= shown.to;
      custom.hidden = false;
      return;
    }
    custom.hidden = true;
    applied = { days: Number(select.value) };
    onApply(current());
  });

  const el = h(
    'form',
    {
      class: 'dashboard-period',
      id: 'dashboard-period-form',
      novalidate: true,
      onsubmit: (e: Event) => {
        e.preventDefault();
        resetErrors();
        if (select.value !== 'custom') return onApply(current());
        if (!isDay(from.value)) return invalid('Indiquez le premier jour de la période (« Du »).', from);
        if (!isDay(to.value)) return invalid('Indiquez le dernier jour de la période (« Au »).', to);
        if (to.value < from.value) return invalid('Le dernier jour (« Au ») doit suivre le premier (« Du »).', to);
        if (daysBetween(from.value, to.value) > DASHBOARD_MAX_DAYS) return invalid(`La période ne peut pas dépasser ${DASHBOARD_MAX_DAYS} jours.`, from);
        applied = { from: from.value, to: to.value };
        onApply(current());
      },
    },
    field('Période', select),
    custom,
    error,
  );
  return { el, current };
}
