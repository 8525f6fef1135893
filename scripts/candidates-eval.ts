/**
 * npm run candidates:eval [-- --quoted] [-- --pick N]
 *
 * How many of the candidate formulations Tifa shows are real ones, judged against the committed
 * labels (glossary/candidates-eval/labels.yaml), and how many it shows per article. The articles are
 * read from the mining's git mirrors (README, Mining); none is committed. --quoted also shows quoted
 * phrases of no numbered shape (off in the extension). --pick N prints, for labelling, the first N
 * articles of the sample with a candidate, as YAML.
 */
import { LABELS_FILE, loadLabels, readArticle, sampleIds } from '../glossary/candidates-eval/articles';
import { detectCandidates, type Candidate, type DetectOptions } from '../utils/candidates/detect';
import { runWhenCalled, type Output } from './cli';
import { loadGlossary } from './text-terms';

/** The candidates Tifa would show on a text read as the page's paragraphs. */
export function candidatesIn(text: string, options: Partial<DetectOptions> = {}): Candidate[] {
  const glossary = loadGlossary();
  const blocks = text.split('\n').filter((line) => line.trim()).map((line) => ({ text: line, hits: glossary.termsIn(line).occurrences }));
  return detectCandidates(blocks, { fold: glossary.fold, ...options });
}

export function main(args: string[], out: Output, err: Output): number {
  const options = { quotedPhrases: args.includes('--quoted') };
  const pick = args.indexOf('--pick');
  if (pick >= 0) {
    // Two thirds from CCTV, a third from Citizen News.
    const wanted = Number(args[pick + 1]);
    out.write('articles:\n');
    for (const [source, count] of [['cctv', Math.ceil((2 * wanted) / 3)], ['citizen-news', Math.floor(wanted / 3)]] as const) {
      let left = count;
      let scanned = 0;
      for (const id of sampleIds(source)) {
        if (left <= 0) break;
        const read = readArticle(id);
        const found = 'text' in read ? candidatesIn(read.text, options) : [];
        scanned++;
        if (found.length === 0) continue;
        left--;
        out.write(`  - id: ${id}\n    candidates:\n${found.map((c) => `      ${c.text}: # ${c.kind}\n`).join('')}`);
        if (process.env.TIFA_SHOW_CONTEXT) for (const c of found) err.write(`${id} ${c.text}: ${contextOf(read, c)}\n`);
      }
      out.write(`  # ${source}: ${scanned} articles read for these\n`);
    }
    return 0;
  }

  let judged = 0;
  let real = 0;
  let shown = 0;
  let articles = 0;
  const unjudged: string[] = [];
  for (const article of loadLabels()) {
    const read = readArticle(article.id);
    if ('absent' in read) {
      err.write(`skipped: ${article.id}: ${read.absent}\n`);
      continue;
    }
    articles++;
    const found = candidatesIn(read.text, options);
    shown += found.length;
    const marks = found.map((c) => {
      const verdict = article.candidates[c.text];
      if (verdict === undefined) unjudged.push(`${article.id}: ${c.text}`);
      else judged++;
      if (verdict === 'yes') real++;
      return `${c.text}${verdict === 'yes' ? ' ✓' : verdict === 'no' ? ' ✗' : ' ?'}`;
    });
    out.write(`${article.id}  ${marks.join('  ') || '—'}\n`);
  }
  const percent = judged ? `${((100 * real) / judged).toFixed(1)}%` : '–';
  out.write(`\n${LABELS_FILE}: ${articles} articles${options.quotedPhrases ? ', quoted phrases shown too' : ''}\n`);
  out.write(`precision ${percent} (${real}/${judged} judged candidates are formulations; goal ≥ 80%)\n`);
  out.write(`candidates per article ${articles ? (shown / articles).toFixed(2) : '–'} (${shown} shown; goal ≤ 3)\n`);
  if (unjudged.length > 0) out.write(`not yet judged (${unjudged.length}):\n${unjudged.map((u) => `  ${u}\n`).join('')}`);
  return unjudged.length > 0 ? 1 : 0;
}

runWhenCalled(import.meta.url, main);
function contextOf(read: { text: string } | { absent: string }, c: Candidate) {
  if (!('text' in read)) return '';
  const at = read.text.indexOf(c.text);
  return read.text.slice(Math.max(0, at - 60), at + 60).replace(/\s+/g, ' ');
}
