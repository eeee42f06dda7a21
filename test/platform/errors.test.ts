import http from 'node:http';
import type { AddressInfo } from 'node:net';
import express from 'express';
import { AppError, failedAck, HTTP_STATUS, INTERNAL_MESSAGE } from '../../platform/errors';
import { errorHandler } from '../../platform/http/errors';
import type { Logger } from '../../platform/logger';
import { ERROR_CODES, type ErrorCode } from '../../protocol/errors';

/** A domain error as the business folders declare theirs. */
class ShelfError extends AppError<Extract<ErrorCode, 'TICKET_CLOSED' | 'INVALID_INPUT'>> {}

const closed = new ShelfError('TICKET_CLOSED', 'Ce ticket est clos.');

const quietLogger = () => {
  const error = jest.fn();
  return { logger: { error } as unknown as Logger, error };
};

describe('the one error vocabulary', () => {
  it('gives every code one HTTP status, and nothing else', () => {
    expect(Object.keys(HTTP_STATUS).sort()).toEqual([...ERROR_CODES].sort());
    expect(new Set(ERROR_CODES).size).toBe(ERROR_CODES.length);
    for (const code of ERROR_CODES) {
      expect({ code, status: HTTP_STATUS[code] }).toEqual({ code, status: expect.any(Number) });
      expect(HTTP_STATUS[code]).toBeGreaterThanOrEqual(400);
      expect(HTTP_STATUS[code]).toBeLessThan(600);
    }
    expect(new ShelfError('TICKET_CLOSED', 'Ce ticket est clos.')).toMatchObject({ name: 'ShelfError', code: 'TICKET_CLOSED', status: 409 });
  });

  describe('over HTTP', () => {
    const { logger, error: logged } = quietLogger();
    let server: http.Server;
    let base = '';

    beforeAll(async () => {
      const app = express();
      app.use(express.json({ limit: '1kb' }));
      app.get('/closed', () => {
        throw closed;
      });
      app.post('/form', async () => {
        throw new ShelfError('INVALID_INPUT', 'Objet : champ obligatoire.', { subject: 'Objet : champ obligatoire.' });
      });
      app.get('/bug', async () => {
        throw new Error('SELECT * FROM secrets failed');
      });
      app.use(errorHandler(logger));
      server = http.createServer(app);
      await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
      base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    });
    afterAll(() => new Promise((resolve) => server.close(resolve)));
    beforeEach(() => logged.mockClear());

    const call = async (path: string, body?: string) => {
      const res = await fetch(`${base}${path}`, body === undefined ? {} : { method: 'POST', headers: { 'content-type': 'application/json' }, body });
      return { status: res.status, body: (await res.json()) as { error: unknown } };
    };

    it('answers an AppError thrown in a route with its code’s status, code, French message and fields', async () => {
      expect(await call('/closed')).toEqual({ status: 409, body: { error: { code: 'TICKET_CLOSED', message: 'Ce ticket est clos.' } } });
      expect(await call('/form', '{}')).toEqual({
        status: 400,
        body: { error: { code: 'INVALID_INPUT', message: 'Objet : champ obligatoire.', fields: { subject: 'Objet : champ obligatoire.' } } },
      });
      expect(logged).not.toHaveBeenCalled();
    });

    it('says an AppError the same way in an HTTP body and in a socket ack', async () => {
      expect((await call('/closed')).body.error).toEqual(failedAck(closed, jest.fn()).error);
    });

    it('answers body-parser failures in the same shape: malformed JSON is INVALID_INPUT, an oversized body TOO_LARGE', async () => {
      expect(await call('/form', '{oops')).toEqual({ status: 400, body: { error: { code: 'INVALID_INPUT', message: 'Requête invalide\u00a0: JSON attendu.' } } });
      expect(await call('/form', JSON.stringify({ text: 'x'.repeat(2000) }))).toEqual({
        status: 413,
        body: { error: { code: 'TOO_LARGE', message: 'Requête trop volumineuse.' } },
      });
      expect(logged).not.toHaveBeenCalled();
    });

    it('answers anything else 500 INTERNAL with the one generic message, and logs it', async () => {
      const res = await call('/bug');
      expect(res).toEqual({ status: 500, body: { error: { code: 'INTERNAL', message: INTERNAL_MESSAGE } } });
      expect(JSON.stringify(res.body)).not.toMatch(/secrets/);
      expect(logged).toHaveBeenCalledTimes(1);
      expect(logged.mock.calls[0]![0].err.message).toBe('SELECT * FROM secrets failed');
    });
  });

  describe('in socket acks', () => {
    it('gives an AppError the same code, message and fields as over HTTP', () => {
      const log = jest.fn();
      expect(failedAck(closed, log)).toEqual({ ok: false, error: { code: 'TICKET_CLOSED', message: 'Ce ticket est clos.' } });
      expect(failedAck(new ShelfError('INVALID_INPUT', 'Titre : trop long.', { title: 'Titre : trop long.' }), log)).toEqual({
        ok: false,
        error: { code: 'INVALID_INPUT', message: 'Titre : trop long.', fields: { title: 'Titre : trop long.' } },
      });
      expect(log).not.toHaveBeenCalled();
    });

    it('says anything else INTERNAL with the one generic message, and logs it', () => {
      const log = jest.fn();
      const bug = new TypeError('cannot read properties of undefined');
      expect(failedAck(bug, log)).toEqual({ ok: false, error: { code: 'INTERNAL', message: INTERNAL_MESSAGE } });
      expect(log).toHaveBeenCalledWith(bug);
    });
  });
});
