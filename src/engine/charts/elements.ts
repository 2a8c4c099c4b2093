/**
 * `root` and every element inside it, in document order. Walking the tree is many times faster
 * than linkedom's querySelectorAll, which compiles its selector anew on every call.
 */
export function elements(root: Element): Element[] {
  const found: Element[] = [];
  const visit = (element: Element) => {
    found.push(element);
    for (let child = element.firstElementChild; child; child = child.nextElementSibling) visit(child);
  };
  visit(root);
  return found;
}
