import fs from 'node:fs';
import { evaluate, formatReport, parseEvalFile } from '../evaluate';
import { knowledgeFromConfig } from './load';

const files = process.argv.slice(2).filter((a) => a !== '--');
if (files.length === 0) {
  process.stderr.write('usage: npm run eval -- FILE.jsonl [FILE.jsonl ...]\n');
  process.exit(2);
}
const knowledge = knowledgeFromConfig();
for (const file of files) {
  const report = evaluate(knowledge.ask, parseEvalFile(fs.readFileSync(file, 'utf8')));
  process.stdout.write(`${formatReport(file, report)}\n\n`);
}
