import readline from 'node:readline';

/**
 * The password for a new account: typed without echo on a terminal (asked twice), or the first
 * line of stdin when piped, so scripts and tests can provision agents. Never from argv, which
 * other local users can read in the process list.
 */
export async function readPassword(input: NodeJS.ReadStream, prompt: NodeJS.WriteStream): Promise<string> {
  if (!input.isTTY) return firstLine(input);
  const first = await promptHidden(input, prompt, 'Mot de passe : ');
  const second = await promptHidden(input, prompt, 'Confirmez le mot de passe : ');
  if (first !== second) throw new UserError('Les deux mots de passe ne correspondent pas.');
  return first;
}

/** An error whose message is meant for the person at the terminal (in French). */
export class UserError extends Error {}

async function firstLine(input: NodeJS.ReadStream): Promise<string> {
  const rl = readline.createInterface({ input, crlfDelay: Infinity });
  try {
    for await (const line of rl) return line;
  } finally {
    rl.close();
  }
  throw new UserError('Aucun mot de passe reçu sur l’entrée standard.');
}

function promptHidden(input: NodeJS.ReadStream, output: NodeJS.WriteStream, question: string): Promise<string> {
  return new Promise((resolve, reject) => {
    let value = '';
    const finish = (err?: Error) => {
      input.off('data', onData);
      input.setRawMode(false);
      input.pause();
      output.write('\n');
      if (err) reject(err);
      else resolve(value);
    };
    // Raw mode hands us each key press before the terminal echoes it, so nothing is displayed.
    const onData = (chunk: string) => {
      for (const ch of chunk) {
        if (ch === '\r' || ch === '\n' || ch === '\u0004') return finish();
        if (ch === '\u0003') return finish(new UserError('Saisie interrompue.'));
        if (ch === '\u007f' || ch === '\b') value = Array.from(value).slice(0, -1).join('');
        else if (ch >= ' ') value += ch;
      }
    };
    output.write(question);
    input.setEncoding('utf8');
    input.setRawMode(true);
    input.resume();
    input.on('data', onData);
  });
}
