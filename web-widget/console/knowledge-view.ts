import type { KbSummary } from '../../protocol/knowledge-base';
import { fr } from '../../protocol/typography';
import { clear, h } from '../shared/dom';
import type { ConsoleContext, View } from './context';
import { knowledgeEditor } from './knowledge-editor';
import { dateTimeLabel } from './format';

const decode = (s: string): string => {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
};

/**
 * « Base de connaissances » (#/base): the published articles; #/base/<id> opens one in the
 * editor, #/base/<id>/rattacher/<question> opens it with a question to teach and
 * #/base/nouvelle/<questions> starts a new article from a group (both from « Qualité des
 * réponses »). Advisers read, supervisors edit.
 */
export function knowledgeView(ctx: ConsoleContext): View {
  const el = h('div', { class: 'kb page' });
  const showList = async () => {
    clear(el);
    const heading = h('h1', { id: 'kb-title', tabindex: -1 }, 'Base de connaissances');
    const status = h('p', { role: 'status' }, 'Chargement…');
    el.append(heading, status);
    try {
      const { articles } = await ctx.api.get<{ articles: KbSummary[] }>('/api/agent/knowledge');
      status.textContent = fr(`${articles.length} fiches publiées : l’assistant répond avec elles. ${ctx.me.role === 'supervisor' ? 'Ouvrez-en une pour la modifier.' : 'Lecture seule.'}`);
      el.append(
        h(
          'table',
          { class: 'kb-list' },
          h('caption', { class: 'sr' }, 'Fiches publiées'),
          h('thead', {}, h('tr', {}, ...['Fiche', 'Formulations', 'Version', 'Dernière publication'].map((t) => h('th', { scope: 'col' }, t)))),
          h(
            'tbody',
            {},
            articles.map((a) =>
              h('tr', {}, h('th', { scope: 'row' }, h('a', { href: `#/base/${encodeURIComponent(a.id)}` }, a.title)), h('td', {}, String(a.questions)), h('td', {}, String(a.version)), h('td', {}, `${dateTimeLabel(a.updatedAt)} — ${a.updatedBy}`)),
            ),
          ),
        ),
      );
    } catch (err) {
      status.textContent = fr((err as Error).message);
    }
    heading.focus();
  };
  return {
    el,
    show(param?: string) {
      if (!param) return void showList();
      const [id, action, question] = param.split('/').map(decode);
      clear(el);
      // #/base/nouvelle/<questions, one per line>: a new article from a group of unanswered questions.
      if (id === 'nouvelle') el.append(knowledgeEditor(ctx, null, { examples: (action ?? '').split('\n').filter(Boolean) }));
      else el.append(knowledgeEditor(ctx, id!, action === 'rattacher' && question ? { teach: question } : {}));
    },
  };
}
