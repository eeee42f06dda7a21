import express, { type RequestHandler } from 'express';
import { z } from 'zod';
import { AppError } from '../platform/errors';
import { wrap } from '../platform/http/errors';
import { escapeHtml } from '../platform/mail/layout';
import { isCalendarDay } from '../hours';
import { PORTAL_PROFILES } from '../protocol/profile';
import type { TrainingService } from './service';

const text = (label: string, max: number, min = 1) =>
  z.string({ error: `${label} : texte attendu.` }).trim().min(min, `${label} : à remplir.`).max(max, `${label} : ${max} caractères au plus.`);

/** A session as a supervisor writes it; every refusal is a French message on its field. */
export const SessionInput = z.object({
  kind: z.enum(['webinaire', 'formation'], { error: 'Type : webinaire ou formation.' }),
  title: text('Titre', 160, 5),
  description: text('Description', 2000),
  audience: z.array(z.enum(PORTAL_PROFILES, { error: 'Public : profil inconnu.' })).max(PORTAL_PROFILES.length).default([]),
  day: z.string({ error: 'Date : AAAA-MM-JJ attendu.' }).refine(isCalendarDay, 'Date : AAAA-MM-JJ attendu.'),
  time: z.string({ error: 'Heure : HH:MM attendu.' }).regex(/^(?:[01]\d|2[0-3]):[0-5]\d$/, 'Heure : HH:MM attendu.'),
  durationMinutes: z.number({ error: 'Durée : un nombre de minutes.' }).int('Durée : un nombre entier de minutes.').min(15, 'Durée : 15 minutes au moins.').max(8 * 60, 'Durée : 8 heures au plus.'),
  capacity: z.number({ error: 'Places : un nombre.' }).int('Places : un nombre entier.').min(1, 'Places : une au moins.').max(10_000, 'Places : 10 000 au plus.'),
  link: z.url({ protocol: /^https?$/, error: 'Lien : une adresse web (https://…).' }).max(500),
});

function parse<T>(schema: z.ZodType<T>, body: unknown): T {
  const r = schema.safeParse(body);
  if (r.success) return r.data;
  const fields = Object.fromEntries(r.error.issues.map((i) => [i.path.join('.') || 'session', i.message]));
  throw new AppError('INVALID_INPUT', Object.values(fields).join(' '), fields);
}

/** `/api/agent/formations`: the supervisors' catalogue (list, create, edit, cancel, registrations). */
export function trainingAgentRouter(service: TrainingService, guards: { requireSupervisor: RequestHandler; requireCsrf: RequestHandler }): express.Router {
  const router = express.Router();
  router.use(guards.requireSupervisor, guards.requireCsrf);
  router.get('/', wrap(async (_req, res) => void res.set('Cache-Control', 'no-store').json({ sessions: await service.list() })));
  router.post('/', wrap(async (req, res) => void res.status(201).json({ session: await service.create(parse(SessionInput, req.body)) })));
  router.put('/:id', wrap(async (req, res) => void res.json({ session: await service.update(String(req.params.id), parse(SessionInput, req.body)) })));
  router.post('/:id/annuler', wrap(async (req, res) => void res.json({ session: await service.cancelSession(String(req.params.id)) })));
  router.get('/:id/inscriptions', wrap(async (req, res) => void res.set('Cache-Control', 'no-store').json({ registrations: await service.registrations(String(req.params.id)) })));
  return router;
}

const ACTIONS = { confirmer: 'Confirmer mon inscription', annuler: 'Annuler mon inscription' } as const;

function page(title: string, body: string): string {
  return `<!DOCTYPE html><html lang="fr"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${escapeHtml(title)}</title><link rel="stylesheet" href="/assets/portal.css"></head><body><main class="page" style="max-width:40rem;margin:2rem auto;padding:0 1rem"><h1>${escapeHtml(title)}</h1>${body}</main></body></html>`;
}

/**
 * `/formations/inscription?jeton=…&action=confirmer|annuler`: the links of the e-mails. The GET
 * only shows a button (mail scanners open links); the POST does it.
 */
export function trainingPublicRouter(service: TrainingService, limit: RequestHandler): express.Router {
  const router = express.Router();
  const Query = z.object({ jeton: z.string().min(10).max(100), action: z.enum(['confirmer', 'annuler']) });
  router.get('/formations/inscription', limit, (req, res) => {
    const q = Query.safeParse(req.query);
    if (!q.success) return void res.status(400).type('html').send(page('Lien incomplet', '<p>Ce lien est incomplet : copiez-le en entier depuis votre e-mail.</p>'));
    res.type('html').send(
      page(
        ACTIONS[q.data.action],
        `<form method="post" action="/formations/inscription"><input type="hidden" name="jeton" value="${escapeHtml(q.data.jeton)}"><input type="hidden" name="action" value="${q.data.action}"><button type="submit">${escapeHtml(ACTIONS[q.data.action])}</button></form>`,
      ),
    );
  });
  router.post(
    '/formations/inscription',
    limit,
    express.urlencoded({ extended: false, limit: '2kb' }),
    wrap(async (req, res) => {
      const q = Query.safeParse(req.body);
      if (!q.success) return void res.status(400).type('html').send(page('Lien incomplet', '<p>Ce lien est incomplet : copiez-le en entier depuis votre e-mail.</p>'));
      try {
        const r = await service.byToken(q.data.jeton, q.data.action);
        const what = `« ${r.session.title} »`;
        const message =
          r.outcome === 'confirmed'
            ? `Votre inscription à ${what} est confirmée. L’invitation vous est envoyée par e-mail.`
            : r.outcome === 'cancelled'
              ? `Votre inscription à ${what} est annulée : votre place est libérée.`
              : r.registration.status === 'cancelled'
                ? `Votre inscription à ${what} était déjà annulée.`
                : `Votre inscription à ${what} était déjà confirmée.`;
        res.type('html').send(page(r.outcome === 'cancelled' || r.registration.status === 'cancelled' ? 'Inscription annulée' : 'Inscription confirmée', `<p>${escapeHtml(message)}</p>`));
      } catch (err) {
        if (err instanceof AppError && err.code === 'NOT_FOUND') return void res.status(404).type('html').send(page('Lien non valable', `<p>${escapeHtml(err.message)}</p>`));
        throw err;
      }
    }),
  );
  return router;
}
