import { useEffect, type RefObject } from "react";

export const UNSAVED_MESSAGE = "Du har udfyldt en formular, som ikke er gemt. Vil du forlade siden alligevel?";

/** Forms sent since their last change: what they hold has been handed to the server. */
const submitted = new WeakSet<HTMLFormElement>();

/** Whether a control holds something else than the page gave it (controlled inputs keep their default in step, so they never count). */
function changed(element: Element): boolean {
  if (element instanceof HTMLInputElement) {
    if (element.type === "checkbox" || element.type === "radio") return element.checked !== element.defaultChecked;
    if (element.type === "hidden" || element.type === "submit" || element.type === "button") return false;
    // A date typed only in part (or one that does not exist) has no value, but is not empty either.
    return element.value !== element.defaultValue || element.validity.badInput;
  }
  if (element instanceof HTMLTextAreaElement) return element.value !== element.defaultValue;
  if (element instanceof HTMLSelectElement) {
    // With no option marked as the default, a single select starts on its first.
    const initial = Math.max(
      0,
      [...element.options].findIndex((o) => o.defaultSelected),
    );
    return element.multiple ? [...element.options].some((o) => o.selected !== o.defaultSelected) : element.selectedIndex !== initial;
  }
  return false;
}

/** A form with something typed into it that has not been sent. */
export function isHalfFilled(form: HTMLFormElement): boolean {
  return !submitted.has(form) && [...form.elements].some(changed);
}

function anyHalfFilled(region: HTMLElement): boolean {
  return [...region.querySelectorAll("form")].some(isHalfFilled);
}

/**
 * Warn before leaving a half-filled form in `region`: closing or reloading the page asks the
 * browser's own question, and a link to another page of the portal asks ours.
 */
export function useUnsavedWarning(region: RefObject<HTMLElement | null>): void {
  useEffect(() => {
    const onSubmit = (e: Event) => {
      if (e.target instanceof HTMLFormElement) submitted.add(e.target);
    };
    const onInput = (e: Event) => {
      const form = (e.target as { form?: HTMLFormElement | null }).form;
      if (form) submitted.delete(form);
    };
    const onBeforeUnload = (e: BeforeUnloadEvent) => {
      if (region.current && anyHalfFilled(region.current)) e.preventDefault();
    };
    const onClick = (e: MouseEvent) => {
      const link = e.target instanceof Element ? e.target.closest("a[href^='#/']") : null;
      if (!link || !region.current || link.getAttribute("href") === window.location.hash || !anyHalfFilled(region.current)) return;
      if (!window.confirm(UNSAVED_MESSAGE)) {
        e.preventDefault();
        e.stopPropagation();
      }
    };
    document.addEventListener("submit", onSubmit, true);
    document.addEventListener("input", onInput, true);
    document.addEventListener("click", onClick, true);
    window.addEventListener("beforeunload", onBeforeUnload);
    return () => {
      document.removeEventListener("submit", onSubmit, true);
      document.removeEventListener("input", onInput, true);
      document.removeEventListener("click", onClick, true);
      window.removeEventListener("beforeunload", onBeforeUnload);
    };
  }, [region]);
}
