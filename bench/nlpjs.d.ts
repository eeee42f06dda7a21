/** The small part of NLP.js (untyped packages) that bench/nlu-nlpjs.ts uses. */
declare module '@nlpjs/basic' {
  export interface Container {
    use(plugin: unknown): string;
    register(name: string, item: unknown, isSingleton?: boolean): void;
  }

  /** Reads ./conf.json, ./pipelines.md and ./plugins when they exist; `.env` unless loadEnv is false. */
  export function containerBootstrap(settings?: { loadEnv?: boolean }): Container;

  export interface NlpSettings {
    languages: string[];
    autoSave?: boolean;
    autoLoad?: boolean;
    forceNER?: boolean;
    calculateSentiment?: boolean;
    nlu?: { log?: boolean };
  }

  export interface NlpResult {
    intent: string;
    score: number;
    classifications: { intent: string; score: number }[];
  }

  export class Nlp {
    constructor(settings: NlpSettings, container?: Container);
    readonly settings: NlpSettings & { threshold: number };
    addDocument(locale: string, utterance: string, intent: string): void;
    train(): Promise<unknown>;
    process(locale: string, utterance: string): Promise<NlpResult>;
  }
}

declare module '@nlpjs/lang-fr' {
  export class LangFr {}
}
