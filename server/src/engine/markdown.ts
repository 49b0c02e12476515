/**
 * Markdown drafts: code is not prose. Fenced blocks and inline code spans are
 * blanked out (same length, line breaks kept) before parsing, so examples
 * quoted as code are not checked and every position stays where it was.
 */

const FENCE = /^ {0,3}(`{3,}|~{3,})/;

function blank(text: string): string {
  return text.replace(/[^\r\n]/g, ' ');
}

/**
 * Blanks inline code spans: a run of n backticks up to the next run of exactly
 * n. One pass over the runs, so a line full of backticks stays linear.
 */
function maskCodeSpans(line: string): string {
  if (!line.includes('`')) return line;
  const runs: Array<{ start: number; length: number }> = [];
  for (let i = 0; i < line.length; ) {
    if (line[i] !== '`') {
      i++;
      continue;
    }
    let j = i;
    while (line[j] === '`') j++;
    runs.push({ start: i, length: j - i });
    i = j;
  }
  // For each length, the runs of that length in order: a span closes at the next one.
  const byLength = new Map<number, number[]>();
  runs.forEach((run, index) => {
    const list = byLength.get(run.length);
    if (list) list.push(index);
    else byLength.set(run.length, [index]);
  });
  const next = new Map<number, number>();
  // UTF-16 units, as positions are counted.
  const chars = line.split('');
  let covered = -1;
  for (let k = 0; k < runs.length; k++) {
    const run = runs[k]!;
    if (run.start < covered) continue;
    const list = byLength.get(run.length)!;
    let pointer = next.get(run.length) ?? 0;
    while (pointer < list.length && list[pointer]! <= k) pointer++;
    next.set(run.length, pointer);
    const closing = list[pointer];
    if (closing === undefined) continue;
    const end = runs[closing]!.start + run.length;
    for (let c = run.start; c < end; c++) chars[c] = ' ';
    covered = end;
    next.set(run.length, pointer + 1);
  }
  return chars.join('');
}

export function maskMarkdownCode(text: string): string {
  const lines = text.split(/(\r\n|\r|\n)/);
  let fence: string | undefined;
  for (let i = 0; i < lines.length; i += 2) {
    const line = lines[i]!;
    const opener = FENCE.exec(line);
    if (fence) {
      if (opener && opener[1]![0] === fence[0] && opener[1]!.length >= fence.length && line.trim() === opener[1]) fence = undefined;
      lines[i] = blank(line);
    } else if (opener) {
      fence = opener[1];
      lines[i] = blank(line);
    } else {
      lines[i] = maskCodeSpans(line);
    }
  }
  return lines.join('');
}
