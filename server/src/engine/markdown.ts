/**
 * Markdown drafts: code is not prose. Fenced blocks and inline code spans are
 * blanked out (same length, line breaks kept) before parsing, so examples
 * quoted as code are not checked and every position stays where it was.
 */

const FENCE = /^ {0,3}(`{3,}|~{3,})/;
const CODE_SPAN = /(`+)([^`]|[^`][\s\S]*?[^`])\1(?!`)/g;

function blank(text: string): string {
  return text.replace(/[^\r\n]/g, ' ');
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
      lines[i] = line.replace(CODE_SPAN, (span) => blank(span));
    }
  }
  return lines.join('');
}
