import type { Node, TSTypeParameter } from "@babel/types";
import type { TokenClass } from "./highlight-spans.ts";

/** What a cell's syntax tree says of its names, by the offset each starts at. */
export interface NameClasses {
  /** Names the syntax gives a colour: functions called or declared, types, property keys, `undefined`. */
  readonly classes: Map<number, TokenClass>;
  /** Where identifiers start: a word there is a name, even one that elsewhere is a keyword. */
  readonly identifiers: Set<number>;
}

/** The classes a cell's syntax tree gives its names, and where its identifiers start. */
export function nameClasses(program: Node, code: string): NameClasses {
  const names: NameClasses = { classes: new Map(), identifiers: new Set() };
  visit(program, code, names);
  return names;
}

function visit(node: Node, code: string, names: NameClasses): void {
  classify(node, code, names);
  for (const value of Object.values(node)) {
    if (Array.isArray(value)) {
      for (const child of value) if (isNode(child)) visit(child, code, names);
    } else if (isNode(value)) visit(value, code, names);
  }
}

function isNode(value: unknown): value is Node {
  return typeof value === "object" && value !== null && typeof (value as { type?: unknown }).type === "string";
}

function classify(node: Node, code: string, { classes, identifiers }: NameClasses): void {
  const mark = (name: Node | null | undefined, kind: TokenClass) => {
    const start = nameStart(name);
    if (start !== undefined) classes.set(start, kind);
  };
  switch (node.type) {
    case "Identifier":
      identifiers.add(node.start!);
      if (node.name === "undefined") classes.set(node.start!, "constant");
      return;
    case "CallExpression":
    case "OptionalCallExpression":
      return mark(node.callee, "function");
    case "TaggedTemplateExpression":
      return mark(node.tag, "function");
    case "FunctionDeclaration":
    case "FunctionExpression":
    case "TSDeclareFunction":
      return mark(node.id, "function");
    case "VariableDeclarator":
      if (node.init?.type === "ArrowFunctionExpression" || node.init?.type === "FunctionExpression")
        mark(node.id, "function");
      return;
    case "ObjectMethod":
    case "ClassMethod":
    case "ClassPrivateMethod":
    case "TSDeclareMethod":
    case "TSMethodSignature":
      if (!node.computed) mark(node.key, "function");
      return;
    case "ObjectProperty":
      if (!node.computed && !node.shorthand) mark(node.key, "property");
      return;
    case "ClassProperty":
    case "ClassAccessorProperty":
    case "TSPropertySignature":
      if (!node.computed) mark(node.key, "property");
      return;
    case "ClassPrivateProperty":
      return mark(node.key, "property");
    case "NewExpression":
      return mark(node.callee, "type");
    case "ClassDeclaration":
    case "ClassExpression":
      mark(node.id, "type");
      return mark(node.superClass, "type");
    case "TSInterfaceDeclaration":
    case "TSTypeAliasDeclaration":
    case "TSEnumDeclaration":
      return mark(node.id, "type");
    case "TSTypeReference":
      return mark(node.typeName, "type");
    case "TSExpressionWithTypeArguments":
      return mark(node.expression, "type");
    case "TSTypeParameter":
      classes.set(typeParameterStart(node, code), "type");
      return;
    default:
      // The predefined types, `string` to `never`: TSStringKeyword, …, TSNeverKeyword.
      if (node.type.startsWith("TS") && node.type.endsWith("Keyword")) classes.set(node.start!, "type");
  }
}

/** Where the name a node stands for starts: an identifier, a private name, the last part of a member or qualified name. */
function nameStart(node: Node | null | undefined): number | undefined {
  switch (node?.type) {
    case "Identifier":
      return node.start!;
    case "PrivateName":
      return node.id.start!;
    case "MemberExpression":
    case "OptionalMemberExpression":
      return node.computed ? undefined : nameStart(node.property);
    case "TSQualifiedName":
      return nameStart(node.right);
    default:
      return undefined;
  }
}

const modifiers = /(?:(?:const|in|out)\s+)*/y;

/** Where a type parameter's name starts: Babel 7 gives the name as a string, which follows the modifiers. */
function typeParameterStart(node: TSTypeParameter, code: string): number {
  if (!node.const && !node.in && !node.out) return node.start!;
  modifiers.lastIndex = node.start!;
  modifiers.exec(code);
  return modifiers.lastIndex;
}
