import { fr } from '../../protocol/typography';
import { clear, h } from '../shared/dom';
import { cannedForm, type PlaceholderList } from './canned-form';
import type { CannedItem } from './canned-picker';
import type { ConsoleContext, View } from './context';
import { dateTimeLabel, fold } from './format';

/** A response as GET /api/agent/canned lists it. */
interface CannedRecord extends CannedItem {
  updatedAt: string;
}

interface CannedList {
  team: string;
  items: CannedRecord[];
  placeholders: PlaceholderList;
}

const API = '/api/agent/canned';
const plural = (n: number, one: string, many: string) => `${n} ${n > 1 ? many : one}`;

/**
 * « Réponses types » (#/reponses-types, supervisors): the team's canned responses with a search,
 * create / edit (cannedForm) and delete after a confirmation. Every change is read by the chat
 * composer's « / » picker the next time it opens. Agents get a refusal (the API refuses them too).
 */
export function cannedAdminView(ctx: ConsoleContext): View {
  const heading = h('h1', { id: 'canned-admin-title', tabindex: -1 }, 'Réponses types');
  if (ctx.me.role !== 'supervisor') {
    const el = h(
      'div',
      { class: 'canned-admin page' },
      heading,
      h('p', { class: 'refusal' }, fr('Accès refusé : la gestion des réponses types est réservée aux superviseurs.')),
      h('p', {}, fr('Pour utiliser une réponse type, tapez « / » dans le champ de message d’une conversation. '), h('a', { href: '#/' }, 'Retour aux discussions')),
    );
    return { el, show: () => undefined };
  }

  const intro = h('p', { class: 'intro' });
  const search = h('input', { id: 'ca-search', type: 'search', autocomplete: 'off', 'aria-controls': 'ca-list', 'aria-describedby': 'ca-summary' });
  const newButton = h('button', { type: 'button', class: 'primary' }, 'Nouvelle réponse type');
  const summary = h('p', { id: 'ca-summary', class: 'summary', role: 'status' });
  const error = h('p', { class: 'inline-error', role: 'alert' });
  const list = h('ul', { id: 'ca-list', class: 'canned-admin-list', 'aria-labelledby': 'canned-admin-title' });
  let data: CannedList | null = null;
  let request = 0;

  const form = cannedForm({
    agentName: ctx.me.name,
    placeholders: () => data?.placeholders ?? {},
    save: async (fields, editing) => {
      if (editing) return (await ctx.api.patch<{ item: CannedRecord }>(`${API}/${encodeURIComponent(editing.id)}`, fields)).item;
      return (await ctx.api.post<{ item: CannedRecord }>(API, fields)).item;
    },
    onSaved: (item, created) =>
      void (async () => {
        form.close();
        await reload();
        if (!shown().some((i) => i.id === item.id)) {
          search.value = '';
          render();
        }
        focusItem(item.id);
        ctx.announcer.say(fr(created ? `Réponse type « ${item.title} » créée.` : `Réponse type « ${item.title} » enregistrée.`));
      })(),
    onCancel: (editing) => {
      form.close();
      const back = editing ? list.querySelector<HTMLButtonElement>(`[data-edit="${editing.id}"]`) : null;
      (back ?? newButton).focus();
    },
  });

  function shown(): CannedRecord[] {
    const words = fold(search.value).split(/\s+/).filter(Boolean);
    return (data?.items ?? []).filter((i) => {
      const hay = fold(`${i.title} ${i.body}`);
      return words.every((w) => hay.includes(w));
    });
  }

  function focusItem(id: string | undefined) {
    const target = id ? list.querySelector<HTMLElement>(`[data-item="${id}"] h3`) : null;
    (target ?? newButton).focus();
  }

  function item(c: CannedRecord): HTMLLIElement {
    const titleId = `ca-${c.id}-title`;
    const hidden = (text: string) => h('span', { class: 'visually-hidden' }, fr(` « ${text} »`));
    const edit = h('button', { type: 'button', class: 'secondary small', 'data-edit': c.id }, 'Modifier', hidden(c.title));
    const remove = h('button', { type: 'button', class: 'secondary small' }, 'Supprimer', hidden(c.title));
    const buttons = h('div', { class: 'item-buttons' }, edit, remove);
    const confirmError = h('p', { class: 'inline-error', role: 'alert' });
    const yes = h('button', { type: 'button', class: 'danger small' }, 'Oui, supprimer');
    const no = h('button', { type: 'button', class: 'secondary small' }, 'Annuler');
    const confirm = h(
      'div',
      { class: 'confirm', role: 'group', 'aria-labelledby': `${titleId}-confirm`, hidden: true },
      h('p', { id: `${titleId}-confirm`, tabindex: -1 }, fr(`Supprimer définitivement « ${c.title} » ? Les conseillers ne pourront plus l’utiliser.`)),
      confirmError,
      h('div', { class: 'item-buttons' }, yes, no),
    );

    edit.addEventListener('click', () => {
      form.open(c);
      form.el.scrollIntoView({ block: 'nearest' });
    });
    remove.addEventListener('click', () => {
      buttons.hidden = true;
      confirm.hidden = false;
      yes.focus();
    });
    no.addEventListener('click', () => {
      confirm.hidden = true;
      buttons.hidden = false;
      confirmError.textContent = '';
      remove.focus();
    });
    yes.addEventListener('click', () => {
      yes.disabled = true;
      confirmError.textContent = '';
      const before = shown().map((i) => i.id);
      const at = before.indexOf(c.id);
      ctx.api
        .del(`${API}/${encodeURIComponent(c.id)}`)
        .then(async () => {
          if (form.editing()?.id === c.id) form.close();
          await reload();
          const after = shown();
          // The next response takes the focus, or the previous one at the end of the list.
          focusItem((after[Math.min(at, after.length - 1)] ?? after.at(-1))?.id);
          ctx.announcer.say(fr(`Réponse type « ${c.title} » supprimée.`));
        })
        .catch((err: Error) => {
          confirmError.textContent = err.message;
          yes.disabled = false;
          yes.focus();
        });
    });

    return h(
      'li',
      { 'data-item': c.id },
      h(
        'article',
        { class: 'canned-card', 'aria-labelledby': titleId },
        h('h3', { id: titleId, tabindex: -1 }, c.title),
        h('p', { class: 'msg-text' }, c.body),
        h('p', { class: 'hint' }, 'Modifiée le ', h('time', { datetime: c.updatedAt }, dateTimeLabel(c.updatedAt))),
        buttons,
        confirm,
      ),
    );
  }

  function render() {
    if (!data) return;
    const items = shown();
    clear(list);
    for (const c of items) list.appendChild(item(c));
    const total = data.items.length;
    const words = search.value.trim();
    if (total === 0) summary.textContent = fr('Aucune réponse type pour cette équipe : créez la première.');
    else if (!words) summary.textContent = `${plural(total, 'réponse type', 'réponses types')}.`;
    else if (items.length === 0) summary.textContent = fr(`Aucune réponse type ne correspond à « ${words} ».`);
    else summary.textContent = fr(`${plural(items.length, 'réponse type', 'réponses types')} sur ${total} ${items.length > 1 ? 'correspondent' : 'correspond'} à « ${words} ».`);
  }

  async function reload() {
    const mine = ++request;
    error.textContent = '';
    if (!data) summary.textContent = 'Chargement…';
    try {
      const next = await ctx.api.get<CannedList>(API);
      if (mine !== request) return;
      data = next;
      intro.textContent = fr(
        `Réponses types de l’équipe « ${next.team} ». Les conseillers les insèrent en tapant « / » dans une conversation ; vos modifications y sont disponibles aussitôt.`,
      );
      render();
    } catch (err) {
      if (mine === request) error.textContent = (err as Error).message;
    }
  }

  search.addEventListener('input', render);
  newButton.addEventListener('click', () => form.open(null));

  const el = h(
    'div',
    { class: 'canned-admin page' },
    heading,
    intro,
    h(
      'div',
      { class: 'canned-toolbar' },
      h('div', { class: 'field' }, h('label', { for: search.id }, 'Rechercher dans les réponses types'), search),
      newButton,
    ),
    form.el,
    error,
    summary,
    list,
  );
  return { el, show: () => void reload() };
}
