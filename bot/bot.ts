import {
  ActivityHandler,
  ActivityTypes,
  type ConversationState,
  type InvokeResponse,
  type StatePropertyAccessor,
  type TurnContext,
  type UserState,
} from 'botbuilder';
import { onFeedback, parseFeedback } from './feedback-flow';
import { onHandoffStatus } from './handoff';
import { onUserMessage } from './message-flow';
import { addLine, emptyConversation, emptyUser, verifiedRequester, type ConversationData, type UserData } from './state';
import { SUPPORT_STATUS_INVOKE } from '../protocol/widget-events';
import { supportStatus } from './support-status';
import { TEXTS } from './texts';
import type { BotRuntime, Turn } from './turn';
import { welcome } from './welcome';

const TURN = Symbol('relais.turn');

/**
 * ClaudIA. Each turn loads the conversation state, dispatches through ActivityHandler (which
 * also turns `onInvokeActivity`'s result into the `invokeResponse` activity), and saves the
 * state at the end, error or not. A turn never throws: one handler logs and apologises.
 */
export class RelaisBot extends ActivityHandler {
  private readonly conversationData: StatePropertyAccessor<ConversationData>;
  private readonly userData: StatePropertyAccessor<UserData>;

  constructor(
    private readonly deps: BotRuntime,
    private readonly conversationState: ConversationState,
    private readonly userState: UserState,
  ) {
    super();
    this.conversationData = conversationState.createProperty<ConversationData>('relais');
    this.userData = userState.createProperty<UserData>('relais');
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
    let invokeAnswered = false;
    let turn: Turn | undefined;
    // Every bot message goes to the transcript, whichever flow sent it.
    ctx.onSendActivities(async (_ctx, activities, next) => {
      for (const a of activities) {
        if (a.type === ActivityTypes.InvokeResponse) invokeAnswered = true;
        else if (turn && a.type === ActivityTypes.Message && a.text) addLine(turn.data, 'bot', a.text, this.deps.clock.now());
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

  /** Teams feedback loop: `message/submitAction` with `actionName: 'feedback'`; the widget's support status. */
  protected override async onInvokeActivity(ctx: TurnContext): Promise<InvokeResponse> {
    if (ctx.activity.name === SUPPORT_STATUS_INVOKE) return { status: 200, body: supportStatus(this.deps) };
    if (ctx.activity.name !== 'message/submitAction') return super.onInvokeActivity(ctx);
    const action = parseFeedback(ctx.activity.value);
    if (!action) return { status: 400, body: { code: 'BOT_BAD_FEEDBACK', message: 'bot: feedback value expected' } };
    const turn = this.turn(ctx);
    const line = action.reaction === 'like' ? 'Avis : réponse utile' : 'Avis : réponse non satisfaisante';
    addLine(turn.data, 'system', action.comment ? `${line} — ${action.comment}` : line, this.deps.clock.now());
    await onFeedback(turn, action, ctx.activity.replyToId ?? '');
    return { status: 200 };
  }

  private turn(ctx: TurnContext): Turn {
    const turn = ctx.turnState.get(TURN) as Turn | undefined;
    if (!turn) throw new Error('bot: turn state not loaded');
    return turn;
  }

  /** State written by an older version may lack newer fields: defaults fill them in. */
  private async load(ctx: TurnContext): Promise<Turn> {
    const data: ConversationData = { ...emptyConversation(), ...(await this.conversationData.get(ctx, emptyConversation())) };
    const user: UserData = { ...emptyUser(), ...(await this.userData.get(ctx, emptyUser())) };
    await this.conversationData.set(ctx, data);
    await this.userData.set(ctx, user);
    // Only the channel sets `channelData.relais.requester`, after checking the portal token.
    const trusted = this.deps.identityChannels?.includes(ctx.activity.channelId ?? '') ?? true;
    const requester = trusted ? verifiedRequester(ctx.activity.channelData) : null;
    if (requester) data.requester = requester;
    return { ctx, data, user, deps: this.deps, conversationId: ctx.activity.conversation?.id ?? '' };
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
    try {
      await this.conversationState.saveChanges(ctx, false);
      await this.userState.saveChanges(ctx, false);
    } catch (err) {
      this.deps.logger.error({ err, conversationId: ctx.activity.conversation?.id }, 'bot: could not save state');
    }
  }
}
