import { ActivityHandler, ActivityTypes, type InvokeResponse, type TurnContext } from 'botbuilder';
import { onFeedback, parseFeedback } from './feedback-flow';
import { onHandoffStatus } from './handoff';
import { onUserMessage } from './message-flow';
import { clientIpOf, verifiedRequester } from './state';
import { recordLine, storesHistory } from './transcript';
import { SUPPORT_STATUS_INVOKE } from '../protocol/widget-events';
import { supportStatus } from './support-status';
import { TEXTS } from './texts';
import { liveChatHolds, type BotRuntime, type Turn } from './turn';
import type { LoadedState, TurnStateStore } from './turn-state';
import { welcome } from './welcome';

const TURN = Symbol('relais.turn');
const STATE = Symbol('relais.state');

/**
 * ClaudIA. Each turn loads the conversation and user state (one read), dispatches through
 * ActivityHandler (which also turns `onInvokeActivity`'s result into the `invokeResponse`
 * activity), and saves what changed at the end, error or not (one write at most). A turn never
 * throws: one handler logs and apologises.
 */
export class RelaisBot extends ActivityHandler {
  constructor(
    private readonly deps: BotRuntime,
    private readonly state: TurnStateStore,
  ) {
    super();
    this.onMembersAdded(async (ctx, next) => {
      await welcome(this.turn(ctx), ctx.activity.membersAdded ?? []);
      await next();
    });
    this.onMessage(async (ctx, next) => {
      await onUserMessage(this.turn(ctx));
      await next();
    });
    this.onEvent(async (ctx, next) => {
      if (ctx.activity.name === 'handoff.status') await onHandoffStatus(this.turn(ctx), ctx.activity.value);
      await next();
    });
  }

  override async run(ctx: TurnContext): Promise<void> {
    this.deps.observe?.turn(ctx.activity.channelId ?? 'unknown');
    let invokeAnswered = false;
    let turn: Turn | undefined;
    // Every bot message goes to the transcript, whichever flow sent it.
    ctx.onSendActivities(async (_ctx, activities, next) => {
      for (const a of activities) {
        if (a.type === ActivityTypes.InvokeResponse) invokeAnswered = true;
        else if (turn && a.type === ActivityTypes.Message && a.text) recordLine(turn, 'bot', a.text, true);
      }
      return next();
    });
    try {
      turn = await this.load(ctx);
      ctx.turnState.set(TURN, turn);
      await super.run(ctx);
    } catch (err) {
      await this.fail(ctx, err, invokeAnswered);
    } finally {
      // Set once: it only tells a returning user from a new one, and an unchanged user state
      // is not written again (one database write less per turn).
      if (turn && !turn.user.firstSeenAt) turn.user.firstSeenAt = this.deps.clock.now().toISOString();
      await this.save(ctx);
    }
  }

  /** The turn left its message to the live chat (message-flow.ts): the channel relays it. */
  liveChatHolds(ctx: TurnContext): boolean {
    return liveChatHolds(ctx);
  }

  /** Teams feedback loop: `message/submitAction` with `actionName: 'feedback'`; the widget's support status. */
  protected override async onInvokeActivity(ctx: TurnContext): Promise<InvokeResponse> {
    if (ctx.activity.name === SUPPORT_STATUS_INVOKE) return { status: 200, body: supportStatus(this.deps) };
    if (ctx.activity.name === 'adaptiveCard/action') return adaptiveCardAction(ctx.activity.value);
    if (ctx.activity.name !== 'message/submitAction') return super.onInvokeActivity(ctx);
    const action = parseFeedback(ctx.activity.value);
    if (!action) return { status: 400, body: { code: 'INVALID_INPUT', message: 'Avis invalide : une réaction « like » ou « dislike » est attendue.' } };
    const turn = this.turn(ctx);
    const line = action.reaction === 'like' ? 'Avis : réponse utile' : 'Avis : réponse non satisfaisante';
    recordLine(turn, 'system', action.comment ? `${line} — ${action.comment}` : line, false);
    await onFeedback(turn, action, ctx.activity.replyToId ?? '');
    return { status: 200 };
  }

  private turn(ctx: TurnContext): Turn {
    const turn = ctx.turnState.get(TURN) as Turn | undefined;
    if (!turn) throw new Error('bot: turn state not loaded');
    return turn;
  }

  private async load(ctx: TurnContext): Promise<Turn> {
    const loaded = await this.state.load(ctx);
    ctx.turnState.set(STATE, loaded);
    const { data, user } = loaded;
    // Only the channel sets `channelData.relais.requester`, after checking the portal token.
    const trusted = this.deps.identityChannels?.includes(ctx.activity.channelId ?? '') ?? true;
    const requester = trusted ? verifiedRequester(ctx.activity.channelData) : null;
    if (requester) data.requester = requester;
    const turn = { ctx, data, user, deps: this.deps, conversationId: ctx.activity.conversation?.id ?? '', clientIp: trusted ? clientIpOf(ctx.activity.channelData) : null };
    // A state written before the channel's history was read keeps a copy of it: dropped.
    if (storesHistory(turn) && data.transcript.length > 0) data.transcript = [];
    return turn;
  }

  private async fail(ctx: TurnContext, err: unknown, invokeAnswered: boolean): Promise<void> {
    const activity = ctx.activity;
    this.deps.logger.error({ err, conversationId: activity.conversation?.id, type: activity.type }, 'bot: turn failed');
    try {
      if (activity.type === ActivityTypes.Invoke && !invokeAnswered) {
        await ctx.sendActivity({ type: ActivityTypes.InvokeResponse, value: { status: 500 } });
      }
      if (activity.type === ActivityTypes.Message || activity.type === ActivityTypes.Invoke) {
        await ctx.sendActivity({ type: ActivityTypes.Message, text: TEXTS.turnError, locale: 'fr-FR' });
      }
    } catch (sendErr) {
      this.deps.logger.error({ err: sendErr, conversationId: activity.conversation?.id }, 'bot: could not send the apology');
    }
  }

  private async save(ctx: TurnContext): Promise<void> {
    const loaded = ctx.turnState.get(STATE) as LoadedState | undefined;
    if (!loaded) return;
    try {
      await this.state.save(loaded);
    } catch (err) {
      this.deps.logger.error({ err, conversationId: ctx.activity.conversation?.id }, 'bot: could not save state');
    }
  }
}

/**
 * `adaptiveCard/action`: Relais sends no Action.Execute card. botbuilder's own reading of the
 * value throws a TypeError on `{}` (the turn failed with an apology); a malformed value is the
 * sender's error (400), a well-formed one is an action the bot does not implement (501).
 */
function adaptiveCardAction(value: unknown): InvokeResponse {
  const action = (value as { action?: { type?: unknown } } | null)?.action;
  if (typeof value !== 'object' || value === null || typeof action !== 'object' || action === null || action.type !== 'Action.Execute') {
    return { status: 400, body: { code: 'INVALID_INPUT', message: 'Action de carte invalide : « Action.Execute » attendue.' } };
  }
  return { status: 501 };
}
