import fs from 'node:fs';
import path from 'node:path';
import { diffLines } from 'diff';
import type { Clock } from '../../platform/clock';
import type { Db } from '../../platform/db';
import { parseArticle, readArticleFiles, type Article } from '../article';
import type { Knowledge } from '../index';
import type { KbAnswerPreview, KbSummary } from '../../protocol/knowledge-base';
import { KnowledgeBaseError } from './errors';
import { answersOf, compare, type GuardReport, type GuardSet } from './guard';
import { createLiveKnowledge } from './live';
import { knowledgeBaseMigrations } from './migrations';
import { checkFields, fieldsOf, sourceOf, type ArticleFields } from './source';
import { knowledgeBaseStore, type ArticleVersion } from './store';
import { groupBySimilarity, type AskedQuestion, type QuestionGroup } from './similar';

export { ArticleFieldsError, type ArticleFields } from './source';
export { KnowledgeBaseError } from './errors';
export type { GuardReport, GuardSet } from './guard';
export { loadGuardSets } from './guard-sets';

export interface KnowledgeBaseDeps {
  db: Db;
  clock: Clock;
  logger: { error(obj: object, msg: string): void; info(obj: object, msg: string): void; warn(obj: object, msg: string): void };
  /** The repository's articles: the first start's content, and what `importFiles` reads. */
  articlesDir: string;
  /** A new engine over these articles (the boundaries and the decision stay the app's). */
  build(articles: readonly Article[]): Knowledge;
  /** The engine the app starts with (the files), until the base is loaded. */
  initial: Knowledge;
  /** The project's labelled sets the guard runs besides the taught questions (read on the first check, then kept). */
  guardSets(): readonly GuardSet[];
  /** Tells the other processes a new revision (and hears theirs); they also look every `pollMs`. */
  signal?: { publish(revision: number): void; subscribe(on: (revision: number) => void): void };
  pollMs?: number;
}

/** What the bot would answer: the kind, the article (with its title) or the intent, the score. */
export type AnswerPreview = KbAnswerPreview;
export type ArticleSummary = KbSummary;

export interface Change {
  fields: ArticleFields;
  /** The version the editor started from (0 for a new article). */
  expectedVersion: number;
  author: string;
  reason?: string | null;
  /** Questions taught to this article from the inbox (kept answered by the guard from then on). */
  taught?: string[];
}

const DEFAULT_POLL_MS = 5000;

/**
 * The knowledge base in the database: articles seeded from the repository's files on the first
 * start, edited and published from the console (versions, rollback, a regression guard on the
 * project's labelled sets), reloaded in every process without restart.
 */
