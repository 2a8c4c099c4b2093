import type { LVal, Node, Statement } from "@babel/types";

/** A name that a top-level statement of a cell binds, and where. */
export interface Declaration {
  readonly name: string;
  readonly kind: "var" | "let" | "const" | "function" | "class" | "enum";
  readonly line: number;
  readonly column: number;
}

/** The names a top-level statement binds at run time (type-only and `declare` statements bind none). */
export function declaredNames(statement: Statement): Declaration[] {
  switch (statement.type) {
    case "VariableDeclaration":
      if (statement.declare) return [];
      return statement.declarations.flatMap(({ id }) =>
        patternNames(id).map((name) =>
          declaration(name, statement.kind === "var" || statement.kind === "let" ? statement.kind : "const"),
        ),
      );
    case "FunctionDeclaration":
      return statement.id ? [declaration(statement.id, "function")] : [];
    case "ClassDeclaration":
      return statement.id && !statement.declare ? [declaration(statement.id, "class")] : [];
    case "TSEnumDeclaration":
      return statement.declare ? [] : [declaration(statement.id, "enum")];
    default:
      return [];
  }
}

function patternNames(pattern: LVal | Node): Array<Node & { name: string }> {
  switch (pattern.type) {
    case "Identifier":
      return [pattern];
    case "ObjectPattern":
      return pattern.properties.flatMap((property) =>
        patternNames(property.type === "RestElement" ? property.argument : property.value),
      );
    case "ArrayPattern":
      return pattern.elements.flatMap((element) => (element ? patternNames(element) : []));
    case "AssignmentPattern":
      return patternNames(pattern.left);
    case "RestElement":
      return patternNames(pattern.argument);
    default:
      return [];
  }
}

function declaration(node: Node & { name: string }, kind: Declaration["kind"]): Declaration {
  return { name: node.name, kind, line: node.loc!.start.line, column: node.loc!.start.column + 1 };
}
