import type { TrainingPort } from '../bot/ports';
import type { LimitCounter } from '../platform/http/limit-counter';
import type { TrainingService } from '../training';

/**
 * The bot's port to the sessions: a registration by e-mail alone (no verified identity) counts
 * against that address's daily quota, so nobody can flood an address with confirmation e-mails.
 */
export function trainingPort(service: TrainingService, perAddress: LimitCounter): TrainingPort {
  return {
    upcoming: (profile) => service.upcoming(profile),
    registrationsOf: (portalUserId) => service.registrationsOf(portalUserId),
    cancelFor: (portalUserId, registrationId) => service.cancelFor(portalUserId, registrationId),
    async register(r) {
      if (!r.verified && !(await perAddress.take(r.email.trim().toLowerCase())).allowed) return { status: 'limited', session: await service.get(r.sessionId) };
      return service.register(r);
    },
  };
}