export function createKnowledgeBase(deps: KnowledgeBaseDeps) {
  const store = knowledgeBaseStore(deps.db);
  const live = createLiveKnowledge({ store, build: deps.build, initial: deps.initial, logger: deps.logger });
  const now = () => deps.clock.now().getTime();
  let timer: NodeJS.Timeout | undefined;
  // The published base's answers, per revision; guard runs one at a time (each takes seconds of CPU, given back in slices).
  let before: { revision: number; sets: readonly GuardSet[]; answers: Promise<Awaited<ReturnType<typeof answersOf>>> } | null = null;
  let guards: Promise<unknown> = Promise.resolve();
  let lastCheck: { key: string; report: GuardReport } | null = null;
  let projectSets: readonly GuardSet[] | null = null;

  const refresh = async () => {
    if (await live.refresh()) lastCheck = null;
  };

  const preview = (knowledge: Knowledge, question: string): AnswerPreview => {
    const r = knowledge.ask(question);
    const titleOf = (id: string) => knowledge.article(id)?.title ?? id;
    return {
      kind: r.kind,
      articleId: r.kind === 'answer' ? r.articleId : null,
      title: r.kind === 'answer' && r.articleId ? titleOf(r.articleId) : null,
      intent: r.intent,
      score: r.score,
      choices: r.kind === 'clarify' ? r.candidates.map((c) => ({ articleId: c.articleId, title: titleOf(c.articleId) })) : [],
    };
  };

  /** The published articles with a draft in place of (or besides) its article. */
  const withDraft = (draft: Article): Article[] => {
    const list = live.knowledge.articles.filter((a) => a.id !== draft.id);
    return [...list, draft].sort((a, b) => a.id.localeCompare(b.id));
  };

  const guardSets = async (extra: readonly string[], articleId: string): Promise<GuardSet[]> => {
    const taught = [...(await store.taught()), ...extra.map((question) => ({ question, articleId }))];
    projectSets ??= deps.guardSets();
    return [...projectSets, { name: 'questions rattachées', items: taught.map((t) => ({ q: t.question, expect: [t.articleId] })) }];
  };

  const runGuard = (draft: Article, taught: readonly string[]): Promise<GuardReport> => {
    const key = `${live.revision()}|${JSON.stringify(fieldsOf(draft))}|${JSON.stringify(taught)}`;
    if (lastCheck?.key === key) return Promise.resolve(lastCheck.report);
    const run = guards.then(async () => {
      const sets = await guardSets(taught, draft.id);
      // The published base's answers are computed once per revision and set list.
      const sameSets = before && before.revision === live.revision() && before.sets.length === sets.length && before.sets.every((s, i) => s.items.length === sets[i]!.items.length);
      if (!sameSets) before = { revision: live.revision(), sets, answers: answersOf(live.knowledge, sets) };
      const published = await before!.answers;
      const drafted = await answersOf(deps.build(withDraft(draft)), sets);
      const report = compare(sets, published, drafted);
      lastCheck = { key, report };
      return report;
    });
    guards = run.catch(() => undefined);
    return run;
  };

  const summaryOf = (a: Article, row: { version: number; updatedAt: number; updatedBy: string }): ArticleSummary => ({
    id: a.id,
    title: a.title,
    version: row.version,
    updatedAt: new Date(row.updatedAt).toISOString(),
    updatedBy: row.updatedBy,
    questions: a.questions.length,
  });

  /** This process first, then the others (they also catch up by their own check). */
  const announce = async (published: { revision: number }) => {
    await refresh();
    deps.signal?.publish(published.revision);
  };

  const mustGet = async (id: string) => {
    const row = await store.get(id);
    if (!row) throw new KnowledgeBaseError('NOT_FOUND', 'Fiche introuvable.');
    return row;
  };

  return {
    migrations: knowledgeBaseMigrations,
    /** The engine to hand to the bot: always the last published base. */
    knowledge: live.knowledge,
    revision: () => live.revision(),

    /** Seeds an empty base from the files, loads it, then follows the other processes' publications. */
    async start(): Promise<void> {
      const files = readArticleFiles(deps.articlesDir).map((f) => ({ id: f.article.id, source: f.source }));
      const seeded = await store.seed(files, now());
      if (seeded) deps.logger.info({ articles: files.length }, 'knowledge: base seeded from the repository’s articles');
      const revision = await store.revision();
      const stored = new Map((await store.all()).map((r) => [r.id, r.source]));
      // The base is the reference once seeded: files edited by hand since are said, not taken.
      const differ = files.filter((f) => stored.get(f.id) !== f.source).map((f) => f.id);
      if (differ.length) deps.logger.warn({ articles: differ }, 'knowledge: the repository’s files differ from the published base (npm run kb -- import publishes them, npm run kb -- export writes the base back)');
      // The engine built from the files already is this base: no second build at start.
      if (differ.length === 0 && stored.size === files.length) live.adopt(revision);
      else await refresh();
      const follow = () => void refresh().catch((err) => deps.logger.error({ err }, 'knowledge: reload failed'));
      deps.signal?.subscribe(follow);
      timer = setInterval(follow, deps.pollMs ?? DEFAULT_POLL_MS);
      timer.unref();
    },
    stop(): void {
      clearInterval(timer);
    },
    /** Looks at the database's revision now (tests, and the publishing process itself). */
    refresh,

    async list(): Promise<{ revision: number; articles: ArticleSummary[] }> {
      const rows = await store.all();
      return { revision: live.revision(), articles: rows.map((r) => summaryOf(parseArticle(`base:${r.id}`, r.source), r)) };
    },

    async get(id: string): Promise<{ article: ArticleFields; summary: ArticleSummary; versions: ArticleVersion[] }> {
      const row = await mustGet(id);
      const article = parseArticle(`base:${id}`, row.source);
      return { article: fieldsOf(article), summary: summaryOf(article, row), versions: await store.versions(id) };
    },

    /** A past version, and what changed from the one before it (line by line). */
    async version(id: string, version: number) {
      const source = await store.version(id, version);
      if (source === null) throw new KnowledgeBaseError('NOT_FOUND', 'Version introuvable.');
      const previous = version > 1 ? await store.version(id, version - 1) : null;
      // Both sides in the editor's own layout: a hand-written file's quoting is no change.
      const canonical = (s: string | null) => (s === null ? '' : sourceOf(parseArticle(`base:${id}`, s)));
      const diff = diffLines(canonical(previous), canonical(source)).map((part) => ({ change: part.added ? 'added' : part.removed ? 'removed' : 'same', text: part.value }));
      return { version, article: fieldsOf(parseArticle(`base:${id}`, source)), diff };
    },

    /** What the bot answers now, and with the draft when one is given. */
    preview(question: string, draft?: ArticleFields): { now: AnswerPreview; draft?: AnswerPreview } {
      const now = preview(live.knowledge, question);
      if (!draft) return { now };
      return { now, draft: preview(deps.build(withDraft(checkFields(draft))), question) };
    },

    /** Unanswered wordings grouped by what the engine reads in them, each with the article it ranks first. */
    group(questions: readonly AskedQuestion[]): QuestionGroup[] {
      const known = new Set(live.knowledge.articles.map((a) => a.id));
      return groupBySimilarity(live.knowledge, questions).map((g) => ({ ...g, suggestion: g.suggestion && known.has(g.suggestion) ? g.suggestion : null }));
    },

    /** The regression guard: the project's labelled sets and the taught questions, published base against the draft. */
    check(fields: ArticleFields, taught: readonly string[] = []): Promise<GuardReport> {
      return runGuard(checkFields(fields), taught);
    },

    /** Publishes a draft (a new version, or a new article): the guard runs first; a drop needs a reason. */
    async publish(change: Change): Promise<{ version: number; revision: number; report: GuardReport }> {
      const draft = checkFields(change.fields);
      const report = await runGuard(draft, change.taught ?? []);
      const reason = change.reason?.trim() || null;
      if (report.drops && !reason) {
        throw new KnowledgeBaseError('CONFLICT', 'La précision baisse avec ce changement : donnez la raison de le publier quand même.');
      }
      const published = await store.publish(
        { id: draft.id, source: sourceOf(draft), author: change.author, reason, expectedVersion: change.expectedVersion, taught: change.taught ?? [] },
        now(),
      );
      await announce(published);
      return { ...published, report };
    },

    /** Publishes a past version again, as a new version (the history keeps everything). */
    async rollback(id: string, version: number, author: string, reason: string): Promise<{ version: number; revision: number }> {
      const current = await mustGet(id);
      const source = await store.version(id, version);
      if (source === null) throw new KnowledgeBaseError('NOT_FOUND', 'Version introuvable.');
      if (!reason.trim()) throw new KnowledgeBaseError('INVALID_INPUT', 'Donnez la raison du retour à cette version.');
      const published = await store.publish({ id, source, author, reason: `Retour à la version ${version} : ${reason.trim()}`, expectedVersion: current.version }, now());
      await announce(published);
      return published;
    },

    /** Writes every article back to Markdown (`<id>.md`), so the repository can follow the base. */
    async exportTo(dir: string): Promise<string[]> {
      fs.mkdirSync(dir, { recursive: true });
      const rows = await store.all();
      for (const r of rows) fs.writeFileSync(path.join(dir, `${r.id}.md`), r.source.endsWith('\n') ? r.source : `${r.source}\n`);
      return rows.map((r) => r.id);
    },

    /** Publishes the repository's files that differ from the base (a new version each, author «import»). */
    async importFiles(author: string): Promise<string[]> {
      const changed: string[] = [];
      let last: { revision: number } | null = null;
      for (const { file, source, article } of readArticleFiles(deps.articlesDir)) {
        const row = await store.get(article.id);
        if (row?.source === source) continue;
        last = await store.publish({ id: article.id, source, author, reason: `Import du fichier ${file}`, expectedVersion: row?.version ?? 0 }, now());
        changed.push(article.id);
      }
      if (last) await announce(last);
      return changed;
    },
  };
}

export type KnowledgeBase = ReturnType<typeof createKnowledgeBase>;
