// Titles and descriptions of the offer's JSON Schema, for form builders, from the one place the
// fields are documented: the TSDoc of the offer types (src/offer/types.ts), read with the
// TypeScript compiler. The range and the default come from the schema itself, an example from
// a property's `@example` tag or else from the example offers. Run by
// test/offer/json-schema.test.ts, which writes offer.schema.json (`npm run generate`); never
// part of the library.
import { fileURLToPath } from 'node:url';
import ts from 'typescript';

type Node = { [key: string]: unknown; properties?: Record<string, Node>; items?: Node; anyOf?: Node[]; oneOf?: Node[] };

const TYPES = fileURLToPath(new URL('../src/offer/types.ts', import.meta.url));
/** Words a title writes in capitals. */
const ACRONYMS: Readonly<Record<string, string>> = { ceu: 'CEU', hsa: 'HSA', hra: 'HRA', id: 'ID' };

/** "ceuStipend" → "CEU stipend". */
export function titleOf(name: string): string {
  const words = name.split(/(?=[A-Z])/).map((word) => ACRONYMS[word.toLowerCase()] ?? word.toLowerCase());
  const [first = '', ...rest] = words;
  return [first.charAt(0).toUpperCase() + first.slice(1), ...rest].join(' ');
}

/** "Range: from 0 to 168", "At most 20", from a schema node's bounds (or its number branch's), unless the doc says it already. */
function rangeOf(node: Node, doc: string): string {
  const list = [node, ...(node.anyOf ?? [])].find((branch) => branch.type === 'array' && branch.maxItems !== undefined);
  if (list !== undefined) return doc.toLowerCase().includes(`at most ${String(list.maxItems)}`) ? '' : ` At most ${String(list.maxItems)}.`;
  const number = [node, ...(node.anyOf ?? [])].find((branch) => branch.type === 'number' || branch.type === 'integer');
  if (number === undefined) return '';
  const low = number.minimum ?? number.exclusiveMinimum;
  const high = number.maximum ?? number.exclusiveMaximum;
  const lowWords = low === undefined ? '' : `${number.exclusiveMinimum === undefined ? 'from' : 'above'} ${String(low)}`;
  const highWords = high === undefined ? '' : `${number.exclusiveMaximum === undefined ? 'to' : 'below'} ${String(high)}`;
  const words = [lowWords, highWords].filter(Boolean).join(' ');
  return words === '' ? '' : ` Range: ${words}.`;
}

/** The first value found at a path (`bonuses[].amount`) in the example offers. */
function exampleAt(offers: readonly unknown[], path: readonly string[]): unknown {
  let values: unknown[] = [...offers];
  for (const key of path) {
    values = values.flatMap((value) => {
      if (key === '[]') return Array.isArray(value) ? value : [];
      // A field that takes one item or a list of them (`benefits.retirement`): each item.
      const items: unknown[] = Array.isArray(value) ? value : [value];
      return items.flatMap((item) => (typeof item === 'object' && item !== null && key in item ? [(item as Record<string, unknown>)[key]] : []));
    });
  }
  return values.find((value) => value !== undefined);
}

/**
 * A copy of the offer's JSON Schema in which every property has a `title` and a `description`:
 * the TSDoc of its field, its range, its default and an example. Throws, naming them, when
 * fields have no TSDoc or no example.
 */
