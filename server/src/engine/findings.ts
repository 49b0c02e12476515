/**
 * What rules produce: findings with a rule ID, a range, a message reference and
 * optional fixes. Messages stay references until the server picks a language.
 */
import type { Range, TextEdit } from './text';

export type Severity = 'error' | 'warning' | 'information' | 'hint';

export type MessageArgs = Readonly<Record<string, string | number>>;

/** A message by key; the text is looked up in the catalogue for the user's language. */
export interface MessageRef {
  readonly key: string;
  readonly args?: MessageArgs;
}

export interface Fix {
  readonly title: MessageRef;
  readonly edits: readonly TextEdit[];
  /** The fix an editor may apply without asking (fix-all on save). */
  readonly safe: boolean;
}

export interface Finding {
  readonly rule: string;
  readonly severity: Severity;
  readonly range: Range;
  readonly message: MessageRef;
  readonly fixes?: readonly Fix[];
}

/** Message texts in the two languages the product speaks. */
export interface MessageText {
  readonly zh: string;
  readonly en: string;
}

export type MessageCatalog = Readonly<Record<string, MessageText>>;

export type Locale = 'zh' | 'en';

/**
 * Fills a message's slots. Quoted text inside a slot the message itself puts in “”
 * takes ‘’, as GB/T 15834-2011 4.8.3.3 sets quotes within quotes: 前文说“做到‘三个坚持’”.
 */
export function formatMessage(catalog: MessageCatalog, ref: MessageRef, locale: Locale): string {
  const entry = catalog[ref.key];
  if (!entry) return ref.key;
  const template = entry[locale];
  return template.replace(/\{(\w+)\}/g, (whole: string, name: string, at: number) => {
    const value = ref.args?.[name];
    if (value === undefined) return whole;
    const quoted = template[at - 1] === '“' && template[at + whole.length] === '”';
    return quoted ? String(value).replace(/“/g, '‘').replace(/”/g, '’') : String(value);
  });
}
