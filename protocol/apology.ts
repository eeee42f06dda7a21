/** The one apology for a technical failure, whoever fails (the bot, or the channel around it). */
export const APOLOGY = 'Désolée, un incident technique m’empêche de vous répondre. Pouvez-vous réessayer dans un instant ?';
