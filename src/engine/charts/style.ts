/** Adds CSS declarations to an element's style attribute, after any it has. */
export function addStyle(element: Element, declarations: string): void {
  const style = element.getAttribute("style");
  element.setAttribute("style", style ? `${style};${declarations}` : declarations);
}
