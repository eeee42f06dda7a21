import readline from 'node:readline';
import { knowledgeFromConfig } from './load';
import { askLine } from '../ask-line';

/**
 * `npm run --silent ask -- "question"` prints one JSON object.
 * `npm run --silent ask -- --jsonl` reads `{"q": ...}` lines on stdin and prints one JSON line
 * per input line, in order; a malformed line gets a fallback with an `error` field.
 */
async function main(): Promise<void> {
  const args = process.argv.slice(2).filter((a) => a !== '--');
  const knowledge = knowledgeFromConfig();
  if (args[0] === '--jsonl') {
    const rl = readline.createInterface({ input: process.stdin, crlfDelay: Infinity });
    for await (const line of rl) process.stdout.write(`${JSON.stringify(askLine(knowledge.ask, line))}\n`);
    return;
  }
  if (args.length === 0) {
    process.stderr.write('usage: npm run --silent ask -- "question" | --jsonl < questions.jsonl\n');
    process.exit(2);
  }
  process.stdout.write(`${JSON.stringify(knowledge.ask(args.join(' ')))}\n`);
}

main().catch((err) => {
  process.stderr.write(`ask: ${err instanceof Error ? err.message : String(err)}\n`);
  process.exit(1);
});
