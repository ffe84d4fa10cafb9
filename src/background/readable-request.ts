/**
 * The border of the background's Readability reading: the outline comes from a content script, which runs
 * beside the page and writes down the page's own markup, so it is untrusted input. It is checked here,
 * with valibot, before a document is built from it: bounded sizes (the content script keeps to the same
 * bounds), known shapes, tags a document accepts, parents that are earlier elements.
 */
import * as v from 'valibot';
import {
  MAX_ATTRIBUTE_LENGTH,
  MAX_OUTLINE_CHARACTERS,
  MAX_OUTLINE_NODES,
  MAX_READABLE_ELEMENTS,
  type OutlineNode,
  type PageOutline,
} from '../messages';

/** An HTML tag name as a page's DOM reports it in lower case (custom elements included); anything else is refused. */
const TAG = /^[a-z][a-z0-9._-]*$/;
const MAX_TAG_LENGTH = 64;
/** Attribute names the content script sends are a fixed list (outline.ts); these bound any others. */
const ATTRIBUTE_NAME = /^[a-z][a-z-]*$/;
const MAX_ATTRIBUTES = 2 * 32;

const ParentSchema = v.pipe(v.number(), v.integer(), v.minValue(-1));

const OutlineNodeSchema = v.union([
  v.strictObject({ parent: ParentSchema, text: v.string() }),
  v.strictObject({
    parent: ParentSchema,
    tag: v.pipe(v.string(), v.maxLength(MAX_TAG_LENGTH), v.regex(TAG, 'not a tag name')),
    attributes: v.pipe(v.array(v.pipe(v.string(), v.maxLength(MAX_ATTRIBUTE_LENGTH))), v.maxLength(MAX_ATTRIBUTES)),
  }),
]);

const ReadableRequestSchema = v.object({
  type: v.literal('readable-request'),
  outline: v.object({
    nodes: v.pipe(v.array(OutlineNodeSchema), v.minLength(1), v.maxLength(MAX_OUTLINE_NODES, `more than ${MAX_OUTLINE_NODES} nodes`)),
  }),
});

export type ReadableRequestCheck = { ok: true; outline: PageOutline } | { ok: false; error: string };

/** What the shapes cannot say: sizes summed over the outline, parents that are earlier elements, attribute names. */
function outlineProblem(nodes: OutlineNode[]): string | null {
  let elements = 0;
  let characters = 0;
  for (const [index, node] of nodes.entries()) {
    const parent = nodes[node.parent];
    if (index === 0 ? node.parent !== -1 || 'text' in node : node.parent >= index || !parent || 'text' in parent) {
      return `node ${index}: its parent is not an earlier element`;
    }
    if ('text' in node) {
      characters += node.text.length;
      continue;
    }
    elements += 1;
    if (node.attributes.length % 2 !== 0) return `node ${index}: attributes come in name, value pairs`;
    for (let i = 0; i < node.attributes.length; i += 2) {
      if (!ATTRIBUTE_NAME.test(node.attributes[i]!)) return `node ${index}: not an attribute name`;
      characters += node.attributes[i + 1]!.length;
    }
  }
  if (elements > MAX_READABLE_ELEMENTS) return `more than ${MAX_READABLE_ELEMENTS} elements`;
  if (characters > MAX_OUTLINE_CHARACTERS) return `more than ${MAX_OUTLINE_CHARACTERS} characters`;
  return null;
}

/** The outline as Readability may read it, or the first problem in words. */
export function checkReadableRequest(message: unknown): ReadableRequestCheck {
  const result = v.safeParse(ReadableRequestSchema, message);
  if (!result.success) {
    const issue = result.issues[0];
    const where = issue ? v.getDotPath(issue) : null;
    return { ok: false, error: `outline refused: ${where ? `${where}: ` : ''}${issue?.message ?? 'malformed'}` };
  }
  const nodes = result.output.outline.nodes as OutlineNode[];
  const problem = outlineProblem(nodes);
  return problem ? { ok: false, error: `outline refused: ${problem}` } : { ok: true, outline: { nodes } };
}
