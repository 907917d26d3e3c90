/**
 * Messages with values in them, for the templates and for the browser
 * scripts alike: a browser script gets its messages as JSON (a data-messages
 * attribute), so they are strings with {placeholders}, not functions, and a
 * count picks its form by the language's plural rules.
 */

/** The forms of a message that holds a count, by Intl.PluralRules category; `other` is the fallback. */
export type PluralForms = { other: string } & Partial<Record<Intl.LDMLPluralRule, string>>;

/** The template with each {name} replaced by its value; a name with no value stays as written. */
export function fill(template: string, values: Readonly<Record<string, string | number>>): string {
  return template.replace(/\{(\w+)\}/g, (placeholder, name: string) => (name in values ? String(values[name]) : placeholder));
}

// One set of rules per language: the evidence map asks for a form for every cell each time a filter changes.
const pluralRules = new Map<string, Intl.PluralRules>();

/** The form for `count` in the language `locale`, filled with {count} and the other values. */
export function plural(forms: PluralForms, count: number, locale: string, values: Readonly<Record<string, string | number>> = {}): string {
  let rules = pluralRules.get(locale);
  if (!rules) pluralRules.set(locale, (rules = new Intl.PluralRules(locale)));
  const form = forms[rules.select(count)] ?? forms.other;
  return fill(form, { ...values, count });
}

/**
 * The template as text and nodes: each {name} whose value is a node (a
 * <strong>, a link) goes in as that node, the rest as text.
 */
export function fillNodes<Item>(template: string, values: Readonly<Record<string, string | Item>>): (string | Item)[] {
  return template
    .split(/(\{\w+\})/)
    .filter((part) => part !== '')
    .map((part) => {
      const name = /^\{(\w+)\}$/.exec(part)?.[1];
      return name !== undefined && name in values ? values[name]! : part;
    });
}