export function documentOfferJsonSchema(schema: Record<string, unknown>, exampleOffers: readonly unknown[]): Record<string, unknown> {
  const program = ts.createProgram([TYPES], { strict: true, exactOptionalPropertyTypes: true, noEmit: true });
  const checker = program.getTypeChecker();
  const file = program.getSourceFile(TYPES);
  const module = file === undefined ? undefined : checker.getSymbolAtLocation(file);
  const offerInput = module === undefined ? undefined : checker.getExportsOfModule(module).find((symbol) => symbol.name === 'OfferInput');
  if (offerInput === undefined) throw new Error('OfferInput not found in src/offer/types.ts');
  const problems: string[] = [];

  /** The object types a (possibly optional, union or list) type may be. */
  const objectTypes = (type: ts.Type | undefined): ts.Type[] => {
    if (type === undefined) return [];
    const defined = checker.getNonNullableType(type);
    if (defined.isUnion()) return defined.types.flatMap(objectTypes);
    return checker.isArrayType(defined) || defined.getProperties().length === 0 ? [] : [defined];
  };
  const elementType = (type: ts.Type | undefined): ts.Type | undefined => {
    if (type === undefined) return undefined;
    const defined = checker.getNonNullableType(type);
    const lists = defined.isUnion() ? defined.types : [defined];
    const list = lists.find((member) => checker.isArrayType(member));
    return list === undefined ? undefined : checker.getTypeArguments(list as ts.TypeReference)[0];
  };

  /** Shared parts (`$defs`): the type and path of the first place that refers to each. */
  const references = new Map<string, { type: ts.Type | undefined; path: string[] }>();
  const walk = (node: Node, type: ts.Type | undefined, path: string[]): Node => {
    const copy: Node = { ...node };
    if (typeof node.$ref === 'string' && !references.has(node.$ref)) references.set(node.$ref, { type, path });
    if (node.properties !== undefined) {
      const keys = Object.keys(node.properties);
      const owner = objectTypes(type).find((candidate) => keys.every((key) => candidate.getProperty(key) !== undefined));
      copy.properties = Object.fromEntries(
        keys.map((key) => {
          const property = owner?.getProperty(key);
          const child = node.properties?.[key] as Node;
          const at = [...path, key];
          const name = at.join('.').replaceAll('.[]', '[]');
          const doc = property === undefined ? '' : ts.displayPartsToString(property.getDocumentationComment(checker)).replace(/\s+/g, ' ').trim();
          const tag = property?.getJsDocTags(checker).find((entry) => entry.name === 'example');
          const example = tag === undefined ? exampleAt(exampleOffers, at) : ts.displayPartsToString(tag.text).trim();
          const choices = child.const !== undefined ? [child.const] : Array.isArray(child.enum) ? child.enum : undefined;
          // A variant's own value (pay.type "hourly") is its example, whatever the examples hold.
          const fits = choices === undefined || choices.includes(example);
          const shown = (fits ? example : undefined) ?? child.default ?? choices?.[0];
          if (doc === '') problems.push(`${name}: no TSDoc`);
          if (shown === undefined) problems.push(`${name}: no example`);
          const defaultWords = child.default === undefined || /\bdefault\b/i.test(doc) ? '' : ` Default: ${JSON.stringify(child.default)}.`;
          const exampleWords = typeof shown === 'string' && tag !== undefined ? shown : JSON.stringify(shown);
          const documented = walk(child, property === undefined ? undefined : checker.getTypeOfSymbol(property), at);
          return [key, { title: titleOf(key), description: `${doc}${rangeOf(child, doc)}${defaultWords} Example: ${exampleWords}.`, ...documented }];
        }),
      );
    }
    for (const key of ['anyOf', 'oneOf'] as const) {
      const branches = node[key];
      if (branches !== undefined) copy[key] = branches.map((branch) => walk(branch, type, path));
    }
    if (node.items !== undefined) copy.items = walk(node.items, elementType(type), [...path, '[]']);
    return copy;
  };

  const documented = walk(schema as Node, checker.getDeclaredTypeOfSymbol(offerInput), []);
  const definitions = (schema.$defs ?? {}) as Record<string, Node>;
  documented.$defs = Object.fromEntries(
    Object.entries(definitions).map(([name, definition]) => {
      const site = references.get(`#/$defs/${name}`);
      return [name, walk(definition, site?.type, site?.path ?? [name])];
    }),
  );
  if (problems.length > 0) throw new Error(`offer fields to document in src/offer/types.ts:\n${problems.join('\n')}`);
  return documented;
}
