/** The assistant's and the portal's names: settings (ASSISTANT_NAME, PORTAL_NAME), shown by the widget, the bot, mails and pages. */
export interface Branding {
  assistantName: string;
  portalName: string;
}

export const DEFAULT_BRANDING: Readonly<Branding> = Object.freeze({ assistantName: 'ClaudIA', portalName: 'Chorus Pro' });
