import crypto from 'node:crypto';
import type { Clock } from '../../platform/clock';
import { DbError, type Queryable } from '../../platform/db';
import { CannedError } from './errors';
import { CannedFields, CannedPatch, parse } from './schemas';
import { fr } from '../../protocol/typography';

/** A canned response («réponse type») of a team, as the console sees it. */
export interface CannedResponse {
  id: string;
  team: string;
  title: string;
  body: string;
  createdAt: string;
  updatedAt: string;
  /** The agent who last created or edited it; null for the defaults. */
  updatedBy: number | null;
}

export interface NewCanned {
  team: string;
  title: string;
  body: string;
  by: number | null;
}

export interface CannedPatchInput {
  title?: string;
  body?: string;
  by: number | null;
}

/**
 * Canned responses per team. Title and body are validated here (1–80 and 1–2000 characters,
 * known placeholders only): INVALID_INPUT, CANNED_DUPLICATE (same title in the team, any case)
 * and CANNED_NOT_FOUND are `CannedError`s.
 */
export interface CannedStore {
  /** The team's responses by title (French collation); `query` words must all appear in title or body, accents and case ignored. */
  list(team: string, query?: string): Promise<CannedResponse[]>;
  get(id: string): Promise<CannedResponse | null>;
  create(input: NewCanned): Promise<CannedResponse>;
  update(id: string, patch: CannedPatchInput): Promise<CannedResponse>;
  /** False when there was no such response. */
  remove(id: string): Promise<boolean>;
}

interface CannedRow {
  id: string;
  team: string;
  title: string;
  body: string;
  created_at: number;
  updated_at: number;
  updated_by: number | null;
}

const COLUMNS = 'id, team, title, body, created_at, updated_at, updated_by';

const toCanned = (r: CannedRow): CannedResponse => ({
  id: r.id,
  team: r.team,
  title: r.title,
  body: r.body,
  createdAt: new Date(Number(r.created_at)).toISOString(),
  updatedAt: new Date(Number(r.updated_at)).toISOString(),
  updatedBy: r.updated_by === null ? null : Number(r.updated_by),
});

const newId = () => `cr_${crypto.randomBytes(12).toString('base64url')}`;
const titleKey = (title: string) => title.toLowerCase();
const fold = (s: string) => s.normalize('NFD').replace(/\p{M}/gu, '').replace(/’/g, "'").toLowerCase();
const byTitle = (a: CannedResponse, b: CannedResponse) =>
  a.title.localeCompare(b.title, 'fr', { sensitivity: 'base', numeric: true }) || a.title.localeCompare(b.title, 'fr');

function duplicate(err: unknown, title: string): never {
  if (err instanceof DbError && err.code === 'DB_UNIQUE') {
    throw new CannedError('CANNED_DUPLICATE', fr(`Une réponse type intitulée « ${title} » existe déjà pour cette équipe.`), {
      title: fr('Titre : déjà utilisé dans cette équipe.'),
    });
  }
  throw err;
}

/** Over the `Queryable` port, so `ensureDefaults` can run it inside a transaction. */
export function createCannedStore(deps: { db: Queryable; clock: Clock }): CannedStore {
  const { db, clock } = deps;
  const get = async (id: string) => {
    const [row] = await db.query<CannedRow>(`SELECT ${COLUMNS} FROM livechat_canned WHERE id = $1`, [id]);
    return row ? toCanned(row) : null;
  };
  const requireTeam = (team: string) => {
    if (team.trim().length === 0) throw new Error('canned: a canned response needs a team');
  };

  return {
    async list(team, query) {
      const rows = await db.query<CannedRow>(`SELECT ${COLUMNS} FROM livechat_canned WHERE team = $1`, [team]);
      const words = fold(query ?? '').split(/\s+/).filter(Boolean);
      return rows
        .map(toCanned)
        .filter((c) => words.length === 0 || words.every((w) => fold(`${c.title}\n${c.body}`).includes(w)))
        .sort(byTitle);
    },

    get,

    async create(input) {
      requireTeam(input.team);
      const fields = parse(CannedFields, { title: input.title, body: input.body });
      const now = clock.now().getTime();
      const row = [newId(), input.team, fields.title, titleKey(fields.title), fields.body, now, now, input.by];
      try {
        await db.execute(
          `INSERT INTO livechat_canned (id, team, title, title_key, body, created_at, updated_at, updated_by)
           VALUES ($1, $2, $3, $4, $5, $6, $7, $8)`,
          row,
        );
      } catch (err) {
        duplicate(err, fields.title);
      }
      return (await get(row[0] as string))!;
    },

    async update(id, patch) {
      const fields = parse(CannedPatch, { title: patch.title, body: patch.body });
      const title = fields.title ?? null;
      let changed: number;
      try {
        changed = await db.execute(
          `UPDATE livechat_canned SET title = COALESCE($2, title), title_key = COALESCE($3, title_key),
             body = COALESCE($4, body), updated_at = $5, updated_by = $6 WHERE id = $1`,
          [id, title, title === null ? null : titleKey(title), fields.body ?? null, clock.now().getTime(), patch.by],
        );
      } catch (err) {
        duplicate(err, title ?? '');
      }
      const updated = changed > 0 ? await get(id) : null;
      if (!updated) throw new CannedError('CANNED_NOT_FOUND', fr('Réponse type introuvable.'));
      return updated;
    },

    async remove(id) {
      return (await db.execute('DELETE FROM livechat_canned WHERE id = $1', [id])) > 0;
    },
  };
}
