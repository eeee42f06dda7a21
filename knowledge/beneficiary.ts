/**
 * «un conseiller pour mon père», «ticket pour mon client», «et en EDI, pour le groupe de mon
 * client ?»: whom a request is made for is someone around the writer, not what is asked; the
 * words are blanked out of the message before it is read, like whom a possibility is for
 * (possible-for.ts). A client named by kind («pour mon client public», «privé») is the matter
 * itself and stays, and so do the business's own clients («pour nos clients»).
 */
const PEOPLE = String.raw`p(?:è|e)re|m(?:è|e)re|mari|femme|(?:é|e)pouse|conjointe?|compagnon|compagne|fils|fille|fr(?:è|e)re|s(?:œ|oe)ur|parents|patron(?:ne)?|boss|cheff?e?|employeur|cliente|client|coll(?:è|e)gues?|associ(?:é|e)e?s?`;
const THEIR_THING = String.raw`(?:(?:le|la|les|l['’]\s*)\s*(?:groupe|soci(?:é|e)t(?:é|e)|entreprise|cabinet|bo(?:î|i)te|structure|compte|dossier|factures?|commerce|exploitation)\s+(?:de|d['’])\s*)`;
const FOR_SOMEONE = new RegExp(
  String.raw`(?<![\p{L}\p{N}])pour\s+${THEIR_THING}?(?:mon|ma|mes|notre|nos)\s+(?:${PEOPLE})(?![\p{L}\p{N}])(?!\s+(?:publi|priv|professionn|b2b|b2c|final|finaux|particulier))`,
  'giu',
);

export function dropWhomItIsDoneFor(text: string): string {
  return text.replace(FOR_SOMEONE, ' ');
}
