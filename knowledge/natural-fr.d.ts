// Local declarations for the French parts of `natural`, imported by path: a top-level
// `require('natural')` costs ~0.6 s, loads `.env` and prints noise (see knowledge/README.md).
declare module 'natural/lib/natural/stemmers/porter_stemmer_fr' {
  const PorterStemmerFr: { stem(token: string): string };
  export = PorterStemmerFr;
}
declare module 'natural/lib/natural/util/stopwords_fr' {
  const stopwords: { words: string[] };
  export = stopwords;
}
declare module 'natural/lib/natural/util/stopwords' {
  const stopwords: { words: string[] };
  export = stopwords;
}
declare module 'natural/lib/natural/distance/levenshtein_distance' {
  export function DamerauLevenshteinDistance(a: string, b: string): number;
}
