/**
 * Keyboard for the drop-down menus (`<details class="menu">`): Escape closes an open menu and puts
 * the focus back on its button, as any menu on the platform does. Bind on the `<details>`:
 * `@keydown=${closeMenuOnEscape}`.
 */
export function closeMenuOnEscape(event: KeyboardEvent): void {
  const menu = event.currentTarget;
  if (event.key !== 'Escape' || !(menu instanceof HTMLDetailsElement) || !menu.open) return;
  event.preventDefault();
  // Handled here: the page's own Escape (closing a notice) must not fire as well.
  event.stopPropagation();
  menu.open = false;
  menu.querySelector('summary')?.focus();
}
