import matter from 'gray-matter';
import { ArticleFrontMatter, type Article } from '../article';

/** An article as the editor shows and sends it: its front matter's fields and its Markdown body. */
export type ArticleFields = Omit<Article, 'file'>;

/** A refused article: a French message per field (`body`, `questions`, `links.0.url`…). */
export class ArticleFieldsError extends Error {
  constructor(readonly fields: Record<string, string>) {
    super(`Article invalide : ${Object.entries(fields).map(([k, v]) => `${k} : ${v}`).join(' ; ')}`);
  }
}

const trimmed = (list: readonly string[] | undefined) => (list ?? []).map((s) => s.trim()).filter(Boolean);

/**
 * The fields checked as an article file's front matter is (article.ts) — the same rules, so an
 * article saved here is one `loadArticles` reads back — or an ArticleFieldsError.
 */
export function checkFields(input: ArticleFields): Article & { file: string } {
  const fm = {
    id: input.id,
    title: input.title?.trim(),
    ...(input.summary?.trim() ? { summary: input.summary.trim() } : {}),
    ...(input.topic?.trim() ? { topic: input.topic.trim() } : {}),
    questions: trimmed(input.questions),
    tags: trimmed(input.tags),
    ...(input.links?.length ? { links: input.links.map((l) => ({ label: l.label?.trim(), url: l.url?.trim() })) } : {}),
    ...(input.related?.length ? { related: trimmed(input.related) } : {}),
    ...(input.next?.trim() ? { next: input.next.trim() } : {}),
    ...(input.en?.title?.trim() || input.en?.summary?.trim() ? { en: { title: input.en.title.trim(), summary: input.en.summary.trim() } } : {}),
    ...(input.audience?.length ? { audience: [...input.audience] } : {}),
  };
  const errors: Record<string, string> = {};
  const parsed = ArticleFrontMatter.safeParse(fm);
  if (!parsed.success) for (const i of parsed.error.issues) errors[i.path.join('.') || 'article'] ??= i.message;
  // «nouvelle» names the console's new-article page (#/base/nouvelle).
  if (fm.id === 'nouvelle') errors.id = 'Cet identifiant est réservé : choisissez-en un autre.';
  const body = typeof input.body === 'string' ? input.body.trim() : '';
  if (body.length < 20) errors.body = 'Le texte de la fiche est trop court (20 caractères au moins).';
  if (body.length > 20_000) errors.body = 'Le texte de la fiche est trop long (20 000 caractères au plus).';
  if (Object.keys(errors).length > 0 || !parsed.success) throw new ArticleFieldsError(errors);
  return { ...parsed.data, links: parsed.data.links ?? [], related: parsed.data.related ?? [], body, file: `base:${parsed.data.id}` };
}

/** The Markdown file of an article (front matter in the order authors write it, then the body). */
export function sourceOf(a: Article): string {
  const fm: Record<string, unknown> = { id: a.id, title: a.title };
  if (a.summary) fm.summary = a.summary;
  if (a.topic) fm.topic = a.topic;
  fm.questions = a.questions;
  fm.tags = a.tags;
  if (a.links.length) fm.links = a.links;
  if (a.related.length) fm.related = a.related;
  if (a.next) fm.next = a.next;
  if (a.en) fm.en = a.en;
  if (a.audience?.length) fm.audience = a.audience;
  return matter.stringify(`\n${a.body.trim()}\n`, fm);
}

/** The editor's fields of an article. */
export function fieldsOf(a: Article): ArticleFields {
  return {
    id: a.id,
    title: a.title,
    ...(a.summary ? { summary: a.summary } : {}),
    ...(a.topic ? { topic: a.topic } : {}),
    questions: [...a.questions],
    tags: [...a.tags],
    links: a.links.map((l) => ({ ...l })),
    related: [...a.related],
    ...(a.next ? { next: a.next } : {}),
    ...(a.en ? { en: { ...a.en } } : {}),
    ...(a.audience?.length ? { audience: [...a.audience] } : {}),
    body: a.body,
  };
}
