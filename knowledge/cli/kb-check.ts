import { loadConfig } from '../../platform/config';
import { checkKnowledgeBase } from '../kb-check';

const dir = process.argv.slice(2).find((a) => a !== '--') ?? loadConfig().knowledgeDir;
const { articles, problems } = checkKnowledgeBase(dir);
if (problems.length > 0) {
  process.stderr.write(`kb:check: ${problems.length} problem(s) in ${dir}\n${problems.map((p) => `  ✗ ${p}`).join('\n')}\n`);
  process.exit(1);
}
const questions = articles.reduce((n, a) => n + a.questions.length, 0);
process.stdout.write(`kb:check: ${articles.length} articles, ${questions} questions: OK\n`);
